import { describeLocator, sourceLabel } from "./citation-text";
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
