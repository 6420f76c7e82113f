"use client";

import { useMemo, useState } from "react";
import dynamic from "next/dynamic";
import { formatNumber, formatPartialDate } from "@/lib/format";
import { toMonthlyRows, unpackMonthly, type PackedMonthlySeries } from "@/lib/series";
import { ChartFrame, LegendToggles, PlotPlaceholder } from "./chart-frame";

const StrengthPlot = dynamic(() => import("./strength-plot"), { ssr: false, loading: () => <PlotPlaceholder height={320} /> });

/**
 * Peace-operation strength per month: the panel's monthly series as a line, SIPRI/IPI reported
 * months as dots, one colour per mission.
 */
export function StrengthChart({
  title,
  series: packed,
  sourceLine,
  seriesNote,
}: {
  title: string;
  series: PackedMonthlySeries[];
  sourceLine: string;
  /** what the monthly line is, in words (from the importer's registry) */
  seriesNote: string;
}) {
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const series = useMemo(() => packed.map(unpackMonthly), [packed]);
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
      <StrengthPlot rows={rows} visible={visible} sourceLine={sourceLine} />
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
