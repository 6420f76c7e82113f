import "server-only";
import { getSqlite } from "../db";
import { deathMarkers } from "../death-markers";
import { toArgumentViews, type ArgumentView } from "./arguments";
import { citationOrNull, getCitations, type CitationView } from "./citations";
import { mandateCitationIds, toMandateView, type MandateRow, type MandateView } from "./mandates";
import { listComparisons, type ComparisonView } from "./conflicts";
import { listAnalystFigures, listDisputes, listFigures, type FigureView } from "./figures";
import { latestReleases, type ReleaseRow } from "./releases";
import { brdByYear, strengthByMonth, type RangePoint, type StrengthPoint } from "./series";
import { inList } from "./sql";
import { panelLatestAndPeak } from "../strength-series";

/**
 * Everything /compare shows for a selection of conflicts, in a fixed number of set-based queries
 * (no query per conflict or per mission), as plain data for the page and its client views.
 */

export type CompareRole = { role: string; actor: string; actorSlug: string; fromDate: string | null; toDate: string | null; russian: boolean; citation: CitationView | null };

export type CompareMission = {
  id: number;
  slug: string;
  name: string;
  acronym: string | null;
  kind: string;
  category: string;
  status: string;
  startDate: string | null;
  endDate: string | null;
  lead: { slug: string; name: string } | null;
  conflictSlugs: string[];
  mandates: MandateView[];
  /** the dossier's or a document's statement of the mission's size (curated figures) */
  sizeFigures: FigureView[];
};

export type CompareConflict = {
  id: number;
  slug: string;
  name: string;
  shortName: string;
  region: string;
  type: string;
  status: string;
  statusAsOf: string;
  startDate: string | null;
  endDate: string | null;
  ucdpIds: number[];
  statusCitation: CitationView | null;
  startCitation: CitationView | null;
  roles: CompareRole[];
  missionSlugs: string[];
  yearsAtWar: number | null;
  warYears: number[];
  argumentCount: number;
};

/**
 * What the page's browser components need. The server renders the arguments, comparisons, forces
 * and the strength chart itself; of the monthly strength series the table keeps only the months it
 * cites (each mission's latest and peak month of the panel series), so the page does not carry the
 * whole series twice.
 */
export type CompareClientData = Omit<CompareData, "arguments" | "comparisons" | "forces" | "analystFigures">;

export function clientData({ arguments: _a, comparisons: _c, forces: _f, analystFigures: _x, ...rest }: CompareData): CompareClientData {
  return { ...rest, strength: { release: rest.strength.release, data: citedStrengthMonths(rest.strength.data) } };
}

/** Each mission's latest and peak month of the panel's monthly series, in the series' order. */
export function citedStrengthMonths(data: StrengthPoint[]): StrengthPoint[] {
  const keep = new Set<StrengthPoint>();
  for (const missionId of new Set(data.map((p) => p.missionId))) {
    const cited = panelLatestAndPeak(data, missionId);
    if (cited) keep.add(cited.latest).add(cited.peak);
  }
  return data.filter((p) => keep.has(p));
}

export type CompareData = {
  conflicts: CompareConflict[];
  unknown: string[];
  brd: { release: ReleaseRow | null; series: { slug: string; points: RangePoint[] }[] };
  acdRelease: ReleaseRow | null;
  markers: { slug: string; year: number; value: number; label: string; sourceLine: string; figureId: number }[];
  missions: CompareMission[];
  strength: { release: ReleaseRow | null; data: StrengthPoint[] };
  forces: { slug: string; figures: FigureView[] }[];
  arguments: { slug: string; items: ArgumentView[] }[];
  comparisons: ComparisonView[];
  /**
   * Per conflict: figures analysts added about it or its missions (any measure), and their
   * disputes of figures about them, each with the figure it disputes (never changed).
   */
  analystFigures: { slug: string; items: AnalystFigure[] }[];
};

export type AnalystFigure = { figure: FigureView; disputes: FigureView | null };

const SIZE_MEASURES = ["personnel", "troops", "police", "observers", "monitors"];
const COMPONENT_MEASURES = new Set(["personnel", "troops", "police", "observers", "armoured_personnel_carriers", "motor_vehicles", "checkpoints"]);

export async function getComparisonData(slugs: string[]): Promise<CompareData> {
  const db = getSqlite();
  const params: Record<string, unknown> = {};
  const rows = slugs.length
    ? (db.prepare(`SELECT * FROM "Conflict" WHERE slug IN ${inList("s", slugs, params)}`).all(params) as {
        id: number;
        slug: string;
        name: string;
        shortName: string;
        region: string;
        type: string;
        status: string;
        statusAsOf: string;
        startDate: string | null;
        endDate: string | null;
        statusCitationId: number | null;
        startCitationId: number | null;
      }[])
    : [];
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const selected = slugs.map((s) => bySlug.get(s)).filter((r): r is NonNullable<typeof r> => r !== undefined);
  const unknown = slugs.filter((s) => !bySlug.has(s));
  const ids = selected.map((c) => c.id);
  const latest = latestReleases();
  const acdRelease = latest.get("ucdp-acd") ?? null;

  const links = selectIn<{ conflictId: number; ucdpConflictId: number }>(`SELECT "conflictId", "ucdpConflictId" FROM "ConflictUcdpLink" WHERE "conflictId" IN`, ids);
  const roles = selectIn<{ id: number; conflictId: number; role: string; fromDate: string | null; toDate: string | null; citationId: number; actorSlug: string; actor: string; stateSlug: string | null }>(
    `SELECT r.id, r."conflictId", r.role, r."fromDate", r."toDate", r."citationId", a.slug AS "actorSlug", a.name AS actor, s.slug AS "stateSlug"
     FROM "ConflictActorRole" r JOIN "Actor" a ON a.id = r."actorId" LEFT JOIN "Actor" s ON s.id = a."stateId"
     WHERE r."conflictId" IN`,
    ids,
    `ORDER BY r."fromDate", a.name`,
  );
  const warYears = acdRelease
    ? selectIn<{ conflictId: number; year: number }>(
        `SELECT DISTINCT l."conflictId", a.year FROM "AcdConflictYear" a
         JOIN "ConflictUcdpLink" l ON l."ucdpConflictId" = a."conflictId" AND a.year BETWEEN COALESCE(l."fromYear", 0) AND COALESCE(l."toYear", 9999)
         WHERE a."sourceId" = ${Number(acdRelease.id)} AND a."intensityLevel" = 2 AND l."conflictId" IN`,
        ids,
        `ORDER BY a.year`,
      )
    : [];
  const argumentCounts = selectIn<{ conflictId: number; n: number }>(`SELECT "conflictId", COUNT(*) AS n FROM "ArgumentConflict" WHERE "conflictId" IN`, ids, `GROUP BY "conflictId"`);
  const missionLinks = selectIn<{ missionId: number; conflictId: number }>(`SELECT "missionId", "conflictId" FROM "MissionConflict" WHERE "conflictId" IN`, ids);
  const missionIds = [...new Set(missionLinks.map((l) => l.missionId))];

  // Plain SQL throughout (no Prisma here): the page's data costs little more than its queries.
  const missionRows = loadMissions(missionIds);
  const argumentRows = loadArguments(ids);

  const citations = getCitations([
    ...selected.flatMap((c) => [c.statusCitationId, c.startCitationId]),
    ...roles.map((r) => r.citationId),
    ...missionRows.flatMap((m) => mandateCitationIds(m.mandates)),
  ]);
  const cite = (id: number | null) => citationOrNull(citations, id);

  // Analysts' figures are separate estimates beside the curated ones, marked with who added them.
  const curated = ids.length ? listFigures({ conflictIds: ids, curatedOnly: true, withAnalysts: true }) : [];
  const missionFigures = missionIds.length ? listFigures({ missionIds, curatedOnly: true, withAnalysts: true }) : [];
  // Force components: the missions' own, and those of the organisations that lead them (the CSTO's forces).
  const leadOrgIds = [...new Set(missionRows.map((m) => m.leadActorId).filter((id): id is number => id !== null))];
  const orgFigures = leadOrgIds.length
    ? listFigures({ actorIds: leadOrgIds, curatedOnly: true }).filter((f) => f.actor && f.actor.slug !== "russia" && COMPONENT_MEASURES.has(f.measure))
    : [];

  const slugOf = new Map(selected.map((c) => [c.id, c.slug]));
  const missions: CompareMission[] = missionRows.map((m) => ({
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
    conflictSlugs: missionLinks.filter((l) => l.missionId === m.id).map((l) => slugOf.get(l.conflictId)!),
    mandates: m.mandates.map((d) => toMandateView(d, citations)),
    sizeFigures: missionFigures.filter((f) => f.mission?.slug === m.slug && SIZE_MEASURES.includes(f.measure)),
  }));

  const analysts = listAnalystFigures(ids);
  const brd = brdByYear(ids);
  const comparisonKeys = [...new Set(curated.map((f) => f.comparisonKey).filter((k): k is string => k !== null))];

  return {
    conflicts: selected.map((c) => ({
      id: c.id,
      slug: c.slug,
      name: c.name,
      shortName: c.shortName,
      region: c.region,
      type: c.type,
      status: c.status,
      statusAsOf: c.statusAsOf,
      startDate: c.startDate,
      endDate: c.endDate,
      ucdpIds: links.filter((l) => l.conflictId === c.id).map((l) => l.ucdpConflictId),
      statusCitation: cite(c.statusCitationId),
      startCitation: cite(c.startCitationId),
      roles: roles
        .filter((r) => r.conflictId === c.id)
        .map((r) => ({
          role: r.role,
          actor: r.actor,
          actorSlug: r.actorSlug,
          fromDate: r.fromDate,
          toDate: r.toDate,
          russian: r.actorSlug === "russia" || r.stateSlug === "russia",
          citation: cite(r.citationId),
        })),
      missionSlugs: missions.filter((m) => m.conflictSlugs.includes(c.slug)).map((m) => m.slug),
      yearsAtWar: acdRelease ? warYears.filter((w) => w.conflictId === c.id).length : null,
      warYears: warYears.filter((w) => w.conflictId === c.id).map((w) => w.year),
      argumentCount: argumentCounts.find((a) => a.conflictId === c.id)?.n ?? 0,
    })),
    unknown,
    brd: { release: brd.release, series: brd.data.map((s) => ({ slug: slugOf.get(s.conflictId)!, points: s.points })) },
    acdRelease,
    markers: selected.flatMap((c) => deathMarkers(curated.filter((f) => f.conflict?.slug === c.slug)).map((m) => ({ ...m, slug: c.slug }))),
    missions,
    strength: strengthByMonth(missions.filter((m) => m.status !== "proposed").map((m) => m.id)),
    forces: selected.map((c) => ({
      slug: c.slug,
      figures: [
        ...missionFigures.filter((f) => f.mission && missions.find((m) => m.slug === f.mission!.slug)?.conflictSlugs.includes(c.slug) && COMPONENT_MEASURES.has(f.measure)),
        ...orgFigures.filter((f) => missions.some((m) => m.conflictSlugs.includes(c.slug) && m.lead?.slug === f.actor?.slug)),
      ].filter((f) => f.best !== null || f.high !== null),
    })),
    arguments: selected.map((c) => ({
      slug: c.slug,
      items: toArgumentViews(argumentRows.filter((a) => a.conflicts.some((x) => x.conflictId === c.id))),
    })),
    comparisons: [...listComparisons(comparisonKeys), ...disputeComparisons([...curated, ...missionFigures])],
    analystFigures: selected.map((c) => ({
      slug: c.slug,
      items: analysts.filter((a) => a.conflictIds.includes(c.id)).map(({ figure, disputes }) => ({ figure, disputes })),
    })),
  };
}

/**
 * Analysts' disputes of these figures, each shown as its own comparison beside the original
 * (which is never changed). A dispute of a figure that already belongs to a comparison carries
 * that comparison's key and shows in it instead.
 */
export function disputeComparisons(figures: FigureView[]): ComparisonView[] {
  const originals = figures.filter((f) => f.disputesId === null);
  const byId = new Map(originals.map((f) => [f.id, f]));
  const disputes = listDisputes([...byId.keys()]).filter((d) => d.comparisonKey === null);
  const grouped = new Map<number, FigureView[]>();
  for (const d of disputes) grouped.set(d.disputesId!, [...(grouped.get(d.disputesId!) ?? []), d]);
  return [...grouped.entries()].map(([id, items]) => {
    const original = byId.get(id)!;
    const who = [...new Set(items.map((d) => d.addedBy?.name).filter(Boolean))].join(", ");
    return {
      key: `dispute:${id}`,
      title: `${original.subject} — ${original.measureLabel.toLowerCase()}, disputed`,
      note: `${who || "An analyst"} disputed this figure with ${items.length === 1 ? "an alternative estimate" : `${items.length} alternative estimates`}; each names its source. The original stays as its source gives it.${items.map((d) => (d.note ? ` “${d.note}” (${d.addedBy?.name ?? "analyst"})` : "")).join("")}`,
      // An analyst's dispute says nothing about agreement: differences are stated as they are.
      consistent: false,
      figures: [original, ...items],
    };
  });
}

type MissionRow = {
  id: number;
  slug: string;
  name: string;
  acronym: string | null;
  kind: string;
  category: string;
  status: string;
  startDate: string | null;
  endDate: string | null;
  leadActorId: number | null;
  leadActor: { slug: string; name: string } | null;
  mandates: MandateRow[];
};

/** Missions with their lead actor, mandates and clauses: three queries for any number of missions. */
function loadMissions(missionIds: number[]): MissionRow[] {
  const missions = selectIn<Omit<MissionRow, "leadActor" | "mandates"> & { leadSlug: string | null; leadName: string | null }>(
    `SELECT m.id, m.slug, m.name, m.acronym, m.kind, m.category, m.status, m."startDate", m."endDate", m."leadActorId",
            a.slug AS "leadSlug", a.name AS "leadName"
     FROM "Mission" m LEFT JOIN "Actor" a ON a.id = m."leadActorId" WHERE m.id IN`,
    missionIds,
    `ORDER BY m."startDate", m.name`,
  );
  const mandates = selectIn<MissionRow["mandates"][number] & { id: number; missionId: number }>(
    `SELECT id, "missionId", slug, title, "documentDate", signatories, "legalBasis", excerpt, url, "citationId" FROM "Mandate" WHERE "missionId" IN`,
    missionIds,
    `ORDER BY "documentDate", id`,
  );
  const clauses = selectIn<MissionRow["mandates"][number]["clauses"][number] & { mandateId: number }>(
    `SELECT "mandateId", clause, status, text, "citationId" FROM "MandateClause" WHERE "mandateId" IN`,
    mandates.map((d) => d.id),
    `ORDER BY id`,
  );
  return missions.map(({ leadSlug, leadName, ...m }) => ({
    ...m,
    leadActor: leadSlug ? { slug: leadSlug, name: leadName ?? leadSlug } : null,
    mandates: mandates
      .filter((d) => d.missionId === m.id)
      .map(({ id, missionId: _missionId, ...d }) => ({ ...d, clauses: clauses.filter((c) => c.mandateId === id).map(({ mandateId: _mandateId, ...c }) => c) })),
  }));
}

/** The arguments about any of the conflicts, with their article, author, linked figures and conflicts. */
function loadArguments(conflictIds: number[]) {
  const args = selectIn<{ id: number; slug: string; summary: string; quote: string; position: number; citationId: number; articleSlug: string; articleTitle: string; articleNumber: number; author: string }>(
    `SELECT g.id, g.slug, g.summary, g.quote, g.position, g."citationId",
            a.slug AS "articleSlug", a.title AS "articleTitle", a.number AS "articleNumber", au.name AS author
     FROM "Argument" g JOIN "Article" a ON a.id = g."articleId" JOIN "Author" au ON au.id = a."authorId"
     WHERE g.id IN (SELECT "argumentId" FROM "ArgumentConflict" WHERE "conflictId" IN`,
    conflictIds,
    `)`,
  );
  const ids = args.map((a) => a.id);
  const figures = selectIn<{ argumentId: number; figureId: number }>(`SELECT "argumentId", "figureId" FROM "ArgumentFigure" WHERE "argumentId" IN`, ids);
  const conflicts = selectIn<{ argumentId: number; conflictId: number }>(`SELECT "argumentId", "conflictId" FROM "ArgumentConflict" WHERE "argumentId" IN`, ids);
  return args.map((a) => ({
    slug: a.slug,
    summary: a.summary,
    quote: a.quote,
    position: a.position,
    citationId: a.citationId,
    article: { slug: a.articleSlug, title: a.articleTitle, number: a.articleNumber, author: { name: a.author } },
    figures: figures.filter((f) => f.argumentId === a.id).map((f) => ({ figureId: f.figureId })),
    conflicts: conflicts.filter((c) => c.argumentId === a.id).map((c) => ({ conflictId: c.conflictId })),
  }));
}

function selectIn<T>(prefix: string, ids: number[], suffix = ""): T[] {
  if (ids.length === 0) return [];
  const params: Record<string, unknown> = {};
  return getSqlite().prepare(`${prefix} ${inList("i", ids, params)} ${suffix}`).all(params) as T[];
}
