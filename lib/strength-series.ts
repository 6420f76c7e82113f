import type { Cited, StrengthPoint } from "./queries/series";
import { colourFor, type MonthlySeries } from "./series";

/** Props for StrengthChart from the strength query: one series per mission, with the release cited. */
export function strengthSeries(
  strength: Cited<StrengthPoint[]>,
  missions: { id: number; name: string; acronym?: string | null }[],
): { series: MonthlySeries[]; sourceLine: string; seriesNote: string } {
  const withData = missions.filter((m) => strength.data.some((p) => p.missionId === m.id));
  const series = withData.map((m, i) => ({
    key: `m${m.id}`,
    label: m.acronym ?? m.name,
    colour: colourFor(i),
    points: strength.data
      .filter((p) => p.missionId === m.id)
      .map((p) => ({ period: p.period, value: p.value, variant: p.variant, figureId: p.figureId })),
  }));
  return {
    series,
    sourceLine: `Source: ${strength.release?.shortTitle ?? "SIPRI / IPI figures via the peace-operations panel"}`,
    seriesNote:
      strength.release?.note ??
      "Line: the panel's monthly series; dots: months with a SIPRI or IPI report.",
  };
}
