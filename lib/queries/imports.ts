import "server-only";
import { getSqlite } from "../db";
import { datasets } from "../importers/datasets";
import { ACD_FIELDS, revisionCounts, revisionsSql, type RevisionChange, type RevisionCounts } from "../importers/revisions";
import type { DatasetKey } from "../importers/types";
import { compareVersions } from "../versions";

export type { RevisionChange, RevisionCounts };

/**
 * Reads for imports: the releases with their counts, the revisions between two releases of a data
 * set (computed in SQL), the years of a conflict whose UCDP BRD value was revised, and the UCDP
 * conflicts no Parallax conflict maps yet.
 *
 * Revisions are matched on what identifies a value inside a release, in the SQL of
 * lib/importers/revisions.ts, which an import also runs to summarise a new release against the
 * one it supersedes: the import's report and the revisions table count alike.
 */

export type ImportReleaseRow = {
  id: number;
  key: string;
  dataset: DatasetKey;
  version: string;
  shortTitle: string;
  fileName: string | null;
  fileSha256: string | null;
  rowCount: number | null;
  importedAt: string | null;
  importedBy: string | null;
  /** Figures imported with the release (not curated figures citing it). */
  figures: number;
  /** ACD conflict-years and GED events of the release: its rows as the import counted them (Source.rowCount). */
  acdRows: number;
  gedEvents: number;
  /** The newest release of its data set: what pages show. */
  latest: boolean;
};

/**
 * Every data-set release with its counts, grouped by data set, newest release first.
 *
 * Cheap on a large database (it runs on /imports and /unmapped): an ACD or GED release's rows are
 * its stored Source.rowCount (every row of an imported file is one conflict-year or event;
 * counted only when a release lacks it), not a pass over 300,000 GedEvent index entries; figures
 * are counted per release in the covering Figure(sourceId, rowKey, …) index, less the curated
 * figures that cite the release with a row key (found through the unique index on key; "+" keeps
 * SQLite off the sourceId index for that one).
 */
export const RELEASES_SQL = `SELECT s.id, s.key, s.dataset, s.version, s."shortTitle", s."fileName", s."fileSha256", s."rowCount",
              s."importedAt", s."importedBy",
              (SELECT COUNT(*) FROM "Figure" f WHERE f."sourceId" = s.id AND f."rowKey" IS NOT NULL)
                - (SELECT COUNT(*) FROM "Figure" f WHERE f.key > '' AND +f."sourceId" = s.id AND f."rowKey" IS NOT NULL) AS figures,
              CASE WHEN s.dataset = 'ucdp-acd'
                THEN COALESCE(s."rowCount", (SELECT COUNT(*) FROM "AcdConflictYear" a WHERE a."sourceId" = s.id)) ELSE 0 END AS "acdRows",
              CASE WHEN s.dataset = 'ucdp-ged'
                THEN COALESCE(s."rowCount", (SELECT COUNT(*) FROM "GedEvent" g WHERE g."sourceId" = s.id)) ELSE 0 END AS "gedEvents"
       FROM "Source" s
       WHERE s.dataset IS NOT NULL AND s.version IS NOT NULL`;

export function listReleasesWithCounts(): ImportReleaseRow[] {
  const rows = getSqlite()
    .prepare(RELEASES_SQL)
    .all() as (Omit<ImportReleaseRow, "latest" | "importedAt"> & { importedAt: string | number | null })[];
  const order = Object.keys(datasets);
  const sorted = rows
    .map((r) => ({ ...r, importedAt: r.importedAt === null ? null : new Date(r.importedAt).toISOString(), latest: false }))
    .sort((a, b) => order.indexOf(a.dataset) - order.indexOf(b.dataset) || compareVersions(b.version, a.version));
  const seen = new Set<string>();
  for (const r of sorted) {
    r.latest = !seen.has(r.dataset);
    seen.add(r.dataset);
  }
  return sorted;
}

/** The releases of one data set, newest first. */
export function releasesOf(dataset: string): ImportReleaseRow[] {
  return listReleasesWithCounts().filter((r) => r.dataset === dataset);
}

export type ValueRange = { best: number | null; low: number | null; high: number | null };

/** One revised value: a figure (best/low/high) or an ACD conflict-year's coded fields. */
export type Revision =
  | {
      kind: "figure";
      change: RevisionChange;
      rowKey: string;
      measure: string;
      variant: string;
      subject: string;
      year: number | null;
      ucdpConflictId: number | null;
      before: (ValueRange & { figureId: number }) | null;
      after: (ValueRange & { figureId: number }) | null;
    }
  | {
      kind: "acd";
      change: RevisionChange;
      rowKey: string;
      subject: string;
      year: number;
      ucdpConflictId: number;
      /** The fields that differ (all of them for an added or removed row). */
      fields: { field: string; label: string; before: string | null; after: string | null }[];
    };

export type Revisions = {
  dataset: DatasetKey;
  from: { id: number; version: string; shortTitle: string };
  to: { id: number; version: string; shortTitle: string };
  counts: RevisionCounts;
  /** Total matching rows (for pagination), before limit/offset. */
  total: number;
  rows: Revision[];
};

export type RevisionOptions = {
  /** Only values mapped to this Parallax conflict (through ConflictUcdpLink, inside its years). */
  conflictId?: number;
  change?: RevisionChange;
  limit?: number;
  offset?: number;
};

type FigureRaw = {
  change: RevisionChange;
  rowKey: string;
  measure: string;
  variant: string;
  subject: string;
  year: number | null;
  ucdpConflictId: number | null;
  beforeId: number | null;
  beforeBest: number | null;
  beforeLow: number | null;
  beforeHigh: number | null;
  afterId: number | null;
  afterBest: number | null;
  afterLow: number | null;
  afterHigh: number | null;
};

type AcdRaw = { change: RevisionChange; ucdpConflictId: number; year: number; location: string; sideA: string; sideB: string } & Record<string, unknown>;

function toFigureRevision(r: FigureRaw): Revision {
  return {
    kind: "figure",
    change: r.change,
    rowKey: r.rowKey,
    measure: r.measure,
    variant: r.variant,
    subject: r.subject,
    year: r.year,
    ucdpConflictId: r.ucdpConflictId,
    before: r.beforeId === null ? null : { figureId: r.beforeId, best: r.beforeBest, low: r.beforeLow, high: r.beforeHigh },
    after: r.afterId === null ? null : { figureId: r.afterId, best: r.afterBest, low: r.afterLow, high: r.afterHigh },
  };
}

const text = (v: unknown): string | null => (v === null || v === undefined || v === "" ? null : String(v));

function toAcdRevision(r: AcdRaw): Revision {
  const fields = ACD_FIELDS.map(([c, label]) => ({ field: c, label, before: text(r[`b_${c}`]), after: text(r[`a_${c}`]) })).filter(
    (f) => r.change !== "changed" || f.before !== f.after,
  );
  return {
    kind: "acd",
    change: r.change,
    rowKey: `conflict_id=${r.ucdpConflictId};year=${r.year}`,
    subject: `${r.sideA} – ${r.sideB} (${r.location})`,
    year: r.year,
    ucdpConflictId: r.ucdpConflictId,
    fields,
  };
}

function releaseRef(id: number): { id: number; version: string; shortTitle: string; dataset: string } {
  const r = getSqlite().prepare(`SELECT id, version, "shortTitle", dataset FROM "Source" WHERE id = ? AND dataset IS NOT NULL`).get(id) as
    | { id: number; version: string; shortTitle: string; dataset: string }
    | undefined;
  if (!r) throw new Error(`There is no data-set release with id ${id}.`);
  return r;
}

/**
 * Which values of `dataset` changed from release `fromReleaseId` to release `toReleaseId`, in SQL.
 * ACD compares conflict-years, every other data set its figures.
 */
export function getRevisions(dataset: DatasetKey, fromReleaseId: number, toReleaseId: number, options: RevisionOptions = {}): Revisions {
  const from = releaseRef(fromReleaseId);
  const to = releaseRef(toReleaseId);
  if (from.dataset !== dataset || to.dataset !== dataset) throw new Error(`Releases ${from.shortTitle} and ${to.shortTitle} are not both of ${dataset}.`);
  const conflict = options.conflictId !== undefined;
  const acd = dataset === "ucdp-acd";
  const base = revisionsSql(dataset, conflict);
  const params: Record<string, unknown> = { from: from.id, to: to.id };
  if (conflict) params.conflict = options.conflictId;

  const db = getSqlite();
  const counts = revisionCounts(db, dataset, from.id, to.id, options.conflictId);
  const total = options.change ? counts[options.change] : counts.changed + counts.added + counts.removed;
  let raw: unknown[] = [];
  // limit 0 asks for the counts only (listRevisionPairs): no need to sort every revised value.
  if (options.limit !== 0) {
    const where = options.change ? `WHERE change = :change` : "";
    if (options.change) params.change = options.change;
    const order = acd ? `ORDER BY year, "ucdpConflictId"` : `ORDER BY year, "rowKey", measure, variant`;
    const page = options.limit !== undefined ? `LIMIT :limit OFFSET :offset` : "";
    if (page) Object.assign(params, { limit: options.limit, offset: options.offset ?? 0 });
    raw = db.prepare(`SELECT * FROM (${base}) r ${where} ${order} ${page}`).all(params);
  }
  return {
    dataset,
    from: { id: from.id, version: from.version, shortTitle: from.shortTitle },
    to: { id: to.id, version: to.version, shortTitle: to.shortTitle },
    counts,
    total,
    rows: acd ? (raw as AcdRaw[]).map(toAcdRevision) : (raw as FigureRaw[]).map(toFigureRevision),
  };
}

/** The two newest releases of a data set (older, newer), or null when it has fewer than two. */
export function newestTwoReleases(dataset: DatasetKey): { from: ImportReleaseRow; to: ImportReleaseRow } | null {
  const [to, from] = releasesOf(dataset);
  return to && from ? { from, to } : null;
}

/** Each consecutive pair of releases of every data set with two or more, with their revision counts. */
export function listRevisionPairs(): { dataset: DatasetKey; from: ImportReleaseRow; to: ImportReleaseRow; counts: RevisionCounts }[] {
  const releases = listReleasesWithCounts();
  const pairs: { dataset: DatasetKey; from: ImportReleaseRow; to: ImportReleaseRow; counts: RevisionCounts }[] = [];
  for (let i = 0; i + 1 < releases.length; i++) {
    const to = releases[i]!;
    const from = releases[i + 1]!;
    if (to.dataset !== from.dataset) continue;
    pairs.push({ dataset: to.dataset, from, to, counts: getRevisions(to.dataset, from.id, to.id, { limit: 0 }).counts });
  }
  return pairs;
}

export type RevisedYear = { year: number; before: ValueRange | null; after: ValueRange | null };

/**
 * The years of a conflict whose UCDP battle-related deaths (summed over its mapped dyads, as the
 * deaths chart shows them) differ between the two newest BRD releases, with both values: the
 * chart's revision markers. Null when fewer than two BRD releases are imported.
 */
export function brdRevisedYears(conflictId: number): { from: { id: number; version: string; shortTitle: string }; to: { id: number; version: string; shortTitle: string }; years: RevisedYear[] } | null {
  const pair = newestTwoReleases("ucdp-brd");
  if (!pair) return null;
  const rows = getSqlite()
    .prepare(
      `WITH yearly AS (
         SELECT f."sourceId" AS s, f.year, SUM(f.best) AS best, SUM(f.low) AS low, SUM(f.high) AS high
         FROM "Figure" f
         JOIN "ConflictUcdpLink" l ON l."ucdpConflictId" = f."ucdpConflictId"
          AND f.year BETWEEN COALESCE(l."fromYear", 0) AND COALESCE(l."toYear", 9999)
         WHERE f."sourceId" IN (:from, :to) AND f.measure = 'battle_related_deaths' AND COALESCE(f.key, '') = '' AND l."conflictId" = :conflict
         GROUP BY f."sourceId", f.year
       ),
       paired AS (
         SELECT year,
                MAX(CASE WHEN s = :from THEN 1 END) AS "hasBefore", MAX(CASE WHEN s = :to THEN 1 END) AS "hasAfter",
                MAX(CASE WHEN s = :from THEN best END) AS "beforeBest", MAX(CASE WHEN s = :from THEN low END) AS "beforeLow",
                MAX(CASE WHEN s = :from THEN high END) AS "beforeHigh",
                MAX(CASE WHEN s = :to THEN best END) AS "afterBest", MAX(CASE WHEN s = :to THEN low END) AS "afterLow",
                MAX(CASE WHEN s = :to THEN high END) AS "afterHigh"
         FROM yearly GROUP BY year
       )
       SELECT * FROM paired
       WHERE "hasBefore" IS NULL OR "hasAfter" IS NULL OR "beforeBest" IS DISTINCT FROM "afterBest"
          OR "beforeLow" IS DISTINCT FROM "afterLow" OR "beforeHigh" IS DISTINCT FROM "afterHigh"
       ORDER BY year`,
    )
    .all({ from: pair.from.id, to: pair.to.id, conflict: conflictId }) as {
    year: number;
    hasBefore: number | null;
    hasAfter: number | null;
    beforeBest: number | null;
    beforeLow: number | null;
    beforeHigh: number | null;
    afterBest: number | null;
    afterLow: number | null;
    afterHigh: number | null;
  }[];
  const ref = (r: ImportReleaseRow) => ({ id: r.id, version: r.version, shortTitle: r.shortTitle });
  return {
    from: ref(pair.from),
    to: ref(pair.to),
    years: rows.map((r) => ({
      year: r.year,
      before: r.hasBefore ? { best: r.beforeBest, low: r.beforeLow, high: r.beforeHigh } : null,
      after: r.hasAfter ? { best: r.afterBest, low: r.afterLow, high: r.afterHigh } : null,
    })),
  };
}

// ─── Unmapped UCDP conflicts ────────────────────────────────────────────────────────────────────

export type UnmappedConflict = {
  ucdpConflictId: number;
  /** Location, sides and codes from the newest ACD release's latest year; else from BRD or GED. */
  location: string | null;
  sideA: string | null;
  sideB: string | null;
  territory: string | null;
  region: string | null;
  typeOfConflict: number | null;
  /** A name from the data: "Government of India – GNLA (India)". */
  name: string;
  firstYear: number | null;
  lastYear: number | null;
  acdYears: number;
  warYears: number;
  brdDeaths: number | null;
  brdYears: number;
  gedFatalities: number | null;
  /** What GED codes the id as: "state-based", "non-state" (a non-state conflict) or "one-sided" (an actor's violence against civilians); null when GED lacks it. */
  gedViolence: string | null;
};

type LatestIds = { brd: number; acd: number; ged: number };

function latestIds(): LatestIds {
  const latest = new Map<string, number>();
  for (const r of listReleasesWithCounts()) if (r.latest) latest.set(r.dataset, r.id);
  return { brd: latest.get("ucdp-brd") ?? -1, acd: latest.get("ucdp-acd") ?? -1, ged: latest.get("ucdp-ged") ?? -1 };
}

/**
 * One row per UCDP conflict id: ids in the newest BRD (figures), ACD (conflict-years) and GED
 * (per-id yearly aggregates: state-based conflicts, and the non-state conflicts and one-sided
 * actors UCDP numbers with ids of their own) releases, with what each says, in one SQL statement.
 * GED's monthly aggregates (month set) repeat the yearly ones and are left out of the sums.
 */
function ucdpConflictsSql(filter: string): string {
  return `
    WITH ids AS (
      SELECT "ucdpConflictId" AS id FROM "Figure" WHERE "sourceId" = :brd AND "ucdpConflictId" IS NOT NULL AND COALESCE(key, '') = ''
      UNION SELECT "conflictId" AS id FROM "AcdConflictYear" WHERE "sourceId" = :acd
      UNION SELECT "ucdpConflictId" AS id FROM "Figure" WHERE "sourceId" = :ged AND "ucdpConflictId" IS NOT NULL AND month IS NULL
    ),
    brd AS (
      SELECT "ucdpConflictId" AS id, SUM(best) AS deaths, COUNT(DISTINCT year) AS years, MIN(year) AS y0, MAX(year) AS y1, MAX(subject) AS subject
      FROM "Figure" WHERE "sourceId" = :brd AND measure = 'battle_related_deaths' AND COALESCE(key, '') = '' GROUP BY "ucdpConflictId"
    ),
    acd AS (
      SELECT "conflictId" AS id, COUNT(*) AS years, SUM(CASE WHEN "intensityLevel" = 2 THEN 1 ELSE 0 END) AS war, MIN(year) AS y0, MAX(year) AS y1
      FROM "AcdConflictYear" WHERE "sourceId" = :acd GROUP BY "conflictId"
    ),
    ged AS (
      SELECT "ucdpConflictId" AS id, SUM(best) AS deaths, MIN(year) AS y0, MAX(year) AS y1, MAX(subject) AS subject, MAX(variant) AS violence
      FROM "Figure" WHERE "sourceId" = :ged AND "ucdpConflictId" IS NOT NULL AND month IS NULL AND COALESCE(key, '') = '' GROUP BY "ucdpConflictId"
    ),
    last AS (
      SELECT a."conflictId" AS id, a.location, a."sideA", a."sideB", a."territoryName", a.region, a."typeOfConflict"
      FROM "AcdConflictYear" a
      JOIN acd ON acd.id = a."conflictId" AND a.year = acd.y1
      WHERE a."sourceId" = :acd
    )
    SELECT ids.id AS "ucdpConflictId", last.location, last."sideA", last."sideB", last."territoryName" AS territory, last.region,
           last."typeOfConflict", brd.subject AS "brdSubject", ged.subject AS "gedSubject",
           acd.y0 AS "acdFirst", acd.y1 AS "acdLast", brd.y0 AS "brdFirst", brd.y1 AS "brdLast", ged.y0 AS "gedFirst", ged.y1 AS "gedLast",
           COALESCE(acd.years, 0) AS "acdYears", COALESCE(acd.war, 0) AS "warYears",
           brd.deaths AS "brdDeaths", COALESCE(brd.years, 0) AS "brdYears", ged.deaths AS "gedFatalities", ged.violence AS "gedViolence"
    FROM ids
    LEFT JOIN acd ON acd.id = ids.id
    LEFT JOIN last ON last.id = ids.id
    LEFT JOIN brd ON brd.id = ids.id
    LEFT JOIN ged ON ged.id = ids.id
    ${filter}`;
}

type YearSpan = "acdFirst" | "acdLast" | "brdFirst" | "brdLast" | "gedFirst" | "gedLast";
type UnmappedRaw = Omit<UnmappedConflict, "name" | "firstYear" | "lastYear"> & { brdSubject: string | null; gedSubject: string | null } & Record<YearSpan, number | null>;

function toUnmapped(r: UnmappedRaw): UnmappedConflict {
  const { brdSubject, gedSubject, acdFirst, acdLast, brdFirst, brdLast, gedFirst, gedLast, ...rest } = r;
  const name =
    r.sideA && r.sideB ? `${r.sideA} – ${r.sideB}${r.location ? ` (${r.location})` : ""}` : (brdSubject ?? gedSubject ?? `UCDP conflict ${r.ucdpConflictId}`);
  const firsts = [acdFirst, brdFirst, gedFirst].filter((y): y is number => y !== null);
  const lasts = [acdLast, brdLast, gedLast].filter((y): y is number => y !== null);
  return {
    ...rest,
    name,
    firstYear: firsts.length ? Math.min(...firsts) : null,
    lastYear: lasts.length ? Math.max(...lasts) : null,
  };
}

/**
 * UCDP conflict ids present in the newest releases that no ConflictUcdpLink maps, most deaths
 * first; `q` filters on location, sides and names (case-insensitive), `limit` caps the list.
 */
export function listUnmappedConflicts(options: { q?: string; limit?: number; offset?: number } = {}): { total: number; rows: UnmappedConflict[] } {
  const params: Record<string, unknown> = { ...latestIds() };
  const conditions = [`ids.id NOT IN (SELECT "ucdpConflictId" FROM "ConflictUcdpLink")`];
  if (options.q) {
    params.q = `%${options.q.toLowerCase()}%`;
    conditions.push(
      `(LOWER(COALESCE(last.location, '') || ' ' || COALESCE(last."sideA", '') || ' ' || COALESCE(last."sideB", '') || ' ' ||
              COALESCE(last."territoryName", '') || ' ' || COALESCE(brd.subject, '') || ' ' || COALESCE(ged.subject, '')) LIKE :q
        OR CAST(ids.id AS TEXT) = :qid)`,
    );
    params.qid = options.q.trim();
  }
  const sql = ucdpConflictsSql(`WHERE ${conditions.join(" AND ")}`);
  const db = getSqlite();
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM (${sql}) u`).get(params) as { n: number }).n;
  const limit =
    options.limit !== undefined ? `LIMIT ${Math.max(0, Math.floor(options.limit))} OFFSET ${Math.max(0, Math.floor(options.offset ?? 0))}` : "";
  const rows = db.prepare(`${sql} ORDER BY COALESCE(brd.deaths, ged.deaths, 0) DESC, ids.id ${limit}`).all(params) as UnmappedRaw[];
  return { total, rows: rows.map(toUnmapped) };
}

export type UcdpConflictFacts = UnmappedConflict & {
  /** Parallax conflicts it is linked to already. */
  linkedTo: { slug: string; name: string }[];
  acdRelease: { id: number; version: string; shortTitle: string } | null;
  brdRelease: { id: number; version: string; shortTitle: string } | null;
  /** The newest ACD release's last year: "the present" for status. */
  acdReleaseLastYear: number | null;
  brdReleaseLastYear: number | null;
  /** Row keys of the conflict's first and last BRD dyad-years (citations when ACD lacks the conflict). */
  brdFirstRowKey: string | null;
  brdLastRowKey: string | null;
  startDate: string | null;
  /** ACD episode end of the latest year, when that episode ended. */
  epEndDate: string | null;
  incompatibility: number | null;
  years: { year: number; intensityLevel: number | null; brdBest: number | null; brdLow: number | null; brdHigh: number | null; gedBest: number | null }[];
};

/** Everything the newest releases say about one UCDP conflict id, or null when none mentions it. */
export function getUcdpConflictFacts(ucdpConflictId: number): UcdpConflictFacts | null {
  const ids = latestIds();
  const db = getSqlite();
  const raw = db.prepare(`${ucdpConflictsSql("WHERE ids.id = :id")}`).get({ ...ids, id: ucdpConflictId }) as UnmappedRaw | undefined;
  if (!raw) return null;
  const linkedTo = db
    .prepare(`SELECT c.slug, c.name FROM "ConflictUcdpLink" l JOIN "Conflict" c ON c.id = l."conflictId" WHERE l."ucdpConflictId" = ? ORDER BY c.name`)
    .all(ucdpConflictId) as { slug: string; name: string }[];
  const ref = (id: number) =>
    id < 0 ? null : (db.prepare(`SELECT id, version, "shortTitle" FROM "Source" WHERE id = ?`).get(id) as { id: number; version: string; shortTitle: string });
  const acdReleaseLastYear = (db.prepare(`SELECT MAX(year) AS y FROM "AcdConflictYear" WHERE "sourceId" = ?`).get(ids.acd) as { y: number | null }).y;
  const brdReleaseLastYear = (
    db.prepare(`SELECT MAX(year) AS y FROM "Figure" WHERE "sourceId" = ? AND measure = 'battle_related_deaths'`).get(ids.brd) as { y: number | null }
  ).y;
  const brdRowKey = (order: "ASC" | "DESC") =>
    (
      db
        .prepare(
          `SELECT "rowKey" FROM "Figure" WHERE measure = 'battle_related_deaths' AND "ucdpConflictId" = ? AND "sourceId" = ? AND COALESCE(key, '') = ''
           ORDER BY year ${order}, "rowKey" LIMIT 1`,
        )
        .get(ucdpConflictId, ids.brd) as { rowKey: string } | undefined
    )?.rowKey ?? null;
  const acdRow = db
    .prepare(
      `SELECT MIN("startDate") AS "startDate", MAX(incompatibility) AS incompatibility FROM "AcdConflictYear" WHERE "sourceId" = ? AND "conflictId" = ?`,
    )
    .get(ids.acd, ucdpConflictId) as { startDate: string | null; incompatibility: number | null };
  const lastRow = db
    .prepare(`SELECT "epEnd", "epEndDate" FROM "AcdConflictYear" WHERE "sourceId" = ? AND "conflictId" = ? ORDER BY year DESC LIMIT 1`)
    .get(ids.acd, ucdpConflictId) as { epEnd: number; epEndDate: string | null } | undefined;
  const years = db
    .prepare(
      `WITH acd AS (
         SELECT year, "intensityLevel" FROM "AcdConflictYear" WHERE "sourceId" = :acd AND "conflictId" = :id
       ),
       brd AS (
         SELECT year, SUM(best) AS best, SUM(low) AS low, SUM(high) AS high FROM "Figure"
         WHERE measure = 'battle_related_deaths' AND "ucdpConflictId" = :id AND "sourceId" = :brd AND COALESCE(key, '') = ''
         GROUP BY year
       ),
       ged AS (
         SELECT year, SUM(best) AS best FROM "Figure"
         WHERE measure = 'fatalities' AND "ucdpConflictId" = :id AND "sourceId" = :ged AND month IS NULL AND COALESCE(key, '') = ''
         GROUP BY year
       ),
       y AS (SELECT year FROM acd UNION SELECT year FROM brd UNION SELECT year FROM ged)
       SELECT y.year, acd."intensityLevel", brd.best AS "brdBest", brd.low AS "brdLow", brd.high AS "brdHigh", ged.best AS "gedBest"
       FROM y LEFT JOIN acd ON acd.year = y.year LEFT JOIN brd ON brd.year = y.year LEFT JOIN ged ON ged.year = y.year
       ORDER BY y.year`,
    )
    .all({ ...ids, id: ucdpConflictId }) as UcdpConflictFacts["years"];
  return {
    ...toUnmapped(raw),
    linkedTo,
    acdRelease: ref(ids.acd),
    brdRelease: ref(ids.brd),
    acdReleaseLastYear,
    brdReleaseLastYear,
    brdFirstRowKey: brdRowKey("ASC"),
    brdLastRowKey: brdRowKey("DESC"),
    startDate: acdRow.startDate,
    epEndDate: lastRow?.epEnd === 1 ? lastRow.epEndDate : null,
    incompatibility: acdRow.incompatibility,
    years,
  };
}

/** Parallax conflicts to link a UCDP conflict to. */
export function listConflictChoices(): { id: number; slug: string; name: string }[] {
  return getSqlite().prepare(`SELECT id, slug, name FROM "Conflict" ORDER BY name`).all() as { id: number; slug: string; name: string }[];
}
