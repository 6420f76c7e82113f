import { AnnotationThread } from "@/components/annotations/annotation-thread";
import { clauseKinds, labels } from "@/lib/domain";
import type { CitationView } from "@/lib/queries/citations";
import { CiteMark } from "./cite-mark";

type Clause = { clause: string; status: string; text: string | null; citation: CitationView | null };

/**
 * An instrument's coded clauses, in the fixed order every mandate is compared in. With `annotate`,
 * each clause carries its analysts' notes (components/annotations).
 */
export function MandateClauses({ clauses, annotate }: { clauses: Clause[]; annotate?: { mandateSlug: string; mandateTitle: string } }) {
  const byKind = new Map(clauses.map((c) => [c.clause, c]));
  return (
    <div className="clause-grid">
      {clauseKinds.map((kind) => {
        const c = byKind.get(kind);
        const status = c?.status ?? "not_coded";
        return (
          <div key={kind} style={{ display: "contents" }}>
            <div>
              <strong>{labels.clause[kind]}</strong>
              <br />
              <span className={`clause-status ${status}`}>{(labels.clauseStatus as Record<string, string>)[status] ?? status}</span>
            </div>
            <div>
              {c?.text ?? <span className="muted">—</span>} {c?.citation ? <CiteMark citation={c.citation} /> : null}
              {annotate ? (
                <AnnotationThread type="mandate_clause" entryKey={`${annotate.mandateSlug}#${kind}`} label={`${labels.clause[kind]} — ${annotate.mandateTitle}`} />
              ) : null}
            </div>
          </div>
        );
      })}
    </div>
  );
}
