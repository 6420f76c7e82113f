import type { Cited, StrengthPoint } from "./queries/series";
import { colourFor, packMonthly, type PackedMonthlySeries } from "./series";

/** The key of a mission's series in StrengthChart (its legend, rows and table columns). */
export function missionSeriesKey(missionId: number): string {
  return `m${missionId}`;
}

/**
 * Props for StrengthChart from the strength query: one series per mission (packed for the browser), with the release cited,
 * and the missions the panel has no monthly figures for (proposals left out: they never deployed), so the chart can say
 * which of them it does not draw instead of omitting them silently.
 */
export function strengthSeries(
  strength: Cited<StrengthPoint[]>,
  missions: { id: number; name: string; acronym?: string | null; status?: string }[],
): { series: PackedMonthlySeries[]; sourceLine: string; seriesNote: string; missing: { key: string; label: string }[] } {
  const withData = missions.filter((m) => strength.data.some((p) => p.missionId === m.id));
  const series = withData.map((m, i) =>
    packMonthly({
      key: missionSeriesKey(m.id),
      label: m.acronym ?? m.name,
      colour: colourFor(i),
      points: strength.data.filter((p) => p.missionId === m.id).map((p) => ({ period: p.period, value: p.value, variant: p.variant })),
    }),
  );
  const missing = missions
    .filter((m) => m.status !== "proposed" && !withData.includes(m))
    .map((m) => ({ key: missionSeriesKey(m.id), label: m.acronym ? `${m.name} (${m.acronym})` : m.name }));
  return {
    series,
    sourceLine: `Source: ${strength.release?.shortTitle ?? "SIPRI / IPI figures via the peace-operations panel"}`,
    seriesNote:
      strength.release?.note ??
      "Line: the panel's monthly series; dots: months with a SIPRI or IPI report.",
    missing,
  };
}

/**
 * A series label with the conflicts it belongs to ("JCC — Transnistria"), for charts that put
 * several conflicts' missions side by side; a conflict the label already names is not repeated.
 */
export function withConflictNames(label: string, conflicts: string[]): string {
  const extra = conflicts.filter((c) => !label.includes(c));
  return extra.length ? `${label} — ${extra.join(", ")}` : label;
}

/** A mission's latest and peak month of the panel's monthly series (the months the comparison table cites). */
export function panelLatestAndPeak(data: StrengthPoint[], missionId: number): { latest: StrengthPoint; peak: StrengthPoint } | null {
  const monthly = data.filter((p) => p.missionId === missionId && p.variant === "panel monthly");
  if (monthly.length === 0) return null;
  return { latest: monthly[monthly.length - 1]!, peak: monthly.reduce((a, b) => (b.value > a.value ? b : a)) };
}
