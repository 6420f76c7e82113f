"use client";

import { useState } from "react";
import { Sourced } from "@/components/ui/sourced";
import { tipFromCitation } from "@/lib/citation-text";
import { clauseKinds, labels } from "@/lib/domain";
import { formatPartialDate } from "@/lib/format";
import type { CompareClientData, CompareMission } from "@/lib/queries/compare";
import type { MandateView } from "@/lib/queries/mandates";

type Column = { mission: CompareMission; mandate: MandateView; conflict: string };

/**
 * One column per instrument of the selected conflicts' missions, one row per coded clause: what
 * each says, "not specified" where it is silent, "not yet coded" where Parallax has no source.
 * Choosing a cell shows the instrument's text and the clause's source below the matrix.
 */
export function MandateMatrix({ data }: { data: CompareClientData }) {
  const names = new Map(data.conflicts.map((c) => [c.slug, c.shortName]));
  // A mission shared by several selected conflicts appears once, under the first of them.
  const owner = (m: CompareMission) => data.conflicts.find((c) => m.conflictSlugs.includes(c.slug))?.slug;
  const columns: Column[] = data.conflicts.flatMap((c) =>
    data.missions.filter((m) => owner(m) === c.slug).flatMap((m) => m.mandates.map((mandate) => ({ mission: m, mandate, conflict: c.slug }))),
  );
  const [selected, setSelected] = useState<{ column: number; clause: string } | null>(null);
  if (columns.length === 0) return <p className="muted">No mission of these conflicts has an instrument recorded.</p>;
  const current = selected ? columns[selected.column] : undefined;
  const currentClause = current?.mandate.clauses.find((c) => c.clause === selected?.clause);
  return (
    <div>
      <div className="dt-scroll">
        <table className="dt-table matrix">
          <caption className="sr-only">Mandate matrix: clauses (rows) of each instrument (columns)</caption>
          <thead>
            <tr>
              <th scope="col">Clause</th>
              {columns.map((col, i) => (
                <th key={`${col.mandate.slug}-${i}`} scope="col">
                  <span className="muted small">{names.get(col.conflict)}</span>
                  <br />
                  {col.mission.acronym ?? col.mission.name}
                  <br />
                  <span className="small" style={{ fontWeight: 400 }}>
                    {col.mandate.title}
                    {col.mandate.documentDate ? ` (${formatPartialDate(col.mandate.documentDate)})` : ""}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {clauseKinds.map((kind) => (
              <tr key={kind}>
                <th scope="row">{labels.clause[kind]}</th>
                {columns.map((col, i) => {
                  const clause = col.mandate.clauses.find((c) => c.clause === kind);
                  const status = clause?.status ?? "not_coded";
                  const isSelected = selected?.column === i && selected.clause === kind;
                  return (
                    <td key={`${col.mandate.slug}-${kind}-${i}`} className={`clause-cell ${status}`}>
                      <button type="button" className="cell-button" aria-pressed={isSelected} onClick={() => setSelected(isSelected ? null : { column: i, clause: kind })}>
                        {/* The accessible name starts with what the cell is; the visible text follows, as seen. */}
                        <span className="sr-only">
                          {labels.clause[kind]}, {col.mandate.title}:{" "}
                        </span>
                        <span className={`clause-status ${status}`}>{(labels.clauseStatus as Record<string, string>)[status]}</span>
                        {clause?.text ? <span className="clause-text">{truncate(clause.text, 140)}</span> : null}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div aria-live="polite">
        {current && selected ? (
          <div className="section" style={{ marginTop: "0.75rem" }} data-testid="clause-detail">
            <h3>
              {labels.clause[selected.clause as keyof typeof labels.clause]} — {current.mandate.title}
              {current.mandate.documentDate ? ` (${formatPartialDate(current.mandate.documentDate)})` : ""}
            </h3>
            <p>
              <span className={`clause-status ${currentClause?.status ?? "not_coded"}`}>
                {(labels.clauseStatus as Record<string, string>)[currentClause?.status ?? "not_coded"]}
              </span>{" "}
              {currentClause?.text ?? "Parallax has not coded this clause."}{" "}
              {currentClause?.citation ? (
                <Sourced text="[source]" href={currentClause.citation.locator.kind === "dossier" ? `/dossier/${currentClause.citation.locator.articleSlug}` : `/sources/${encodeURIComponent(currentClause.citation.source.key)}`} tip={tipFromCitation(currentClause.citation)} />
              ) : null}
            </p>
            {currentClause?.citation?.locator.kind !== "row" && currentClause?.citation?.locator.quote ? <blockquote className="quote">{currentClause.citation.locator.quote}</blockquote> : null}
            <p className="small">
              Signatories: {current.mandate.signatories}
              {current.mandate.legalBasis ? ` · Legal basis: ${current.mandate.legalBasis}` : ""}
            </p>
            {current.mandate.excerpt ? (
              <>
                <p className="small muted">The instrument&apos;s text (excerpt):</p>
                <blockquote className="quote">{current.mandate.excerpt}</blockquote>
              </>
            ) : null}
            <p className="small">
              Instrument: <Sourced text={current.mandate.citation?.source.shortTitle ?? "source"} href={current.mandate.citation ? `/sources/${encodeURIComponent(current.mandate.citation.source.key)}` : undefined} tip={tipFromCitation(current.mandate.citation)} />
              {current.mandate.url ? (
                <>
                  {" "}
                  · <a href={current.mandate.url}>full text</a>
                </>
              ) : null}{" "}
              · <a href={`/missions/${current.mission.slug}#${current.mandate.slug}`}>{current.mission.name}</a>
            </p>
          </div>
        ) : (
          <p className="small muted">Choose a cell to read the instrument&apos;s text and the clause&apos;s source.</p>
        )}
      </div>
    </div>
  );
}

function truncate(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1).trimEnd()}…` : text;
}
