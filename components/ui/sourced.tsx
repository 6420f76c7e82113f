import Link from "next/link";
import { useId } from "react";
import type { Tip } from "@/lib/citation-text";

/**
 * A value with where it comes from one hover (or keyboard focus) away, and the source or the
 * figure's provenance page one click away. No client state: CSS shows the tooltip.
 */
export function Sourced({ text, href, tip, figureId }: { text: string; href?: string; tip?: Tip; figureId?: number }) {
  const id = useId();
  if (!tip) return href ? <Link href={href}>{text}</Link> : <>{text}</>;
  const body = (
    <span role="tooltip" id={id} className="tip">
      <span className="src">{tip.source}</span>
      {tip.outside ? " (outside the dossier)" : ""}
      <br />
      {tip.locator}
      {tip.quote ? <q>{tip.quote}</q> : null}
    </span>
  );
  return (
    <span className="fig">
      {href ? (
        <Link href={href} aria-describedby={id} data-figure-id={figureId}>
          {text}
        </Link>
      ) : (
        <span tabIndex={0} aria-describedby={id} className="fig-text">
          {text}
        </span>
      )}
      {body}
    </span>
  );
}
