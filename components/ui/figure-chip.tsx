import { tipFromFigure } from "@/lib/citation-text";
import { formatUnit } from "@/lib/format";
import type { FigureView } from "@/lib/queries/figures";
import { Sourced } from "./sourced";

/**
 * A figure's value with its source one hover away and its full provenance page one click away,
 * followed by its unit ("1 year", "about 2,000 people"). The unit stays outside the link, so the
 * link's name is the value as the source states it; `unit={false}` where a column gives the unit.
 */
export function FigureChip({ figure, label, unit = true }: { figure: FigureView; label?: string; unit?: boolean }) {
  const chip = <Sourced text={label ?? figure.display} href={`/figures/${figure.id}`} tip={tipFromFigure(figure)} figureId={figure.id} />;
  const shown = unit ? formatUnit(figure, figure.unit) : "";
  if (!shown) return chip;
  return (
    <>
      {chip}
      <span className="fig-unit"> {shown}</span>
    </>
  );
}
