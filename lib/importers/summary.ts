import type { ImportReport, RowChanges } from "./types";

/**
 * The counts of an import's summary, in the order `npm run import` prints them and the /imports
 * upload report shows them (one function, so the two never drift apart). Pure: the upload form's
 * client bundle imports it.
 *
 *   rows read · rejected · new · updated · unchanged · removed · derived figures
 *
 * new/updated/unchanged/removed compare the release's rows with the release it supersedes
 * (report.previous), by row key; derived figures (GED's sums) are counted apart, with their own
 * comparison as /imports's revisions table counts it.
 */
/** A report's comparison with the release before it, before anything was compared (or for a refused file). */
export const NO_CHANGES: Pick<ImportReport, "previous" | "latest" | "new" | "updated" | "unchanged" | "removed" | "derivedChanges"> = {
  previous: null,
  latest: false,
  new: 0,
  updated: 0,
  unchanged: 0,
  removed: 0,
  derivedChanges: null,
};

export type SummaryRow = { label: string; value: number; note?: string };

const fmt = (n: number) => n.toLocaleString("en-US");

export function describeChanges(c: RowChanges): string {
  return `${fmt(c.new)} new, ${fmt(c.updated)} updated, ${fmt(c.unchanged)} unchanged, ${fmt(c.removed)} removed`;
}

export function summaryRows(report: ImportReport): SummaryRow[] {
  const rows: SummaryRow[] = [
    { label: "Rows read", value: report.rowsRead },
    { label: "Rejected", value: report.rejected },
  ];
  if (report.status === "rejected") return rows;
  if (report.status === "unchanged") {
    rows.push({ label: "Unchanged", value: report.unchanged, note: "the rows of the release already imported from this file" });
  } else {
    rows.push(
      { label: "New", value: report.new },
      { label: "Updated", value: report.updated },
      { label: "Unchanged", value: report.unchanged },
      { label: "Removed", value: report.removed },
    );
  }
  if (report.derivedFigures > 0) {
    const vs = report.derivedChanges && report.previous ? `against ${report.previous.shortTitle}: ${describeChanges(report.derivedChanges)}` : undefined;
    rows.push({ label: "Derived figures", value: report.derivedFigures, note: vs ?? "sums computed from the rows" });
  }
  return rows;
}

/** What the rows were compared with, in words; null when nothing was compared (rejected, the same file again). */
export function comparedWith(report: ImportReport): string | null {
  if (report.status !== "imported" && report.status !== "dry-run") return null;
  const base = report.previous
    ? `${report.previous.shortTitle}, the release it supersedes (rows matched by row key)`
    : "nothing: the data set's first release (by version order), so every row is new";
  return report.latest ? base : `${base}; a newer release is imported, and pages keep showing the newest`;
}
