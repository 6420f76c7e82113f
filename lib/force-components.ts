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
      label: f.subject.length > 48 ? f.measureLabel : f.subject,
      value: (f.best ?? f.high)!,
      display: f.display,
      unit: f.unit,
      sourceLine: `${sourceLabel(f.source)}, ${describeLocator(f.locator)}`,
    }));
}
