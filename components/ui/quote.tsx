import Link from "next/link";
import type { CitationView } from "@/lib/queries/citations";
import { describeLocator, sourceLabel } from "@/lib/citation-text";

/** An exact quote with its locator underneath (article, line range / document section). */
export function Quote({ text, citation }: { text: string; citation: CitationView | null }) {
  return (
    <figure style={{ margin: 0 }}>
      <blockquote className="quote">{text}</blockquote>
      {citation ? (
        <figcaption className="locator">
          {citation.locator.kind === "dossier" ? (
            <Link href={`/dossier/${citation.locator.articleSlug}`}>{sourceLabel(citation.source)}</Link>
          ) : (
            <Link href={`/sources/${encodeURIComponent(citation.source.key)}`}>{sourceLabel(citation.source)}</Link>
          )}
          , {describeLocator(citation.locator)}
        </figcaption>
      ) : null}
    </figure>
  );
}
