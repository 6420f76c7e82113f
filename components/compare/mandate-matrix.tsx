"use client";

import { Sourced } from "@/components/ui/sourced";
import { tipFromCitation } from "@/lib/citation-text";
import { clauseKinds, labels } from "@/lib/domain";
import { formatPartialDate } from "@/lib/format";
import { cellKey, instrumentLabel, mandateMatrix, matrixCell, NO_INSTRUMENT, parseCell, statusLabel, type MatrixColumn, type MatrixEntry } from "@/lib/compare/matrix";
import type { CompareClientData } from "@/lib/queries/compare";
import styles from "./compare.module.css";
import { useMatrixCell } from "./use-matrix-cell";

/**
 * One column per mission of the selected conflicts, one row per coded clause (lib/compare/matrix.ts):
 * what each of the mission's instruments says, newest first, "not specified" where one is silent,
 * "not yet coded" where Parallax has no source, "no instrument recorded" for a mission without one.
 * Choosing a cell shows every instrument's text and the clause's source below the matrix; the
 * chosen cell is in the URL (`cell=<mission>.<clause>`).
 */
export function MandateMatrix({ data }: { data: CompareClientData }) {
  const names = new Map(data.conflicts.map((c) => [c.slug, c.shortName]));
  const columns = mandateMatrix(data);
  const { value, choose } = useMatrixCell();
  if (columns.length === 0) return <p className="muted">These conflicts have no mission in Parallax.</p>;
  const { cell: selected, problem } = parseCell(value, columns);
  const missing = columns.filter((c) => c.instruments.length === 0);
  return (
    <div>
      {problem ? (
        <p className="notice warn" role="status">
          {problem}.
        </p>
      ) : null}
      {missing.length ? (
        <p className="small muted">
          {missing.map((c) => c.mission.acronym ?? c.mission.name).join(", ")}: Parallax records no instrument (mandate) for {missing.length === 1 ? "this mission" : "these missions"}, so {missing.length === 1 ? "its column says" : "their columns say"} “no
          instrument recorded” — not “not specified”, which is an instrument&apos;s silence.
        </p>
      ) : null}
      <div className="dt-scroll">
        <table className="dt-table matrix">
          <caption className="sr-only">Mandate matrix: clauses (rows) of each mission&apos;s instruments (columns, one per mission)</caption>
          <thead>
            <tr>
              <th scope="col">Clause</th>
              {columns.map((col) => (
                <th key={col.key} scope="col" data-mission={col.key}>
                  <span className="muted small">{names.get(col.conflict)}</span>
                  <br />
                  {col.mission.acronym ?? col.mission.name}
                  <br />
                  <span className="small" style={{ fontWeight: 400 }}>
                    <InstrumentsHeading column={col} />
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {clauseKinds.map((kind) => (
              <tr key={kind}>
                <th scope="row">{labels.clause[kind]}</th>
                {columns.map((col) => {
                  const entries = matrixCell(col, kind);
                  const key = cellKey(col.key, kind);
                  if (entries.length === 0) {
                    return (
                      <td key={key} className={styles.noInstrument} data-cell={key}>
                        {NO_INSTRUMENT}
                      </td>
                    );
                  }
                  const isSelected = selected?.column.key === col.key && selected.clause === kind;
                  const same = entries.every((e) => e.status === entries[0]!.status);
                  return (
                    <td key={key} className={`clause-cell ${same ? entries[0]!.status : ""}`} data-cell={key}>
                      <button type="button" className="cell-button" aria-pressed={isSelected} onClick={() => choose(isSelected ? null : key)}>
                        {/* The accessible name starts with what the cell is; the visible text follows, as seen. */}
                        <span className="sr-only">
                          {labels.clause[kind]}, {col.mission.name}
                          {entries.length === 1 ? ` — ${entries[0]!.mandate.title}` : ""}:{" "}
                        </span>
                        {entries.length === 1 ? <EntryText entry={entries[0]!} max={140} /> : entries.map((e) => <EntryText key={e.mandate.slug} entry={e} max={90} labelled />)}
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
        {selected ? (
          <ClauseDetail column={selected.column} clause={selected.clause} />
        ) : (
          <p className="small muted">Choose a cell to read each instrument&apos;s text and the clause&apos;s source.</p>
        )}
      </div>
    </div>
  );
}

function InstrumentsHeading({ column }: { column: MatrixColumn }) {
  const n = column.instruments.length;
  if (n === 0) return <em>no instrument recorded</em>;
  if (n === 1) return <>{instrumentLabel(column.instruments[0]!, 400)}</>;
  const dates = column.instruments.map((d) => d.documentDate).filter((d): d is string => d !== null);
  return (
    <>
      {n} instruments{dates.length ? ` (${formatPartialDate(dates[dates.length - 1])} – ${formatPartialDate(dates[0])})` : ""}, newest first in each cell
    </>
  );
}

function EntryText({ entry, max, labelled = false }: { entry: MatrixEntry; max: number; labelled?: boolean }) {
  return (
    <span className={labelled ? styles.entry : undefined}>
      {labelled ? <span className={styles.instrument}>{instrumentLabel(entry.mandate, 48)}</span> : null}
      <span className={`clause-status ${entry.status}`}>{statusLabel(entry.status)}</span>
      {entry.clause?.text ? <span className="clause-text">{truncate(entry.clause.text, max)}</span> : null}
    </span>
  );
}

/** Below the matrix: the chosen clause as every instrument of the mission gives it, newest first, each with its source. */
function ClauseDetail({ column, clause }: { column: MatrixColumn; clause: (typeof clauseKinds)[number] }) {
  const entries = matrixCell(column, clause);
  const mission = column.mission;
  return (
    <div className="section" style={{ marginTop: "0.75rem" }} data-testid="clause-detail">
      <h3>
        {labels.clause[clause]} — {mission.name}
        {entries.length > 1 ? <span className="muted small"> ({entries.length} instruments, newest first)</span> : null}
      </h3>
      {entries.length === 0 ? (
        <p>
          Parallax records no instrument for {mission.name}: nothing is coded for its mandate. See <a href={`/missions/${mission.slug}`}>the mission&apos;s page</a> for what is known.
        </p>
      ) : null}
      {entries.map(({ mandate, clause: coded, status }) => (
        <div key={mandate.slug} className={styles.detailEntry} data-instrument={mandate.slug}>
          <h4 style={{ margin: "0.2rem 0" }}>
            {mandate.title}
            {mandate.documentDate ? ` (${formatPartialDate(mandate.documentDate)})` : ""}
          </h4>
          <p>
            <span className={`clause-status ${status}`}>{statusLabel(status)}</span> {coded?.text ?? "Parallax has not coded this clause."}{" "}
            {coded?.citation ? (
              <Sourced
                text="[source]"
                href={coded.citation.locator.kind === "dossier" ? `/dossier/${coded.citation.locator.articleSlug}` : `/sources/${encodeURIComponent(coded.citation.source.key)}`}
                tip={tipFromCitation(coded.citation)}
              />
            ) : null}
          </p>
          {coded?.citation?.locator.kind !== "row" && coded?.citation?.locator.quote ? <blockquote className="quote">{coded.citation.locator.quote}</blockquote> : null}
          <p className="small">
            Signatories: {mandate.signatories}
            {mandate.legalBasis ? ` · Legal basis: ${mandate.legalBasis}` : ""}
          </p>
          {mandate.excerpt ? (
            <>
              <p className="small muted">The instrument&apos;s text (excerpt):</p>
              <blockquote className="quote">{mandate.excerpt}</blockquote>
            </>
          ) : null}
          <p className="small">
            Instrument:{" "}
            <Sourced
              text={mandate.citation?.source.shortTitle ?? "source"}
              href={mandate.citation ? `/sources/${encodeURIComponent(mandate.citation.source.key)}` : undefined}
              tip={tipFromCitation(mandate.citation)}
            />
            {mandate.url ? (
              <>
                {" "}
                · <a href={mandate.url}>full text</a>
              </>
            ) : null}{" "}
            · <a href={`/missions/${mission.slug}#${mandate.slug}`}>{mission.name}</a>
          </p>
        </div>
      ))}
    </div>
  );
}

function truncate(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1).trimEnd()}…` : text;
}
