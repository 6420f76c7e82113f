import { tipFromFigure } from "@/lib/citation-text";
import type { FigureView } from "@/lib/queries/figures";
import { Sourced } from "./sourced";

/** A figure's value with its source one hover away and its full provenance page one click away. */
export function FigureChip({ figure, label }: { figure: FigureView; label?: string }) {
  return <Sourced text={label ?? figure.display} href={`/figures/${figure.id}`} tip={tipFromFigure(figure)} figureId={figure.id} />;
}
