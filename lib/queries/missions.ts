import "server-only";
import { sourceLabel } from "../citation-text";
import { getPrisma, getSqlite } from "../db";
import { argumentInclude, toArgumentViews } from "./arguments";
import { citationOrNull, getCitations } from "./citations";
import { mandateCitationIds, toMandateView } from "./mandates";
import { listFigures } from "./figures";
import { latestReleases } from "./releases";
import { strengthByMonth } from "./series";

export type MissionListRow = {
  slug: string;
  name: string;
  acronym: string | null;
  kind: string;
  category: string;
  status: string;
  startDate: string | null;
  endDate: string | null;
  lead: string | null;
  leadSlug: string | null;
  conflicts: string;
  mandates: number;
  peakStrength: number | null;
  latestStrength: number | null;
  latestPeriod: string | null;
  /** the release the strength columns come from ("SIPRI/IPI panel 2016"), null when none is loaded */
  strengthRelease: string | null;
};

/** Every mission, with its conflicts and SIPRI/IPI panel strength (peak and latest) in one query. */
export function listMissions(): MissionListRow[] {
  const latest = latestReleases().get("peace-ops");
  const release = latest?.id ?? -1;
  const strengthRelease = latest ? sourceLabel(latest) : null;
  return getSqlite()
    .prepare(
      `WITH strength AS (
         SELECT f."pkoMissionId" AS pko, f."periodStart" AS period, f.best
         FROM "Figure" f
         WHERE f."sourceId" = :release AND f.measure = 'personnel' AND f.variant = 'panel monthly' AND f.best IS NOT NULL
       ),
       peak AS (SELECT pko, MAX(best) AS peak, MAX(period) AS last FROM strength GROUP BY pko)
       SELECT m.slug, m.name, m.acronym, m.kind, m.category, m.status, m."startDate", m."endDate",
              a.name AS lead, a.slug AS "leadSlug",
              (SELECT string_agg(c."shortName", ', ') FROM "MissionConflict" mc JOIN "Conflict" c ON c.id = mc."conflictId"
                WHERE mc."missionId" = m.id) AS conflicts,
              (SELECT COUNT(*) FROM "Mandate" d WHERE d."missionId" = m.id) AS mandates,
              p.peak AS "peakStrength",
              (SELECT s.best FROM strength s WHERE s.pko = m."pkoMissionId" AND s.period = p.last) AS "latestStrength",
              p.last AS "latestPeriod"
       FROM "Mission" m
       LEFT JOIN "Actor" a ON a.id = m."leadActorId"
       LEFT JOIN peak p ON p.pko = m."pkoMissionId"
       ORDER BY m.name`,
    )
    .all({ release })
    .map((r) => ({ ...(r as MissionListRow), conflicts: (r as { conflicts: string | null }).conflicts ?? "", strengthRelease }));
}

export async function getMissionDetail(slug: string) {
  const mission = await getPrisma().mission.findUnique({
    where: { slug },
    include: {
      leadActor: { select: { slug: true, name: true } },
      conflicts: { include: { conflict: { select: { slug: true, name: true, shortName: true } } } },
      contributors: { include: { actor: { select: { slug: true, name: true } } } },
      mandates: { include: { clauses: true }, orderBy: { documentDate: "asc" } },
      arguments: {
        include: {
          argument: { include: argumentInclude },
        },
      },
    },
  });
  if (!mission) return null;
  const citations = getCitations([
    mission.citationId,
    mission.endCitationId,
    ...mission.contributors.map((c) => c.citationId),
    ...mandateCitationIds(mission.mandates),
  ]);
  const cite = (id: number | null) => citationOrNull(citations, id);
  return {
    mission: {
      id: mission.id,
      slug: mission.slug,
      name: mission.name,
      acronym: mission.acronym,
      kind: mission.kind,
      category: mission.category,
      status: mission.status,
      startDate: mission.startDate,
      endDate: mission.endDate,
      summary: mission.summary,
      pkoMissionId: mission.pkoMissionId,
      lead: mission.leadActor,
      citation: cite(mission.citationId),
      /** the source of the end date when it is not the mission's own */
      endCitation: cite(mission.endCitationId),
    },
    conflicts: mission.conflicts.map((c) => c.conflict),
    contributors: mission.contributors.map((c) => ({ actor: c.actor, note: c.note, citation: cite(c.citationId) })),
    mandates: mission.mandates.map((d) => toMandateView(d, citations)),
    figures: listFigures({ missionId: mission.id, curatedOnly: true }),
    strength: strengthByMonth(mission.pkoMissionId ? [mission.id] : []),
    arguments: toArgumentViews(mission.arguments.map((a) => a.argument)),
  };
}

export type MissionDetail = NonNullable<Awaited<ReturnType<typeof getMissionDetail>>>;
