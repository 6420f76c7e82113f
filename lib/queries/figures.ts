import "server-only";
import { getSqlite } from "../db";
import { formatFigureValue } from "../format";
import { measureLabel } from "../measures";
import { latestReleases } from "./releases";
import { inList } from "./sql";
import { buildLocator } from "./locator";

export type SourceRef = {
  id: number;
  key: string;
  shortTitle: string;
  title: string;
  version: string | null;
  kind: string;
  outsideDossier: boolean;
  url: string | null;
  /** when the source was published ("2021", "2020-11-10"); given with figures, absent elsewhere */
  publishedOn?: string | null;
};

/** Where a figure comes from, precisely enough to find the passage or the row again. */
export type Locator =
  | {
      kind: "dossier";
      articleSlug: string;
      articleTitle: string;
      articleNumber: number;
      author: string;
      lineStart: number;
      lineEnd: number;
      quote: string;
      section: string | null;
    }
  | { kind: "document"; section: string | null; quote: string | null; note: string | null }
  | { kind: "row"; fileName: string | null; rowNumber: number | null; rowKey: string };

export type EntityRef = { slug: string; name: string } | null;

export type FigureView = {
  id: number;
  key: string | null;
  measure: string;
  measureLabel: string;
  unit: string;
  best: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  display: string;
  year: number | null;
  month: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  subject: string;
  variant: string;
  comparisonKey: string | null;
  note: string | null;
  conflict: EntityRef;
  mission: EntityRef;
  actor: EntityRef;
  source: SourceRef;
  locator: Locator;
  /** An analyst's figure: who added it and when (its source label says so too); null for curated and data-set figures. */
  addedBy: { name: string; at: string } | null;
  /** The figure an analyst's figure disputes; never overwritten, both are shown. */
  disputesId: number | null;
};

type FigureSqlRow = {
  id: number;
  key: string | null;
  measure: string;
  unit: string;
  best: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  year: number | null;
  month: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  subject: string;
  variant: string;
  rowKey: string | null;
  rowNumber: number | null;
  comparisonKey: string | null;
  note: string | null;
  sourceId: number;
  sourceKey: string;
  sourceShortTitle: string;
  sourceTitle: string;
  sourceVersion: string | null;
  sourceKind: string;
  outsideDossier: number;
  sourceUrl: string | null;
  sourcePublishedOn: string | null;
  fileName: string | null;
  lineStart: number | null;
  lineEnd: number | null;
  quote: string | null;
  section: string | null;
  citationNote: string | null;
  citationRowKey: string | null;
  articleSlug: string | null;
  articleTitle: string | null;
  articleNumber: number | null;
  authorName: string | null;
  conflictSlug: string | null;
  conflictName: string | null;
  missionSlug: string | null;
  missionName: string | null;
  actorSlug: string | null;
  actorName: string | null;
  addedByName: string | null;
  addedAt: string | null;
  disputesId: number | null;
};

export const FIGURE_SELECT = `
SELECT f.id, f.key, f.measure, f.unit, f.best, f.low, f.high, f.qualifier, f.year, f.month,
       f."periodStart", f."periodEnd", f.subject, f.variant, f."rowKey", f."rowNumber",
       f."comparisonKey", f.note,
       s.id AS "sourceId", s.key AS "sourceKey", s."shortTitle" AS "sourceShortTitle", s.title AS "sourceTitle",
       s.version AS "sourceVersion", s.kind AS "sourceKind", s."outsideDossier", s.url AS "sourceUrl", s."publishedOn" AS "sourcePublishedOn", s."fileName",
       c."lineStart", c."lineEnd", c.quote, c.section, c.note AS "citationNote", c."rowKey" AS "citationRowKey",
       a.slug AS "articleSlug", a.title AS "articleTitle", a.number AS "articleNumber", au.name AS "authorName",
       co.slug AS "conflictSlug", co."shortName" AS "conflictName",
       m.slug AS "missionSlug", m.name AS "missionName",
       ac.slug AS "actorSlug", ac.name AS "actorName",
       u.name AS "addedByName", f."addedAt", f."disputesId"
FROM "Figure" f
JOIN "Source" s ON s.id = f."sourceId"
LEFT JOIN "Citation" c ON c.id = f."citationId"
LEFT JOIN "Article" a ON a.id = c."articleId"
LEFT JOIN "Author" au ON au.id = a."authorId"
LEFT JOIN "Conflict" co ON co.id = f."conflictId"
-- Panel values name the mission their panel id maps to (Mission.pkoMissionId is unique).
LEFT JOIN "Mission" m ON m.id = COALESCE(f."missionId", (SELECT mp.id FROM "Mission" mp WHERE mp."pkoMissionId" = f."pkoMissionId"))
LEFT JOIN "Actor" ac ON ac.id = f."actorId"
LEFT JOIN "User" u ON u.id = f."addedById"`;

export function toFigureView(r: FigureSqlRow): FigureView {
  return {
    id: r.id,
    key: r.key,
    measure: r.measure,
    measureLabel: measureLabel(r.measure),
    unit: r.unit,
    best: r.best,
    low: r.low,
    high: r.high,
    qualifier: r.qualifier,
    display: formatFigureValue(r),
    year: r.year,
    month: r.month,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    subject: r.subject,
    variant: r.variant,
    comparisonKey: r.comparisonKey,
    note: r.note,
    conflict: r.conflictSlug ? { slug: r.conflictSlug, name: r.conflictName ?? r.conflictSlug } : null,
    mission: r.missionSlug ? { slug: r.missionSlug, name: r.missionName ?? r.missionSlug } : null,
    actor: r.actorSlug ? { slug: r.actorSlug, name: r.actorName ?? r.actorSlug } : null,
    source: {
      id: r.sourceId,
      key: r.sourceKey,
      // An analyst's figure says who added it wherever its source is named (tables, tooltips,
      // comparisons, chart markers, exports), so it is never mistaken for the curated one.
      shortTitle: r.addedByName ? `${r.sourceShortTitle} · added by ${r.addedByName}` : r.sourceShortTitle,
      title: r.sourceTitle,
      version: r.sourceVersion,
      kind: r.sourceKind,
      outsideDossier: Boolean(r.outsideDossier),
      url: r.sourceUrl,
      publishedOn: r.sourcePublishedOn,
    },
    locator: buildLocator({ ...r, note: r.citationNote, rowKey: r.rowKey ?? r.citationRowKey }),
    addedBy: r.addedByName ? { name: r.addedByName, at: r.addedAt ?? "" } : null,
    disputesId: r.disputesId,
  };
}

export type FigureFilter = {
  conflictId?: number;
  missionId?: number;
  actorId?: number;
  /** any of these conflicts / missions / actors (direct links only) */
  conflictIds?: number[];
  missionIds?: number[];
  actorIds?: number[];
  measure?: string;
  sourceId?: number;
  /** curated figures only (from the dossier and documents), no data-set rows */
  curatedOnly?: boolean;
  /** with curatedOnly: analysts' figures too (sourced and located like curated ones, marked with who added them) */
  withAnalysts?: boolean;
  /** include every release of a data set, not only the newest */
  allReleases?: boolean;
  yearFrom?: number;
  yearTo?: number;
  ids?: number[];
};

/** Builds the WHERE clause shared by listFigures and countFigures. Portable SQL. */
function whereClause(filter: FigureFilter): { sql: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.conflictId !== undefined) {
    // A figure describes a conflict directly, or is a UCDP value of a UCDP conflict mapped to it
    // (within the link's years). Two indexed lookups joined by UNION, not an OR over the table.
    parts.push(`f.id IN (
      SELECT id FROM "Figure" WHERE "conflictId" = :conflictId
      UNION
      SELECT f2.id FROM "Figure" f2 JOIN "ConflictUcdpLink" l ON l."ucdpConflictId" = f2."ucdpConflictId"
      WHERE l."conflictId" = :conflictId
        AND f2.year BETWEEN COALESCE(l."fromYear", 0) AND COALESCE(l."toYear", 9999))`);
    params.conflictId = filter.conflictId;
  }
  if (filter.missionId !== undefined) {
    parts.push(`f.id IN (
      SELECT id FROM "Figure" WHERE "missionId" = :missionId
      UNION
      SELECT f2.id FROM "Figure" f2 JOIN "Mission" mm ON mm."pkoMissionId" = f2."pkoMissionId" WHERE mm.id = :missionId)`);
    params.missionId = filter.missionId;
  }
  if (filter.actorId !== undefined) {
    parts.push(`f."actorId" = :actorId`);
    params.actorId = filter.actorId;
  }
  if (filter.conflictIds) parts.push(`f."conflictId" IN ${inList("cs", filter.conflictIds, params)}`);
  if (filter.missionIds) parts.push(`f."missionId" IN ${inList("ms", filter.missionIds, params)}`);
  if (filter.actorIds) parts.push(`f."actorId" IN ${inList("as", filter.actorIds, params)}`);
  if (filter.measure !== undefined) {
    parts.push(`f.measure = :measure`);
    params.measure = filter.measure;
  }
  if (filter.sourceId !== undefined) {
    parts.push(`f."sourceId" = :sourceId`);
    params.sourceId = filter.sourceId;
  }
  // Analysts' figures carry a source and a locator like curated ones; they have no key (the seed never touches them).
  if (filter.curatedOnly) parts.push(filter.withAnalysts ? `(f.key IS NOT NULL OR f."addedById" IS NOT NULL)` : `f.key IS NOT NULL`);
  if (filter.yearFrom !== undefined) {
    parts.push(`f.year >= :yearFrom`);
    params.yearFrom = filter.yearFrom;
  }
  if (filter.yearTo !== undefined) {
    parts.push(`f.year <= :yearTo`);
    params.yearTo = filter.yearTo;
  }
  if (filter.ids) parts.push(`f.id IN ${inList("id", filter.ids, params)}`);
  if (!filter.allReleases && filter.sourceId === undefined) {
    const latest = [...latestReleases().values()].map((r) => r.id);
    // Non-data-set sources (dossier, documents) have no releases and always count.
    parts.push(`(s.dataset IS NULL OR f."sourceId" IN ${inList("rel", latest, params)})`);
  }
  return { sql: parts.length ? `WHERE ${parts.join(" AND ")}` : "", params };
}

/** Orders a long list of figures can be sorted by in SQL (a "-" first: descending); ties keep the default order. */
export const FIGURE_SORTS = ["value", "-value", "date", "-date", "subject", "-subject"] as const;
export type FigureSort = (typeof FIGURE_SORTS)[number];

const SORT_SQL: Record<FigureSort, string> = {
  value: "COALESCE(f.best, f.low, f.high) IS NULL, COALESCE(f.best, f.low, f.high) ASC,",
  "-value": "COALESCE(f.best, f.low, f.high) IS NULL, COALESCE(f.best, f.low, f.high) DESC,",
  date: `COALESCE(f."periodStart", CAST(f.year AS TEXT)) IS NULL, f.year ASC, f.month ASC, f."periodStart" ASC,`,
  "-date": `COALESCE(f."periodStart", CAST(f.year AS TEXT)) IS NULL, f.year DESC, f.month DESC, f."periodStart" DESC,`,
  subject: "f.subject ASC,",
  "-subject": "f.subject DESC,",
};

export function listFigures(filter: FigureFilter, page: { limit?: number; offset?: number; sort?: FigureSort } = {}): FigureView[] {
  const { sql, params } = whereClause(filter);
  const limit = page.limit ?? 10_000;
  const offset = page.offset ?? 0;
  const order = page.sort ? SORT_SQL[page.sort] : "";
  const rows = getSqlite()
    .prepare(`${FIGURE_SELECT} ${sql} ORDER BY ${order} f.measure, f.year, f.month, f.id LIMIT :limit OFFSET :offset`)
    .all({ ...params, limit, offset }) as FigureSqlRow[];
  return rows.map(toFigureView);
}

/** The same rows as listFigures, one at a time from the database cursor: memory stays flat for any size. */
export function* iterateFigures(filter: FigureFilter): Generator<FigureView> {
  const { sql, params } = whereClause(filter);
  const statement = getSqlite().prepare(`${FIGURE_SELECT} ${sql} ORDER BY f.measure, f.year, f.month, f.id`);
  for (const row of statement.iterate(params) as IterableIterator<FigureSqlRow>) yield toFigureView(row);
}

export function countFigures(filter: FigureFilter): number {
  const { sql, params } = whereClause(filter);
  const row = getSqlite()
    .prepare(`SELECT COUNT(*) AS n FROM "Figure" f JOIN "Source" s ON s.id = f."sourceId" ${sql}`)
    .get(params) as { n: number };
  return row.n;
}

export function getFigure(id: number): FigureView | null {
  const row = getSqlite().prepare(`${FIGURE_SELECT} WHERE f.id = ?`).get(id) as FigureSqlRow | undefined;
  return row ? toFigureView(row) : null;
}

/** Analysts' figures that dispute any of these figures, oldest first. */
export function listDisputes(figureIds: number[]): FigureView[] {
  if (figureIds.length === 0) return [];
  const params: Record<string, unknown> = {};
  const rows = getSqlite()
    .prepare(`${FIGURE_SELECT} WHERE f."disputesId" IN ${inList("d", figureIds, params)} ORDER BY f."addedAt", f.id`)
    .all(params) as FigureSqlRow[];
  return rows.map(toFigureView);
}

/** Figures that state the same quantity as a comparison key, newest release and curated alike. */
export function listComparisonFigures(keys: string[]): FigureView[] {
  if (keys.length === 0) return [];
  const params: Record<string, unknown> = {};
  const rows = getSqlite()
    .prepare(`${FIGURE_SELECT} WHERE f."comparisonKey" IN ${inList("k", keys, params)} ORDER BY f."comparisonKey", s.kind, f.id`)
    .all(params) as FigureSqlRow[];
  return rows.map(toFigureView);
}

/**
 * Analysts' figures about any of these conflicts or their missions, with the conflicts each is
 * about and the figure it disputes (if any), in a fixed number of queries: figures that describe a
 * conflict or one of its missions directly, and disputes of any figure that does (directly, as a
 * mapped UCDP row or as a panel value of the mission). Oldest first.
 */
export function listAnalystFigures(conflictIds: number[]): { figure: FigureView; disputes: FigureView | null; conflictIds: number[] }[] {
  if (conflictIds.length === 0) return [];
  const params: Record<string, unknown> = {};
  const ids = inList("c", conflictIds, params);
  const links = getSqlite()
    .prepare(
      `WITH a AS (SELECT id, "conflictId", "missionId", "disputesId" FROM "Figure" WHERE "addedById" IS NOT NULL)
       SELECT a.id AS "figureId", a."conflictId" AS "conflictId" FROM a WHERE a."conflictId" IN ${ids}
       UNION SELECT a.id, mc."conflictId" FROM a JOIN "MissionConflict" mc ON mc."missionId" = a."missionId" WHERE mc."conflictId" IN ${ids}
       UNION SELECT a.id, o."conflictId" FROM a JOIN "Figure" o ON o.id = a."disputesId" WHERE o."conflictId" IN ${ids}
       UNION SELECT a.id, mc."conflictId" FROM a JOIN "Figure" o ON o.id = a."disputesId"
         JOIN "Mission" m ON m.id = o."missionId" OR m."pkoMissionId" = o."pkoMissionId"
         JOIN "MissionConflict" mc ON mc."missionId" = m.id WHERE mc."conflictId" IN ${ids}
       UNION SELECT a.id, l."conflictId" FROM a JOIN "Figure" o ON o.id = a."disputesId"
         JOIN "ConflictUcdpLink" l ON l."ucdpConflictId" = o."ucdpConflictId" AND o.year BETWEEN COALESCE(l."fromYear", 0) AND COALESCE(l."toYear", 9999)
         WHERE l."conflictId" IN ${ids}`,
    )
    .all(params) as { figureId: number; conflictId: number }[];
  if (links.length === 0) return [];
  const byFigure = new Map<number, number[]>();
  for (const l of links) byFigure.set(l.figureId, [...(byFigure.get(l.figureId) ?? []), l.conflictId]);
  const figParams: Record<string, unknown> = {};
  const figures = (
    getSqlite()
      .prepare(`${FIGURE_SELECT} WHERE f.id IN ${inList("f", [...byFigure.keys()], figParams)} ORDER BY f."addedAt", f.id`)
      .all(figParams) as FigureSqlRow[]
  ).map(toFigureView);
  const originalIds = [...new Set(figures.map((f) => f.disputesId).filter((id): id is number => id !== null))];
  const originals = new Map((originalIds.length ? listFigures({ ids: originalIds, allReleases: true }) : []).map((f) => [f.id, f]));
  return figures.map((figure) => ({
    figure,
    disputes: figure.disputesId !== null ? (originals.get(figure.disputesId) ?? null) : null,
    conflictIds: byFigure.get(figure.id) ?? [],
  }));
}

/**
 * Sources an analyst may cite by hand: documents, reports and other analysts' sources. Not data-set
 * releases (their figures come from their files) nor the dossier (its figures are curated with the
 * exact lines they stand on).
 */
export function listCitableSources(): { key: string; label: string }[] {
  const rows = getSqlite()
    .prepare(`SELECT key, "shortTitle", title, version FROM "Source" WHERE dataset IS NULL AND kind <> 'dossier' ORDER BY "shortTitle", title`)
    .all() as { key: string; shortTitle: string; title: string; version: string | null }[];
  return rows.map((r) => ({ key: r.key, label: `${r.shortTitle} — ${r.title.length > 90 ? `${r.title.slice(0, 89)}…` : r.title}` }));
}
