import Link from "next/link";
import { describeLocator, sourceLabel } from "@/lib/citation-text";
import type { FigureView } from "@/lib/queries/figures";

/**
 * A figure's value with its source one hover (or keyboard focus) away, and its full
 * provenance page one click away. Server-rendered: no JavaScript needed.
 */
export function FigureChip({ figure, label }: { figure: FigureView; label?: string }) {
  const tipId = `fig-tip-${figure.id}`;
  return (
    <span className="fig">
      <Link href={`/figures/${figure.id}`} aria-describedby={tipId} data-figure-id={figure.id}>
        {label ?? figure.display}
      </Link>
      <span role="tooltip" id={tipId} className="tip">
        <span className="src">{sourceLabel(figure.source)}</span>
        {figure.source.outsideDossier ? " (outside the dossier)" : ""}
        <br />
        {describeLocator(figure.locator)}
        {figure.locator.kind !== "row" && figure.locator.quote ? <q>{figure.locator.quote}</q> : null}
      </span>
    </span>
  );
}
