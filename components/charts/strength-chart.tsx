"use client";

import { useMemo, useState } from "react";
import dynamic from "next/dynamic";
import { formatNumber, formatPartialDate } from "@/lib/format";
import { countOf, monthsWithinYears, toMonthlyRows, unpackMonthly, type PackedMonthlySeries } from "@/lib/series";
import { ChartFrame, LegendToggles, PlotPlaceholder } from "./chart-frame";

const StrengthPlot = dynamic(() => import("./strength-plot"), { ssr: false, loading: () => <PlotPlaceholder height={320} /> });

/**
 * Peace-operation strength per month: the panel's monthly series as a line, SIPRI/IPI reported
 * months as dots, one colour per mission. Missions without monthly figures are named under the
 * chart rather than left out silently; `from`/`to` keep the months of those years only.
 */
export function StrengthChart({
  title,
  series: packed,
  sourceLine,
  seriesNote,
  missing = [],
  from,
  to,
}: {
  title: string;
  series: PackedMonthlySeries[];
  sourceLine: string;
  /** what the monthly line is, in words (from the importer's registry) */
  seriesNote: string;
  /** the missions of the selection the panel has no monthly figures for */
  missing?: { key: string; label: string }[];
  /** the first and last year to show (null or absent: the data's) */
  from?: number | null;
  to?: number | null;
}) {
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const series = useMemo(() => monthsWithinYears(packed.map(unpackMonthly), from, to), [packed, from, to]);
  const rows = useMemo(() => toMonthlyRows(series), [series]);
  const visible = series.filter((s) => !hidden.has(s.key));
  const ranged = from != null || to != null;
  const years = ranged ? yearsText(from, to) : "";
  const missingNote = missing.length ? `Not drawn, for want of SIPRI/IPI monthly figures: ${missing.map((m) => m.label).join("; ")}.` : "";
  const description = `${title}${ranged ? `, ${years}` : ""}. ${series
    .map((s) => {
      const monthly = s.points.filter((p) => p.variant === "panel monthly");
      if (monthly.length === 0) return `${s.label}: no monthly figures${ranged ? ` in ${years}` : ""}.`;
      const peak = monthly.reduce((a, b) => (b.value > a.value ? b : a));
      return `${s.label}: ${countOf(monthly.length, "month")} from ${formatPartialDate(monthly[0]!.period)} to ${formatPartialDate(monthly[monthly.length - 1]!.period)}, peak ${formatNumber(peak.value)} in ${formatPartialDate(peak.period)}, last ${formatNumber(monthly[monthly.length - 1]!.value)}.`;
    })
    .join(" ")} ${missingNote} ${seriesNote}`.replace(/\s+/g, " ").trim();

  const chart =
    rows.length === 0 ? (
      <p className="muted">
        {ranged ? `The SIPRI/IPI panel has no strength figures for these missions in ${years}.` : "The SIPRI/IPI panel has no strength figures for these missions."}
      </p>
    ) : (
      <StrengthPlot rows={rows} visible={visible} sourceLine={sourceLine} from={from} to={to} />
    );

  const table = (
    <table className="plain">
      <caption className="sr-only">
        {title}
        {ranged ? `, ${years}` : ""}
      </caption>
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
      sourceLine={`${sourceLine}. ${seriesNote}${ranged ? ` Only the months in ${years}.` : ""}`}
      legend={
        <LegendToggles
          items={series.map((s) => (ranged && s.points.length === 0 ? { ...s, label: `${s.label} (no months in ${years})` } : s))}
          hidden={hidden}
          onToggle={(key) => setHidden((h) => (h.has(key) ? new Set([...h].filter((k) => k !== key)) : new Set([...h, key])))}
        />
      }
      legendEntries={series.filter((s) => !hidden.has(s.key)).map((s) => ({ label: s.label, colour: s.colour }))}
      chart={chart}
      table={table}
      note={missingNote || undefined}
    />
  );
}

/** The chosen years in words: "2010–2016", "2010", "2010 and after", "2016 and before". */
function yearsText(from: number | null | undefined, to: number | null | undefined): string {
  if (from != null && to != null) return from === to ? String(from) : `${from}–${to}`;
  if (from != null) return `${from} and after`;
  return `${to} and before`;
}
