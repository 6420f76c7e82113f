import { sourceLabel, describeLocator } from "./citation-text";
import type { BarDatum } from "./series";
import type { FigureView } from "./queries/figures";

/** Measures that describe a force's make-up, drawn as bars side by side. */
const COMPONENT_MEASURES = new Set(["personnel", "troops", "police", "observers", "armoured_personnel_carriers", "motor_vehicles", "checkpoints"]);

/** Curated force-component figures (no time series) as bars, each with its source line. */
export function forceComponentBars(figures: FigureView[]): BarDatum[] {
  return figures
    .filter((f) => COMPONENT_MEASURES.has(f.measure) && f.source.kind !== "dataset" && (f.best ?? f.high) !== null)
    .map((f) => ({
      key: String(f.id),
      // The subject says what the bar is (the CSTO's police, not just "Police"); the tooltip and table give it in full.
      label: f.subject.length > 64 ? `${f.subject.slice(0, 61).trimEnd()}…` : f.subject,
      subject: f.subject,
      value: (f.best ?? f.high)!,
      display: f.display,
      unit: f.unit,
      sourceLine: `${sourceLabel(f.source)}, ${describeLocator(f.locator)}`,
    }));
}
