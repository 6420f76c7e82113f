import Link from "next/link";
import { describeLocator, sourceLabel } from "@/lib/citation-text";
import type { CitationView } from "@/lib/queries/citations";

/** A superscript source mark for a statement (a role, a date, a clause): hover for the source, click for it. */
export function CiteMark({ citation, label = "src" }: { citation: CitationView | null; label?: string }) {
  if (!citation) return <span className="cite muted" title="No source recorded">[?]</span>;
  const href =
    citation.locator.kind === "dossier"
      ? `/dossier/${citation.locator.articleSlug}`
      : `/sources/${encodeURIComponent(citation.source.key)}`;
  const tipId = `cite-tip-${citation.id}-${label}`;
  return (
    <span className="cite">
      <Link href={href} aria-describedby={tipId}>
        [{label}]
      </Link>
      <span role="tooltip" id={tipId} className="tip">
        <span className="src">{sourceLabel(citation.source)}</span>
        {citation.source.outsideDossier ? " (outside the dossier)" : ""}
        <br />
        {describeLocator(citation.locator)}
        {citation.locator.kind !== "row" && citation.locator.quote ? <q>{citation.locator.quote}</q> : null}
      </span>
    </span>
  );
}
