"use client";

import { CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber, formatPartialDate } from "@/lib/format";
import type { MonthlyRow, MonthlySeries } from "@/lib/series";

/** The drawing of StrengthChart (recharts), loaded on demand. */
export default function StrengthPlot({ rows, visible, sourceLine }: { rows: MonthlyRow[]; visible: MonthlySeries[]; sourceLine: string }) {
  return (
      <ResponsiveContainer width="100%" height={320}>
        <ComposedChart data={rows} margin={{ top: 10, right: 20, bottom: 5, left: 10 }}>
          <CartesianGrid stroke="#eceef0" />
          <XAxis dataKey="t" type="number" domain={["dataMin", "dataMax"]} tickFormatter={(v: number) => String(Math.floor(v))} allowDecimals={false} />
          <YAxis tickFormatter={(v: number) => formatNumber(v)} width={70} domain={[0, "auto"]} />
          <Tooltip content={<StrengthTooltip series={visible} sourceLine={sourceLine} />} />
          {visible.map((s) => (
            <Line key={s.key} dataKey={s.key} stroke={s.colour} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} name={s.label} />
          ))}
          {visible.map((s) => (
            <Line
              key={`${s.key}-reported`}
              dataKey={`${s.key}__reported`}
              stroke="none"
              dot={{ r: 3, fill: s.colour, stroke: "#fff" }}
              isAnimationActive={false}
              name={`${s.label} (reported)`}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
  );
}

function StrengthTooltip({
  active,
  payload,
  series,
  sourceLine,
}: {
  active?: boolean;
  payload?: { payload?: Record<string, unknown> }[];
  series: MonthlySeries[];
  sourceLine: string;
}) {
  if (!active || !payload || payload.length === 0) return null;
  const row = payload[0]?.payload ?? {};
  return (
    <div className="chart-tooltip">
      <strong>{formatPartialDate(String(row.period))}</strong>
      {series.map((s) => {
        const monthly = row[s.key] as number | null | undefined;
        const reported = row[`${s.key}__reported`] as number | null | undefined;
        if ((monthly ?? null) === null && (reported ?? null) === null) return null;
        return (
          <div key={s.key} className="row">
            <span className="swatch" style={{ background: s.colour }} />
            {s.label}: {formatNumber(monthly ?? null)} personnel{reported !== null && reported !== undefined ? ` — reported ${formatNumber(reported)}` : " (panel monthly series)"}
          </div>
        );
      })}
      <div className="small">Source: {sourceLine}</div>
    </div>
  );
}
