import { tipFromCitation } from "@/lib/citation-text";
import type { CitationView } from "@/lib/queries/citations";
import { Sourced } from "./sourced";

/** A superscript source mark for a statement (a role, a date, a clause): hover for the source, click for it. */
export function CiteMark({ citation, label = "src" }: { citation: CitationView | null; label?: string }) {
  if (!citation) return <span className="cite muted" title="No source recorded">[?]</span>;
  const href = citation.locator.kind === "dossier" ? `/dossier/${citation.locator.articleSlug}` : `/sources/${encodeURIComponent(citation.source.key)}`;
  return (
    <span className="cite">
      <Sourced text={`[${label}]`} href={href} tip={tipFromCitation(citation)} />
    </span>
  );
}

/** A period's sources: one mark, or "[start] [end]" when the end date has a source of its own. */
export function PeriodCiteMarks({ citation, endCitation }: { citation: CitationView | null; endCitation: CitationView | null }) {
  if (!endCitation) return <CiteMark citation={citation} />;
  return (
    <>
      <CiteMark citation={citation} label="start" /> <CiteMark citation={endCitation} label="end" />
    </>
  );
}
