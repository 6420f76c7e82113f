import Link from "next/link";
import { AnnotationThread } from "@/components/annotations/annotation-thread";
import type { ArgumentView } from "@/lib/queries/arguments";
import { FigureChip } from "./figure-chip";
import { Quote } from "./quote";

/** Dossier arguments: the claim, the exact quote with its locator, and the figures it speaks of. */
/** `idPrefix` keeps anchors unique when a page lists the same argument in several groups (/compare). */
/** `annotate` shows analysts' notes beside each argument (components/annotations). */
export function ArgumentList({
  items,
  showArticle = true,
  idPrefix = "",
  annotate = false,
}: {
  items: ArgumentView[];
  showArticle?: boolean;
  idPrefix?: string;
  annotate?: boolean;
}) {
  if (items.length === 0) return <p className="muted">The dossier makes no argument about this.</p>;
  return (
    <ul className="plain">
      {items.map((a) => (
        <li key={a.slug} id={`${idPrefix}${a.slug}`}>
          <p style={{ marginBottom: "0.25rem" }}>
            <strong>{a.summary}</strong>
            {showArticle ? (
              <>
                {" "}
                <span className="muted small">
                  — {a.article.author}, <Link href={`/dossier/${a.article.slug}#${a.slug}`}>{a.article.title}</Link>
                </span>
              </>
            ) : null}
          </p>
          <Quote text={a.quote} citation={a.citation} />
          {a.figures.length ? (
            <p className="small" style={{ marginTop: "0.3rem" }}>
              Figures:{" "}
              {a.figures.map((f, i) => (
                <span key={f.id}>
                  {i > 0 ? "; " : ""}
                  {f.subject}: <FigureChip figure={f} />
                </span>
              ))}
            </p>
          ) : null}
          {annotate ? <AnnotationThread type="argument" entryKey={a.slug} label={`argument “${a.summary.length > 80 ? `${a.summary.slice(0, 79)}…` : a.summary}”`} /> : null}
        </li>
      ))}
    </ul>
  );
}
