import type { Database } from "../db-core";
import { measures, type MeasureKey } from "../measures";
import { isUniqueViolation, type ImportContext } from "./run";
import type { ImportError } from "./types";

/** A data-set figure (Figure row) as the importers write it; the unit comes from lib/measures.ts. */
export type FigureRow = {
  measure: MeasureKey;
  best: number | null;
  low?: number | null;
  high?: number | null;
  year?: number | null;
  month?: number | null;
  periodStart?: string | null;
  subject: string;
  actorId?: number | null;
  ucdpConflictId?: number | null;
  ucdpDyadId?: number | null;
  gwno?: number | null;
  pkoMissionId?: string | null;
  variant?: string;
  sourceId: number;
  rowKey: string;
  rowNumber: number | null;
  note?: string | null;
};

/**
 * A prepared INSERT into "Figure". `insert` returns false when the row key (with measure and
 * variant) already exists in the release, i.e. the file repeats a row; `lineOf` then finds the
 * line of the first one.
 */
export function figureWriter(db: Database) {
  const stmt = db.prepare(
    `INSERT INTO "Figure" ("measure", "unit", "best", "low", "high", "qualifier", "year", "month", "periodStart", "subject",
       "actorId", "ucdpConflictId", "ucdpDyadId", "gwno", "pkoMissionId", "variant", "sourceId", "rowKey", "rowNumber", "note")
     VALUES (@measure, @unit, @best, @low, @high, 'exact', @year, @month, @periodStart, @subject,
       @actorId, @ucdpConflictId, @ucdpDyadId, @gwno, @pkoMissionId, @variant, @sourceId, @rowKey, @rowNumber, @note)`,
  );
  const firstLine = db.prepare(`SELECT MIN("rowNumber") AS "line" FROM "Figure" WHERE "sourceId" = ? AND "rowKey" = ?`);
  return {
    insert(f: FigureRow): boolean {
      try {
        stmt.run({
          measure: f.measure,
          unit: measures[f.measure].unit,
          best: f.best,
          low: f.low ?? null,
          high: f.high ?? null,
          year: f.year ?? null,
          month: f.month ?? null,
          periodStart: f.periodStart ?? null,
          subject: f.subject,
          actorId: f.actorId ?? null,
          ucdpConflictId: f.ucdpConflictId ?? null,
          ucdpDyadId: f.ucdpDyadId ?? null,
          gwno: f.gwno ?? null,
          pkoMissionId: f.pkoMissionId ?? null,
          variant: f.variant ?? "",
          sourceId: f.sourceId,
          rowKey: f.rowKey,
          rowNumber: f.rowNumber,
          note: f.note ?? null,
        });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    lineOf(sourceId: number, rowKey: string): number | null {
      return (firstLine.get(sourceId, rowKey) as { line: number | null } | undefined)?.line ?? null;
    },
  };
}

/** low ≤ best ≤ high, for the values present. */
export function rangeInOrder(low: number | null, best: number | null, high: number | null): boolean {
  if (low !== null && best !== null && low > best) return false;
  if (best !== null && high !== null && best > high) return false;
  if (low !== null && high !== null && low > high) return false;
  return true;
}

/**
 * Checks low ≤ best ≤ high of one row. Out of order, the row is an error when the import asks for
 * rangeOrder "reject"; by default a warning (UCDP publishes such rows). Returns a note for the
 * figure when the values are kept out of order, "" when in order, null when the row is rejected.
 */
export function checkRange(
  ctx: ImportContext,
  line: number,
  columns: { low: string; best: string; high: string },
  values: { low: number; best: number; high: number },
  feature?: number,
): string | null {
  const { low, best, high } = values;
  if (rangeInOrder(low, best, high)) return "";
  const problem: ImportError =
    low > best
      ? { line, column: columns.low, value: String(low), expected: `at most ${columns.best} (${best}): low ≤ best ≤ high` }
      : best > high
        ? { line, column: columns.high, value: String(high), expected: `at least ${columns.best} (${best}): low ≤ best ≤ high` }
        : { line, column: columns.low, value: String(low), expected: `at most ${columns.high} (${high}): low ≤ best ≤ high` };
  if (feature !== undefined) problem.feature = feature;
  if (ctx.options.rangeOrder === "reject") {
    ctx.rowErrors([problem]);
    return null;
  }
  ctx.warn(problem);
  return `As published: low ${low}, best ${best}, high ${high} are not in order (low ≤ best ≤ high).`;
}
