import type { Database } from "../db-core";
import { compareVersions } from "../versions";
import type { DatasetKey, RowChanges } from "./types";

/**
 * How one release of a data set differs from another, in SQL: the comparison behind /imports's
 * revisions table (lib/queries/imports.ts builds its pages from the statements here) and behind
 * the summary of an import (run.ts compares a new release with the one it supersedes, on the
 * import's own connection, inside its transaction), so the two always count alike.
 *
 * Values are matched on what identifies them inside a release — for figures the row key, measure
 * and variant (the unique index Figure(sourceId, rowKey, measure, variant) serves both sides of
 * the join), for ACD conflict-years (conflict id, year) (AcdConflictYear's unique index), for GED
 * events the event id (GedEvent's unique (sourceId, gedId)). A value is "changed" when best, low or
 * high differ (ACD: intensity, type, start dates, episode end), "added" when only the newer
 * release has it, "removed" when only the older one does. The SQL is standard (LEFT JOIN, NOT
 * EXISTS, IS DISTINCT FROM, UNION ALL), so it runs on SQLite and PostgreSQL alike. Curated figures
 * that cite a release (they have a key) are not release rows and are left out (a release row has
 * a row key and no key), written COALESCE(key, '') = '' rather than key IS NULL: SQLite would
 * otherwise take the unique index on Figure.key for "IS NULL" (it estimates one row) and walk
 * every figure of every release instead of the (sourceId, …) index.
 */

export type RevisionChange = "changed" | "added" | "removed";
export type RevisionCounts = Record<RevisionChange, number>;

/** Restricts alias `x` to the UCDP conflicts (and years) linked to :conflict. */
function linkedTo(x: string, idColumn: string): string {
  return `EXISTS (SELECT 1 FROM "ConflictUcdpLink" l WHERE l."conflictId" = :conflict AND l."ucdpConflictId" = ${x}."${idColumn}"
            AND ${x}.year BETWEEN COALESCE(l."fromYear", 0) AND COALESCE(l."toYear", 9999))`;
}

/** Figures of release :from and :to that differ (one row per revised value); `conflict` adds a :conflict filter. */
export function figureRevisionsSql(conflict: boolean): string {
  const matchOld = `n."sourceId" = :to AND n."rowKey" = o."rowKey" AND n.measure = o.measure AND n.variant = o.variant AND COALESCE(n.key, '') = ''`;
  return `
    SELECT CASE WHEN n.id IS NULL THEN 'removed' ELSE 'changed' END AS change,
           o."rowKey" AS "rowKey", o.measure, o.variant, COALESCE(n.subject, o.subject) AS subject, o.year, o."ucdpConflictId" AS "ucdpConflictId",
           o.id AS "beforeId", o.best AS "beforeBest", o.low AS "beforeLow", o.high AS "beforeHigh",
           n.id AS "afterId", n.best AS "afterBest", n.low AS "afterLow", n.high AS "afterHigh"
    FROM "Figure" o
    LEFT JOIN "Figure" n ON ${matchOld}
    WHERE o."sourceId" = :from AND COALESCE(o.key, '') = '' AND o."rowKey" IS NOT NULL
      AND (n.id IS NULL OR o.best IS DISTINCT FROM n.best OR o.low IS DISTINCT FROM n.low OR o.high IS DISTINCT FROM n.high)
      ${conflict ? `AND ${linkedTo("o", "ucdpConflictId")}` : ""}
    UNION ALL
    SELECT 'added' AS change, n."rowKey" AS "rowKey", n.measure, n.variant, n.subject, n.year, n."ucdpConflictId" AS "ucdpConflictId",
           NULL AS "beforeId", NULL AS "beforeBest", NULL AS "beforeLow", NULL AS "beforeHigh",
           n.id AS "afterId", n.best AS "afterBest", n.low AS "afterLow", n.high AS "afterHigh"
    FROM "Figure" n
    WHERE n."sourceId" = :to AND COALESCE(n.key, '') = '' AND n."rowKey" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "Figure" o WHERE o."sourceId" = :from AND o."rowKey" = n."rowKey" AND o.measure = n.measure
                        AND o.variant = n.variant AND COALESCE(o.key, '') = '')
      ${conflict ? `AND ${linkedTo("n", "ucdpConflictId")}` : ""}`;
}

/** The ACD fields compared between releases, with their UCDP column names. */
export const ACD_FIELDS = [
  ["intensityLevel", "intensity_level"],
  ["typeOfConflict", "type_of_conflict"],
  ["startDate", "start_date"],
  ["startDate2", "start_date2"],
  ["epEnd", "ep_end"],
  ["epEndDate", "ep_end_date"],
] as const;

/** ACD conflict-years of release :from and :to that differ; `conflict` adds a :conflict filter. */
export function acdRevisionsSql(conflict: boolean): string {
  const cols = (x: string, prefix: string) => ACD_FIELDS.map(([c]) => `${x}."${c}" AS "${prefix}_${c}"`).join(", ");
  const nulls = (prefix: string) => ACD_FIELDS.map(([c]) => `NULL AS "${prefix}_${c}"`).join(", ");
  const differs = ACD_FIELDS.map(([c]) => `o."${c}" IS DISTINCT FROM n."${c}"`).join(" OR ");
  return `
    SELECT CASE WHEN n.id IS NULL THEN 'removed' ELSE 'changed' END AS change, o."conflictId" AS "ucdpConflictId", o.year,
           COALESCE(n.location, o.location) AS location, COALESCE(n."sideA", o."sideA") AS "sideA", COALESCE(n."sideB", o."sideB") AS "sideB",
           ${cols("o", "b")}, ${ACD_FIELDS.map(([c]) => `n."${c}" AS "a_${c}"`).join(", ")}
    FROM "AcdConflictYear" o
    LEFT JOIN "AcdConflictYear" n ON n."sourceId" = :to AND n."conflictId" = o."conflictId" AND n.year = o.year
    WHERE o."sourceId" = :from AND (n.id IS NULL OR ${differs})
      ${conflict ? `AND ${linkedTo("o", "conflictId")}` : ""}
    UNION ALL
    SELECT 'added' AS change, n."conflictId" AS "ucdpConflictId", n.year, n.location, n."sideA", n."sideB",
           ${nulls("b")}, ${cols("n", "a")}
    FROM "AcdConflictYear" n
    WHERE n."sourceId" = :to
      AND NOT EXISTS (SELECT 1 FROM "AcdConflictYear" o WHERE o."sourceId" = :from AND o."conflictId" = n."conflictId" AND o.year = n.year)
      ${conflict ? `AND ${linkedTo("n", "conflictId")}` : ""}`;
}

/** The revisions SQL of a data set: ACD compares conflict-years, every other data set its figures. */
export function revisionsSql(dataset: DatasetKey, conflict: boolean): string {
  return dataset === "ucdp-acd" ? acdRevisionsSql(conflict) : figureRevisionsSql(conflict);
}

/** How many values were changed, added and removed from release `from` to release `to` (the revisions table's counts). */
export function revisionCounts(db: Database, dataset: DatasetKey, from: number, to: number, conflictId?: number): RevisionCounts {
  const params: Record<string, unknown> = { from, to };
  if (conflictId !== undefined) params.conflict = conflictId;
  const counts: RevisionCounts = { changed: 0, added: 0, removed: 0 };
  const sql = `SELECT change, COUNT(*) AS n FROM (${revisionsSql(dataset, conflictId !== undefined)}) r GROUP BY change`;
  for (const { change, n } of db.prepare(sql).all(params) as { change: RevisionChange; n: number }[]) counts[change] = n;
  return counts;
}

// ─── A new release against the one it supersedes ─────────────────────────────────────────────────

export type ReleaseRef = { sourceId: number; version: string; shortTitle: string };

/**
 * The release of `dataset` that release `sourceId` (version `version`) supersedes: the highest
 * version below it (lib/versions.ts order, as /imports pairs them), or null when it is the first;
 * and whether it is now the newest (the one pages show).
 */
export function neighbours(db: Database, dataset: DatasetKey, sourceId: number, version: string): { previous: ReleaseRef | null; latest: boolean } {
  const others = db
    .prepare(`SELECT id AS "sourceId", version, "shortTitle" FROM "Source" WHERE dataset = ? AND version IS NOT NULL AND id <> ?`)
    .all(dataset, sourceId) as ReleaseRef[];
  let previous: ReleaseRef | null = null;
  let latest = true;
  for (const r of others) {
    const order = compareVersions(r.version, version);
    if (order > 0) latest = false;
    else if (order < 0 && (previous === null || compareVersions(r.version, previous.version) > 0)) previous = r;
  }
  return { previous, latest };
}

const GED_COLUMNS = [
  "relid", "year", "month", "typeOfViolence", "conflictNewId", "conflictName", "dyadNewId", "dyadName", "sideA", "sideB", "countryId",
  "country", "region", "latitude", "longitude", "whereDescription", "adm1", "adm2", "dateStart", "dateEnd", "deathsA", "deathsB",
  "deathsCivilians", "deathsUnknown", "best", "high", "low",
] as const;

/** Rows of a release as its importer counted them (Source.rowCount), counted in `table` when it is missing. */
function rowsOf(db: Database, table: "GedEvent" | "AcdConflictYear", sourceId: number): number {
  return (
    db
      .prepare(`SELECT COALESCE("rowCount", (SELECT COUNT(*) FROM "${table}" x WHERE x."sourceId" = s.id)) AS n FROM "Source" s WHERE s.id = ?`)
      .get(sourceId) as { n: number }
  ).n;
}

function figureRowKeys(db: Database, sourceId: number): number {
  return (
    db
      .prepare(`SELECT COUNT(DISTINCT "rowKey") AS n FROM "Figure" WHERE "sourceId" = ? AND "rowKey" IS NOT NULL AND COALESCE(key, '') = ''`)
      .get(sourceId) as { n: number }
  ).n;
}

/**
 * The rows of release `to` against release `from` (null: `to` is the data set's first, so every
 * row is new), matched on their row keys:
 * - ACD: conflict-years, exactly the revisions table's counts (added → new, changed → updated);
 * - GED: events by their GED id, every column compared (the revisions table compares GED's
 *   derived figures: see derivedChanges);
 * - BRD, the SIPRI/IPI panel, OWID: the figures' row keys (a dyad-year, a mission-month, a year).
 *   A row is updated when the revisions table lists any value of it (changed, or a value added to
 *   or removed from a row both releases have); for BRD, one figure a row, the counts are the
 *   table's.
 */
export function rowChanges(db: Database, dataset: DatasetKey, from: number | null, to: number): RowChanges {
  if (dataset === "ucdp-ged") return gedEventChanges(db, from, to);
  if (dataset === "ucdp-acd") {
    const total = rowsOf(db, "AcdConflictYear", to);
    if (from === null) return { new: total, updated: 0, unchanged: 0, removed: 0 };
    const c = revisionCounts(db, dataset, from, to);
    return { new: c.added, updated: c.changed, unchanged: total - c.added - c.changed, removed: c.removed };
  }
  const total = figureRowKeys(db, to);
  if (from === null) return { new: total, updated: 0, unchanged: 0, removed: 0 };
  const rows = db
    .prepare(
      `WITH r AS (SELECT DISTINCT "rowKey" FROM (${figureRevisionsSql(false)}) x)
       SELECT CASE
                WHEN NOT EXISTS (SELECT 1 FROM "Figure" o WHERE o."sourceId" = :from AND o."rowKey" = r."rowKey" AND COALESCE(o.key, '') = '') THEN 'new'
                WHEN NOT EXISTS (SELECT 1 FROM "Figure" n WHERE n."sourceId" = :to AND n."rowKey" = r."rowKey" AND COALESCE(n.key, '') = '') THEN 'removed'
                ELSE 'updated'
              END AS kind, COUNT(*) AS n
       FROM r GROUP BY kind`,
    )
    .all({ from, to }) as { kind: "new" | "removed" | "updated"; n: number }[];
  const out: RowChanges = { new: 0, updated: 0, unchanged: 0, removed: 0 };
  for (const { kind, n } of rows) out[kind] = n;
  out.unchanged = total - out.new - out.updated;
  return out;
}

/**
 * GED events matched on their GED id. The smaller release is walked and each of its events looked
 * up in the other through the unique (sourceId, gedId) index (CROSS JOIN keeps SQLite to that
 * order), so comparing a 300,000-event release with a small one costs the small one's size.
 */
function gedEventChanges(db: Database, from: number | null, to: number): RowChanges {
  const total = rowsOf(db, "GedEvent", to);
  if (from === null) return { new: total, updated: 0, unchanged: 0, removed: 0 };
  const before = rowsOf(db, "GedEvent", from);
  const [small, big] = before <= total ? [from, to] : [to, from];
  const differs = GED_COLUMNS.map((c) => `a."${c}" <> b."${c}"`).join(" OR ");
  const { matched, updated } = db
    .prepare(
      `SELECT COUNT(*) AS matched, COALESCE(SUM(CASE WHEN ${differs} THEN 1 ELSE 0 END), 0) AS updated
       FROM "GedEvent" a CROSS JOIN "GedEvent" b
       WHERE a."sourceId" = :small AND b."sourceId" = :big AND b."gedId" = a."gedId"`,
    )
    .get({ small, big }) as { matched: number; updated: number };
  return { new: total - matched, updated, unchanged: matched - updated, removed: before - matched };
}

/**
 * Figures computed from the rows (GED's sums), counted in release `to` and compared with release
 * `from` as the revisions table compares them: added → new, changed → updated.
 */
export function derivedChanges(db: Database, from: number | null, to: number, total: number): RowChanges {
  if (from === null) return { new: total, updated: 0, unchanged: 0, removed: 0 };
  const c = revisionCounts(db, "ucdp-ged", from, to);
  return { new: c.added, updated: c.changed, unchanged: total - c.added - c.changed, removed: c.removed };
}
