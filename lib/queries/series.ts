import "server-only";
import { getSqlite } from "../db";
import { latestReleases, type ReleaseRow } from "./releases";
import { inList } from "./sql";

/**
 * Aggregates for charts, computed in SQL (GROUP BY over indexed columns), never by loading
 * every row into JavaScript. Each result carries the release it was computed from so the
 * chart can cite it.
 */

export type RangePoint = { year: number; best: number; low: number; high: number; rows: number };

export type ConflictYearSeries = {
  conflictId: number;
  points: RangePoint[];
};

export type Cited<T> = { release: ReleaseRow | null; data: T };

/** UCDP battle-related deaths per year for each conflict, summed over the UCDP dyads mapped to it. */
export function brdByYear(conflictIds: number[], release: ReleaseRow | null = latestReleases().get("ucdp-brd") ?? null): Cited<ConflictYearSeries[]> {
  if (!release || conflictIds.length === 0) return { release, data: [] };
  const params: Record<string, unknown> = { release: release.id };
  const rows = getSqlite()
    .prepare(
      `SELECT l."conflictId" AS "conflictId", f.year AS year,
              SUM(f.best) AS best, SUM(f.low) AS low, SUM(f.high) AS high, COUNT(*) AS rows
       FROM "Figure" f
       JOIN "ConflictUcdpLink" l ON l."ucdpConflictId" = f."ucdpConflictId"
        AND f.year BETWEEN COALESCE(l."fromYear", 0) AND COALESCE(l."toYear", 9999)
       WHERE f."sourceId" = :release AND f.measure = 'battle_related_deaths'
         AND l."conflictId" IN ${inList("c", conflictIds, params)}
       GROUP BY l."conflictId", f.year
       ORDER BY l."conflictId", f.year`,
    )
    .all(params) as (RangePoint & { conflictId: number })[];
  const byConflict = new Map<number, RangePoint[]>(conflictIds.map((id) => [id, []]));
  for (const { conflictId, ...point } of rows) byConflict.get(conflictId)?.push(point);
  return { release, data: conflictIds.map((conflictId) => ({ conflictId, points: byConflict.get(conflictId) ?? [] })) };
}

export type DyadYear = {
  ucdpConflictId: number;
  ucdpDyadId: number | null;
  subject: string;
  year: number;
  best: number;
  low: number;
  high: number;
  figureId: number;
};

/** The UCDP rows behind a conflict's yearly totals: one per dyad-year, for the breakdown table. */
export function brdRows(conflictId: number, release: ReleaseRow | null = latestReleases().get("ucdp-brd") ?? null): Cited<DyadYear[]> {
  if (!release) return { release, data: [] };
  const data = getSqlite()
    .prepare(
      `SELECT f."ucdpConflictId" AS "ucdpConflictId", f."ucdpDyadId" AS "ucdpDyadId", f.subject, f.year,
              f.best, f.low, f.high, f.id AS "figureId"
       FROM "Figure" f
       JOIN "ConflictUcdpLink" l ON l."ucdpConflictId" = f."ucdpConflictId"
        AND f.year BETWEEN COALESCE(l."fromYear", 0) AND COALESCE(l."toYear", 9999)
       WHERE f."sourceId" = ? AND f.measure = 'battle_related_deaths' AND l."conflictId" = ?
       ORDER BY f.year, f."ucdpConflictId", f."ucdpDyadId"`,
    )
    .all(release.id, conflictId) as DyadYear[];
  return { release, data };
}

export type GedYear = { year: number; variant: string; best: number; low: number; high: number; figureId: number };

/** UCDP GED fatalities per year and type of violence in the countries where the conflict's UCDP conflicts are located. */
export function gedByYear(conflictId: number, release: ReleaseRow | null = latestReleases().get("ucdp-ged") ?? null): Cited<GedYear[]> {
  if (!release) return { release, data: [] };
  const acd = latestReleases().get("ucdp-acd");
  if (!acd) return { release, data: [] };
  const codes = getSqlite()
    .prepare(
      `SELECT DISTINCT a."gwnoLoc" AS gwno FROM "AcdConflictYear" a
       JOIN "ConflictUcdpLink" l ON l."ucdpConflictId" = a."conflictId"
       WHERE l."conflictId" = ? AND a."sourceId" = ?`,
    )
    .all(conflictId, acd.id) as { gwno: string }[];
  const gwnos = [...new Set(codes.flatMap((c) => c.gwno.split(",").map((g) => Number(g.trim()))))].filter(Number.isFinite);
  if (gwnos.length === 0) return { release, data: [] };
  const params: Record<string, unknown> = { release: release.id };
  const data = getSqlite()
    .prepare(
      `SELECT f.year, f.variant, f.best, f.low, f.high, f.id AS "figureId"
       FROM "Figure" f
       WHERE f."sourceId" = :release AND f.measure = 'fatalities' AND f.gwno IN ${inList("g", gwnos, params)}
       ORDER BY f.year, f.variant`,
    )
    .all(params) as GedYear[];
  return { release, data };
}

export type StrengthPoint = {
  missionId: number;
  period: string;
  year: number;
  month: number;
  variant: string;
  value: number;
  figureId: number;
};

/**
 * Peace-operation strength (total personnel) per month for missions the SIPRI/IPI panel covers:
 * the panel's monthly series and the SIPRI and IPI reports it is built from.
 */
export function strengthByMonth(missionIds: number[], release: ReleaseRow | null = latestReleases().get("peace-ops") ?? null): Cited<StrengthPoint[]> {
  if (!release || missionIds.length === 0) return { release, data: [] };
  const params: Record<string, unknown> = { release: release.id };
  const data = getSqlite()
    .prepare(
      `SELECT m.id AS "missionId", f."periodStart" AS period, f.year, f.month, f.variant, f.best AS value, f.id AS "figureId"
       FROM "Figure" f
       JOIN "Mission" m ON m."pkoMissionId" = f."pkoMissionId"
       WHERE f."sourceId" = :release AND f.measure = 'personnel' AND f.best IS NOT NULL
         AND m.id IN ${inList("m", missionIds, params)}
       ORDER BY m.id, f.year, f.month, f.variant`,
    )
    .all(params) as StrengthPoint[];
  return { release, data };
}
