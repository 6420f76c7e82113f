"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format";
import { colourFor, type BarDatum } from "@/lib/series";

/** The drawing of BarsChart (recharts), loaded on demand. */
export default function BarsPlot({ bars }: { bars: BarDatum[] }) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, bars.length * 48)}>
      <BarChart data={bars} layout="vertical" margin={{ top: 5, right: 60, bottom: 5, left: 10 }}>
        <CartesianGrid stroke="#eceef0" horizontal={false} />
        <XAxis type="number" tickFormatter={(v: number) => formatNumber(v)} />
        <YAxis type="category" dataKey="label" width={300} tick={{ fontSize: 12 }} />
        <Tooltip
          content={({ active, payload }) => {
            const d = payload?.[0]?.payload as BarDatum | undefined;
            if (!active || !d) return null;
            return (
              <div className="chart-tooltip">
                <strong>{d.subject}</strong>: {d.display} {d.unit}
                <div className="small">Source: {d.sourceLine}</div>
              </div>
            );
          }}
        />
        <Bar dataKey="value" isAnimationActive={false}>
          {bars.map((b, i) => (
            <Cell key={b.key} fill={colourFor(i)} />
          ))}
          <LabelList dataKey="display" position="right" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
