import { clauseKinds, labels, type ClauseKind } from "../domain";
import { formatPartialDate } from "../format";
import type { CompareClientData, CompareMission } from "../queries/compare";
import type { MandateView } from "../queries/mandates";

/**
 * The mandate matrix of /compare: one column per mission of the selected conflicts, one row per
 * coded clause. A mission with several instruments (the CIS force in Abkhazia: the 1994 Moscow
 * Agreement, the CIS decision, the 1995 mandate) shows in each cell what every instrument says,
 * newest first; a mission with none (UNOMIG, the Russian–Turkish monitoring centre) keeps its
 * column, every cell "no instrument recorded" — not "not specified", which is an instrument's
 * silence. Pure: the page and the export read the same matrix.
 */

export type MatrixColumn = {
  /** the mission's slug: the first half of a cell's key */
  key: string;
  mission: CompareMission;
  /** the conflict it is shown under (a mission of several selected conflicts appears once, under the first) */
  conflict: string;
  /** newest first */
  instruments: MandateView[];
};

export type MatrixEntry = {
  mandate: MandateView;
  clause: MandateView["clauses"][number] | null;
  /** specified | not_specified | not_coded (a clause the instrument's coding lacks is not coded) */
  status: string;
};

export const NO_INSTRUMENT = "No instrument recorded";

/** Newest first; an undated instrument last; a year-only date before the dated days of that year. */
export function newestFirst<M extends Pick<MandateView, "documentDate">>(mandates: M[]): M[] {
  return mandates
    .map((m, index) => ({ m, index }))
    .sort((a, b) => {
      const da = a.m.documentDate;
      const db = b.m.documentDate;
      if (da === db) return b.index - a.index;
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? 1 : -1;
    })
    .map((x) => x.m);
}

export function mandateMatrix(data: Pick<CompareClientData, "conflicts" | "missions">): MatrixColumn[] {
  const owner = (m: CompareMission) => data.conflicts.find((c) => m.conflictSlugs.includes(c.slug))?.slug;
  return data.conflicts.flatMap((c) =>
    data.missions.filter((m) => owner(m) === c.slug).map((mission) => ({ key: mission.slug, mission, conflict: c.slug, instruments: newestFirst(mission.mandates) })),
  );
}

/** What each instrument of the column says about a clause, newest first; empty when the mission has no instrument. */
export function matrixCell(column: MatrixColumn, clause: string): MatrixEntry[] {
  return column.instruments.map((mandate) => {
    const coded = mandate.clauses.find((c) => c.clause === clause) ?? null;
    return { mandate, clause: coded, status: coded?.status ?? "not_coded" };
  });
}

export const cellKey = (mission: string, clause: string) => `${mission}.${clause}`;

/** `cell=<mission>.<clause>` read against the matrix: the cell, or a sentence naming what is wrong. */
export function parseCell(value: string | null, columns: MatrixColumn[]): { cell: { column: MatrixColumn; clause: ClauseKind } | null; problem: string | null } {
  if (value === null || value === "") return { cell: null, problem: null };
  const dot = value.lastIndexOf(".");
  const mission = dot > 0 ? value.slice(0, dot) : value;
  const clause = dot > 0 ? value.slice(dot + 1) : "";
  const column = columns.find((c) => c.key === mission);
  if (!column) return { cell: null, problem: `cell: the matrix has no mission “${mission}”; no cell is chosen` };
  if (!(clauseKinds as readonly string[]).includes(clause)) return { cell: null, problem: `cell: “${clause}” is not a clause of the matrix (${clauseKinds.join(", ")}); no cell is chosen` };
  return { cell: { column, clause: clause as ClauseKind }, problem: null };
}

/** "Agreement on a Cease-Fire and Separation of… (14 May 1994)": an instrument in a few words, with its date. */
export function instrumentLabel(mandate: Pick<MandateView, "title" | "documentDate">, max = 60): string {
  const title = mandate.title.length > max ? `${mandate.title.slice(0, max - 1).trimEnd()}…` : mandate.title;
  return `${title}${mandate.documentDate ? ` (${formatPartialDate(mandate.documentDate)})` : ""}`;
}

export function statusLabel(status: string): string {
  return (labels.clauseStatus as Record<string, string>)[status] ?? status;
}

/**
 * One cell as text (for an export): each instrument's status, text and source, newest first, one
 * per line and labelled with the instrument when there are several; "No instrument recorded".
 */
export function matrixCellText(column: MatrixColumn, clause: string): string {
  const entries = matrixCell(column, clause);
  if (entries.length === 0) return NO_INSTRUMENT;
  return entries
    .map((e) => {
      const c = e.clause?.citation;
      const cite = c ? ` [${c.source.shortTitle}${c.locator.kind === "dossier" ? `, lines ${c.locator.lineStart}–${c.locator.lineEnd}` : c.locator.kind === "document" && c.locator.section ? `, ${c.locator.section}` : ""}]` : "";
      const body = `${statusLabel(e.status)}${e.clause?.text ? `: ${e.clause.text}` : ""}${cite}`;
      return entries.length > 1 ? `${instrumentLabel(e.mandate, 200)} — ${body}` : body;
    })
    .join("\n");
}

/** A column's heading as text: "Abkhazia — CISPKF: 3 instruments", "Nagorno-Karabakh — NK contingent: Statement … (10 Nov 2020)". */
export function matrixColumnLabel(column: MatrixColumn, conflictName: string): string {
  const name = column.mission.acronym ?? column.mission.name;
  const what =
    column.instruments.length === 0
      ? "no instrument recorded"
      : column.instruments.length === 1
        ? instrumentLabel(column.instruments[0]!, 400)
        : `${column.instruments.length} instruments, newest first`;
  return `${conflictName} — ${name}: ${what}`;
}
