"use client";

import { CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber, formatPartialDate } from "@/lib/format";
import { monthDomain, sourced, yearTicks, type MonthlyRow, type MonthlySeries } from "@/lib/series";
import { AXIS_TITLE } from "./axis-title";

/** The drawing of StrengthChart (recharts), loaded on demand. */
export default function StrengthPlot({
  rows,
  visible,
  sourceLine,
  from,
  to,
}: {
  rows: MonthlyRow[];
  visible: MonthlySeries[];
  sourceLine: string;
  from?: number | null;
  to?: number | null;
}) {
  const domain = monthDomain(rows, from, to) ?? [0, 1];
  return (
    <ResponsiveContainer width="100%" height={320}>
      <ComposedChart data={rows} margin={{ top: 10, right: 20, bottom: 22, left: 14 }}>
        <CartesianGrid stroke="#eceef0" />
        <XAxis
          dataKey="t"
          type="number"
          domain={domain}
          allowDataOverflow
          ticks={yearTicks(domain)}
          tickFormatter={(v: number) => String(Math.floor(v))}
          allowDecimals={false}
          label={{ value: "Month", position: "bottom", offset: 4, ...AXIS_TITLE }}
        />
        <YAxis
          tickFormatter={(v: number) => formatNumber(v)}
          width={70}
          domain={[0, "auto"]}
          label={{ value: "Personnel", angle: -90, position: "insideLeft", offset: -6, ...AXIS_TITLE, style: { textAnchor: "middle" } }}
        />
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
      <div className="small">{sourced(sourceLine)}</div>
    </div>
  );
}
