import type { Cited, StrengthPoint } from "./queries/series";
import { colourFor, packMonthly, type PackedMonthlySeries } from "./series";

/** Props for StrengthChart from the strength query: one series per mission (packed for the browser), with the release cited. */
export function strengthSeries(
  strength: Cited<StrengthPoint[]>,
  missions: { id: number; name: string; acronym?: string | null }[],
): { series: PackedMonthlySeries[]; sourceLine: string; seriesNote: string } {
  const withData = missions.filter((m) => strength.data.some((p) => p.missionId === m.id));
  const series = withData.map((m, i) =>
    packMonthly({
      key: `m${m.id}`,
      label: m.acronym ?? m.name,
      colour: colourFor(i),
      points: strength.data.filter((p) => p.missionId === m.id).map((p) => ({ period: p.period, value: p.value, variant: p.variant })),
    }),
  );
  return {
    series,
    sourceLine: `Source: ${strength.release?.shortTitle ?? "SIPRI / IPI figures via the peace-operations panel"}`,
    seriesNote:
      strength.release?.note ??
      "Line: the panel's monthly series; dots: months with a SIPRI or IPI report.",
  };
}

/** A mission's latest and peak month of the panel's monthly series (the months the comparison table cites). */
export function panelLatestAndPeak(data: StrengthPoint[], missionId: number): { latest: StrengthPoint; peak: StrengthPoint } | null {
  const monthly = data.filter((p) => p.missionId === missionId && p.variant === "panel monthly");
  if (monthly.length === 0) return null;
  return { latest: monthly[monthly.length - 1]!, peak: monthly.reduce((a, b) => (b.value > a.value ? b : a)) };
}
