import "server-only";
import { getPrisma, getSqlite } from "../db";
import { argumentInclude, toArgumentViews } from "./arguments";
import { getCitations } from "./citations";
import { listFigures } from "./figures";

export type ActorListRow = { slug: string; name: string; kind: string; state: string | null; roles: number; missions: number };

export function listActors(): ActorListRow[] {
  return getSqlite()
    .prepare(
      `SELECT a.slug, a.name, a.kind, s.name AS state,
              (SELECT COUNT(*) FROM "ConflictActorRole" r WHERE r."actorId" = a.id) AS roles,
              (SELECT COUNT(*) FROM "Mission" m WHERE m."leadActorId" = a.id)
                + (SELECT COUNT(*) FROM "MissionContributor" mc WHERE mc."actorId" = a.id) AS missions
       FROM "Actor" a LEFT JOIN "Actor" s ON s.id = a."stateId"
       ORDER BY a.name`,
    )
    .all() as ActorListRow[];
}

export async function getActorDetail(slug: string) {
  const actor = await getPrisma().actor.findUnique({
    where: { slug },
    include: {
      state: { select: { slug: true, name: true } },
      members: { select: { slug: true, name: true, kind: true }, orderBy: { name: "asc" } },
      roles: { include: { conflict: { select: { slug: true, name: true, shortName: true } } }, orderBy: [{ fromDate: "asc" }] },
      ledMissions: { select: { slug: true, name: true, kind: true, category: true, status: true, startDate: true, endDate: true } },
      contributions: { include: { mission: { select: { slug: true, name: true, kind: true, status: true } } } },
      arguments: {
        include: {
          argument: { include: argumentInclude },
        },
      },
    },
  });
  if (!actor) return null;
  const citations = getCitations([
    ...actor.roles.map((r) => r.citationId),
    ...actor.contributions.map((c) => c.citationId),
  ]);
  return {
    actor: { id: actor.id, slug: actor.slug, name: actor.name, shortName: actor.shortName, kind: actor.kind, description: actor.description, state: actor.state },
    members: actor.members,
    roles: actor.roles.map((r) => ({
      role: r.role,
      fromDate: r.fromDate,
      toDate: r.toDate,
      note: r.note,
      conflict: r.conflict,
      citation: citations.get(r.citationId) ?? null,
    })),
    ledMissions: actor.ledMissions,
    contributions: actor.contributions.map((c) => ({ mission: c.mission, note: c.note, citation: citations.get(c.citationId) ?? null })),
    figures: listFigures({ actorId: actor.id }),
    arguments: toArgumentViews(actor.arguments.map((a) => a.argument)),
  };
}

export type ActorDetail = NonNullable<Awaited<ReturnType<typeof getActorDetail>>>;
