import { describeLocator, sourceLabel } from "./citation-text";
import { formatNumber } from "./format";
import type { FigureView } from "./queries/figures";

/**
 * Other sources' death figures to mark on a UCDP deaths chart: curated figures for a single year
 * that state battle-related deaths or join a battle-deaths comparison ("over 7,000 killed" in 2020).
 */
export function deathMarkers(figures: FigureView[]): { year: number; value: number; label: string; sourceLine: string; figureId: number }[] {
  return figures
    .filter(
      (f) =>
        f.source.kind !== "dataset" &&
        f.year !== null &&
        (f.best ?? f.low) !== null &&
        (f.periodEnd === null || f.periodEnd === f.periodStart || f.periodEnd === String(f.year)) &&
        (f.measure === "battle_related_deaths" || (f.comparisonKey?.startsWith("brd:") ?? false)),
    )
    .map((f) => ({
      year: f.year!,
      value: (f.best ?? f.low)!,
      label: `${sourceLabel(f.source)}: ${f.display}`,
      sourceLine: `${sourceLabel(f.source)}, ${describeLocator(f.locator)}`,
      figureId: f.id,
    }));
}

/**
 * The years a newer UCDP BRD release revised, to mark on the chart of the newest release: the
 * new total, with the old one in the label (added and removed years included).
 */
export function revisionMarkers(
  revised: { from: { shortTitle: string }; to: { shortTitle: string }; years: { year: number; before: { best: number | null } | null; after: { best: number | null } | null }[] } | null,
): { year: number; value: number; label: string; sourceLine: string; kind: "revision" }[] {
  if (!revised) return [];
  return revised.years.flatMap(({ year, before, after }) => {
    if (after?.best === null || after?.best === undefined) return [];
    const was = before?.best === null || before?.best === undefined ? `not in ${revised.from.shortTitle}` : `${formatNumber(before.best)} in ${revised.from.shortTitle}`;
    return [{ year, value: after.best, label: `Revised in ${revised.to.shortTitle} (was ${was})`, sourceLine: `${revised.to.shortTitle} against ${revised.from.shortTitle}`, kind: "revision" as const }];
  });
}
