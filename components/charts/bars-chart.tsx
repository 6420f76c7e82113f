"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format";
import { colourFor, type BarDatum } from "@/lib/series";
import { ChartFrame } from "./chart-frame";


/** Components of a force as bars (a contingent's personnel and vehicles; the CSTO's forces), each with its source. */
export function BarsChart({ title, bars, sourceLine }: { title: string; bars: BarDatum[]; sourceLine: string }) {
  const description = `${title}: ${bars.map((b) => `${b.label} ${b.display} ${b.unit}`).join("; ")}.`;
  const chart = (
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
  const table = (
    <table className="plain">
      <caption className="sr-only">{title}</caption>
      <thead>
        <tr>
          <th scope="col">Component</th>
          <th scope="col" className="num">
            Value
          </th>
          <th scope="col">Unit</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => (
          <tr key={b.key}>
            <th scope="row">{b.subject}</th>
            <td className="num">{b.display}</td>
            <td>{b.unit}</td>
            <td className="small">{b.sourceLine}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return <ChartFrame title={title} description={description} sourceLine={sourceLine} chart={chart} table={table} />;
}
