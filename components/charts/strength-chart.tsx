"use client";

import { useMemo, useState } from "react";
import { CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber, formatPartialDate } from "@/lib/format";
import { toMonthlyRows, type MonthlySeries } from "@/lib/series";
import { ChartFrame, LegendToggles } from "./chart-frame";

/**
 * Peace-operation strength per month: the panel's monthly series as a line, SIPRI/IPI reported
 * months as dots, one colour per mission.
 */
export function StrengthChart({
  title,
  series,
  sourceLine,
  seriesNote,
}: {
  title: string;
  series: MonthlySeries[];
  sourceLine: string;
  /** what the monthly line is, in words (from the importer's registry) */
  seriesNote: string;
}) {
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const rows = useMemo(() => toMonthlyRows(series), [series]);
  const visible = series.filter((s) => !hidden.has(s.key));
  const description = `${title}. ${series
    .map((s) => {
      const monthly = s.points.filter((p) => p.variant === "panel monthly");
      if (monthly.length === 0) return `${s.label}: no monthly figures.`;
      const peak = monthly.reduce((a, b) => (b.value > a.value ? b : a));
      return `${s.label}: ${monthly.length} months from ${formatPartialDate(monthly[0]!.period)} to ${formatPartialDate(monthly[monthly.length - 1]!.period)}, peak ${formatNumber(peak.value)} in ${formatPartialDate(peak.period)}, last ${formatNumber(monthly[monthly.length - 1]!.value)}.`;
    })
    .join(" ")} ${seriesNote}`;

  const chart =
    rows.length === 0 ? (
      <p className="muted">The SIPRI/IPI panel has no strength figures for these missions.</p>
    ) : (
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

  const table = (
    <table className="plain">
      <caption className="sr-only">{title}</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          {series.map((s) => (
            <th key={s.key} scope="col" className="num">
              {s.label}: monthly (reported)
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.period}>
            <th scope="row">{formatPartialDate(r.period)}</th>
            {series.map((s) => (
              <td key={s.key} className="num">
                {formatNumber(r[s.key] as number | null)}
                {r[`${s.key}__reported`] !== null ? ` (${formatNumber(r[`${s.key}__reported`] as number)})` : ""}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFrame
      title={title}
      description={description}
      sourceLine={`${sourceLine}. ${seriesNote}`}
      legend={
        <LegendToggles
          items={series}
          hidden={hidden}
          onToggle={(key) => setHidden((h) => (h.has(key) ? new Set([...h].filter((k) => k !== key)) : new Set([...h, key])))}
        />
      }
      legendEntries={series.filter((s) => !hidden.has(s.key)).map((s) => ({ label: s.label, colour: s.colour }))}
      chart={chart}
      table={table}
    />
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
