import "server-only";
import { sourceLabel } from "../citation-text";
import { getPrisma, getSqlite } from "../db";
import { parseJsonList } from "../format";
import { citationOrNull, getCitations } from "./citations";
import { mandateCitationIds, toMandateView } from "./mandates";
import { listComparisonFigures, listFigures, type FigureView } from "./figures";
import { argumentInclude, toArgumentViews } from "./arguments";
import { latestReleases } from "./releases";
import { brdByYear, brdRows, gedByYear, strengthByMonth } from "./series";

export type ConflictListRow = {
  slug: string;
  name: string;
  shortName: string;
  region: string;
  type: string;
  status: string;
  statusAsOf: string;
  startDate: string | null;
  endDate: string | null;
  ucdpIds: string;
  inDossier: boolean;
  missions: number;
  arguments: number;
  figures: number;
  brdTotal: number | null;
  brdPeak: number | null;
  brdPeakYear: number | null;
  yearsAtWar: number | null;
  /** the releases the UCDP columns are computed from ("UCDP BRD 24.1"), null when none is loaded */
  brdRelease: string | null;
  acdRelease: string | null;
};

/** Every conflict with the counts and UCDP aggregates its table row shows, in one query. */
export function listConflicts(): ConflictListRow[] {
  const latest = latestReleases();
  const brd = latest.get("ucdp-brd")?.id ?? -1;
  const acd = latest.get("ucdp-acd")?.id ?? -1;
  const rows = getSqlite()
    .prepare(
      `WITH brd AS (
         SELECT l."conflictId" AS cid, f.year, SUM(f.best) AS best
         FROM "Figure" f
         JOIN "ConflictUcdpLink" l ON l."ucdpConflictId" = f."ucdpConflictId"
          AND f.year BETWEEN COALESCE(l."fromYear", 0) AND COALESCE(l."toYear", 9999)
         WHERE f."sourceId" = :brd AND f.measure = 'battle_related_deaths'
         GROUP BY l."conflictId", f.year
       ),
       brd_total AS (SELECT cid, SUM(best) AS total, MAX(best) AS peak FROM brd GROUP BY cid),
       brd_peak AS (
         SELECT b.cid, MIN(b.year) AS year FROM brd b JOIN brd_total t ON t.cid = b.cid AND b.best = t.peak GROUP BY b.cid
       ),
       war AS (
         SELECT l."conflictId" AS cid, COUNT(DISTINCT a.year) AS years
         FROM "AcdConflictYear" a
         JOIN "ConflictUcdpLink" l ON l."ucdpConflictId" = a."conflictId"
          AND a.year BETWEEN COALESCE(l."fromYear", 0) AND COALESCE(l."toYear", 9999)
         WHERE a."sourceId" = :acd AND a."intensityLevel" = 2
         GROUP BY l."conflictId"
       )
       SELECT c.slug, c.name, c."shortName", c.region, c.type, c.status, c."statusAsOf", c."startDate", c."endDate",
              c."inDossier",
              (SELECT string_agg(CAST(u."ucdpConflictId" AS TEXT), ', ') FROM "ConflictUcdpLink" u WHERE u."conflictId" = c.id) AS "ucdpIds",
              (SELECT COUNT(*) FROM "MissionConflict" mc WHERE mc."conflictId" = c.id) AS missions,
              (SELECT COUNT(*) FROM "ArgumentConflict" ac WHERE ac."conflictId" = c.id) AS arguments,
              (SELECT COUNT(*) FROM "Figure" f WHERE f."conflictId" = c.id) AS figures,
              t.total AS "brdTotal", t.peak AS "brdPeak", p.year AS "brdPeakYear",
              CASE WHEN :acd < 0 THEN NULL ELSE COALESCE(w.years, 0) END AS "yearsAtWar"
       FROM "Conflict" c
       LEFT JOIN brd_total t ON t.cid = c.id
       LEFT JOIN brd_peak p ON p.cid = c.id
       LEFT JOIN war w ON w.cid = c.id
       ORDER BY c.name`,
    )
    .all({ brd, acd }) as (Omit<ConflictListRow, "inDossier" | "ucdpIds" | "brdRelease" | "acdRelease"> & { inDossier: number; ucdpIds: string | null })[];
  const label = (r: { shortTitle: string; version: string } | undefined) => (r ? sourceLabel(r) : null);
  const [brdRelease, acdRelease] = [label(latest.get("ucdp-brd")), label(latest.get("ucdp-acd"))];
  return rows.map((r) => ({ ...r, inDossier: Boolean(r.inDossier), ucdpIds: r.ucdpIds ?? "", brdRelease, acdRelease }));
}

export function listConflictOptions(): { slug: string; name: string; shortName: string }[] {
  return getSqlite().prepare(`SELECT slug, name, "shortName" FROM "Conflict" ORDER BY name`).all() as {
    slug: string;
    name: string;
    shortName: string;
  }[];
}

export async function getConflictDetail(slug: string) {
  const prisma = getPrisma();
  const conflict = await prisma.conflict.findUnique({
    where: { slug },
    include: {
      ucdpLinks: { orderBy: { ucdpConflictId: "asc" } },
      roles: {
        include: { actor: { select: { slug: true, name: true, kind: true, state: { select: { slug: true } } } } },
        orderBy: [{ role: "asc" }, { fromDate: "asc" }],
      },
      missions: {
        include: {
          mission: {
            include: {
              leadActor: { select: { slug: true, name: true } },
              mandates: { include: { clauses: true }, orderBy: { documentDate: "asc" } },
            },
          },
        },
      },
      arguments: {
        include: {
          argument: { include: argumentInclude },
        },
      },
    },
  });
  if (!conflict) return null;

  const missions = conflict.missions.map((m) => m.mission).sort((a, b) => (a.startDate ?? "").localeCompare(b.startDate ?? ""));
  const citations = getCitations([
    conflict.statusCitationId,
    conflict.startCitationId,
    ...conflict.roles.map((r) => r.citationId),
    ...missions.flatMap((m) => [m.citationId, m.endCitationId]),
    ...missions.flatMap((m) => mandateCitationIds(m.mandates)),
  ]);

  const figures = listFigures({ conflictId: conflict.id, curatedOnly: true });
  const comparisonKeys = [...new Set(figures.map((f) => f.comparisonKey).filter((k): k is string => k !== null))];

  return {
    conflict: {
      id: conflict.id,
      slug: conflict.slug,
      name: conflict.name,
      shortName: conflict.shortName,
      aliases: parseJsonList(conflict.aliases),
      countries: parseJsonList(conflict.countries),
      region: conflict.region,
      type: conflict.type,
      status: conflict.status,
      statusAsOf: conflict.statusAsOf,
      startDate: conflict.startDate,
      endDate: conflict.endDate,
      summary: conflict.summary,
      inDossier: conflict.inDossier,
      statusCitation: citationOrNull(citations, conflict.statusCitationId),
      startCitation: citationOrNull(citations, conflict.startCitationId),
      ucdpLinks: conflict.ucdpLinks.map((l) => ({ ucdpConflictId: l.ucdpConflictId, fromYear: l.fromYear, toYear: l.toYear, note: l.note })),
    },
    roles: conflict.roles.map((r) => ({
      id: r.id,
      role: r.role,
      fromDate: r.fromDate,
      toDate: r.toDate,
      note: r.note,
      actor: { slug: r.actor.slug, name: r.actor.name, kind: r.actor.kind, russian: r.actor.slug === "russia" || r.actor.state?.slug === "russia" },
      citation: citations.get(r.citationId) ?? null,
    })),
    missions: missions.map((m) => ({
      id: m.id,
      slug: m.slug,
      name: m.name,
      acronym: m.acronym,
      kind: m.kind,
      category: m.category,
      status: m.status,
      startDate: m.startDate,
      endDate: m.endDate,
      lead: m.leadActor,
      citation: citationOrNull(citations, m.citationId),
      endCitation: citationOrNull(citations, m.endCitationId),
      mandates: m.mandates.map((d) => toMandateView(d, citations)),
    })),
    figures,
    arguments: toArgumentViews(conflict.arguments.map((a) => a.argument)),
    brd: brdByYear([conflict.id]),
    brdRows: brdRows(conflict.id),
    ged: gedByYear(conflict.id),
    strength: strengthByMonth(missions.filter((m) => m.pkoMissionId).map((m) => m.id)),
    comparisons: listComparisons(comparisonKeys),
  };
}

export type ConflictDetail = NonNullable<Awaited<ReturnType<typeof getConflictDetail>>>;

/** `consistent`: the curated note judges the sources to agree (or to differ only in precision). */
export type ComparisonView = { key: string; title: string; note: string; consistent: boolean; figures: FigureView[] };

/** Quantities stated by several sources, each with every figure that states it. */
export function listComparisons(keys: string[]): ComparisonView[] {
  if (keys.length === 0) return [];
  const figures = listComparisonFigures(keys);
  const meta = getSqlite()
    .prepare(`SELECT key, title, note, consistent FROM "FigureComparison" ORDER BY key`)
    .all() as { key: string; title: string; note: string; consistent: number }[];
  return meta
    .filter((m) => keys.includes(m.key))
    .map((m) => ({ ...m, consistent: Boolean(m.consistent), figures: figures.filter((f) => f.comparisonKey === m.key) }));
}
