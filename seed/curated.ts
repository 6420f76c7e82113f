import type { Database } from "../lib/db-core";
import { loadDossierText, quoteWithinLines, type DossierText } from "../lib/dossier/text";
import { clauseKinds } from "../lib/domain";
import { deleteOthers, insert, link, upsert } from "./sql";
import type { ComparisonSeed } from "./data/comparisons";
import type {
  ActorSeed,
  ArgumentSeed,
  ArticleSeed,
  Cite,
  ConflictSeed,
  FigureSeed,
  MandateSeed,
  MissionSeed,
  RoleSeed,
  SourceSeed,
} from "./types";

export type CuratedData = {
  sources: SourceSeed[];
  articles: ArticleSeed[];
  conflicts: ConflictSeed[];
  actors: ActorSeed[];
  roles: RoleSeed[];
  missions: MissionSeed[];
  mandates: MandateSeed[];
  figures: FigureSeed[];
  arguments: ArgumentSeed[];
  comparisons: ComparisonSeed[];
};

export const DOSSIER_SOURCE_KEY = "ispi-2021";

/**
 * Checks the curated data before anything is written: unique keys, every cross-reference,
 * every dossier quote against the dossier's text (within its line range), every outside source
 * declared, every data-set row cited present in the imported release. Returns the problems.
 */
export function validateCurated(db: Database, data: CuratedData, text: DossierText = loadDossierText()): string[] {
  const problems: string[] = [];
  const unique = (what: string, keys: string[]) => {
    const seen = new Set<string>();
    for (const k of keys) {
      if (seen.has(k)) problems.push(`${what} “${k}” is defined twice`);
      seen.add(k);
    }
    return seen;
  };
  const sourceKeys = unique("source", data.sources.map((s) => s.key));
  const articles = unique("article", data.articles.map((a) => a.slug));
  const conflicts = unique("conflict", data.conflicts.map((c) => c.slug));
  const actors = unique("actor", data.actors.map((a) => a.slug));
  const missions = unique("mission", data.missions.map((m) => m.slug));
  unique("mandate", data.mandates.map((m) => m.slug));
  const figures = unique("figure", data.figures.map((f) => f.key));
  unique("argument", data.arguments.map((a) => a.slug));
  const comparisons = unique("comparison", data.comparisons.map((c) => c.key));
  if (!sourceKeys.has(DOSSIER_SOURCE_KEY)) problems.push(`the dossier source “${DOSSIER_SOURCE_KEY}” is missing from seed/data/sources.ts`);
  for (const s of data.sources) {
    if (s.kind !== "dossier" && s.kind !== "dataset" && !s.outsideDossier) problems.push(`source “${s.key}” is neither the dossier nor a bundled data set: mark it outsideDossier`);
  }

  const ref = (what: string, set: Set<string>, slug: string | undefined, where: string) => {
    if (slug !== undefined && !set.has(slug)) problems.push(`${where}: unknown ${what} “${slug}”`);
  };
  const checkCite = (cite: Cite | undefined, where: string) => {
    if (!cite) return;
    if ("dossier" in cite) {
      const [a, b] = cite.dossier.lines;
      if (!(a >= 1 && b >= a && b <= text.lines.length)) problems.push(`${where}: line range ${a}–${b} is outside the dossier`);
      else if (!quoteWithinLines(cite.dossier.quote, a, b, text)) problems.push(`${where}: the quote “${cite.dossier.quote.slice(0, 80)}” does not occur in dossier lines ${a}–${b}`);
      else if (!articleForLine(data.articles, a)) problems.push(`${where}: line ${a} belongs to no article`);
    } else if ("source" in cite) {
      ref("source", sourceKeys, cite.source, where);
    } else {
      const problem = checkDatasetRow(db, cite.dataset, cite.version, cite.rowKey);
      if (problem) problems.push(`${where}: ${problem}`);
    }
  };

  for (const c of data.conflicts) {
    checkCite(c.statusCite, `conflict ${c.slug} status`);
    checkCite(c.startCite, `conflict ${c.slug} start`);
  }
  for (const a of data.actors) ref("actor", actors, a.state, `actor ${a.slug}`);
  for (const [i, r] of data.roles.entries()) {
    const where = `role #${i + 1} (${r.actor} in ${r.conflict})`;
    ref("conflict", conflicts, r.conflict, where);
    ref("actor", actors, r.actor, where);
    checkCite(r.cite, where);
  }
  for (const m of data.missions) {
    const where = `mission ${m.slug}`;
    ref("actor", actors, m.lead, where);
    m.conflicts.forEach((c) => ref("conflict", conflicts, c, where));
    m.contributors.forEach((c) => {
      ref("actor", actors, c.actor, where);
      checkCite(c.cite, `${where} contributor ${c.actor}`);
    });
    checkCite(m.cite, where);
    checkCite(m.endCite, `${where} end`);
  }
  for (const d of data.mandates) {
    const where = `mandate ${d.slug}`;
    ref("mission", missions, d.mission, where);
    checkCite(d.cite, where);
    for (const kind of clauseKinds) {
      const clause = d.clauses[kind];
      if (!clause) {
        problems.push(`${where}: clause ${kind} is missing (code it, or mark it not_coded)`);
        continue;
      }
      if (clause.status !== "not_coded" && !clause.cite) problems.push(`${where}: clause ${kind} is ${clause.status} without a source`);
      if (clause.status === "specified" && !clause.text) problems.push(`${where}: clause ${kind} is specified without its text`);
      checkCite(clause.cite, `${where} clause ${kind}`);
    }
  }
  for (const f of data.figures) {
    const where = `figure ${f.key}`;
    ref("conflict", conflicts, f.conflict, where);
    ref("mission", missions, f.mission, where);
    ref("actor", actors, f.actor, where);
    ref("comparison", comparisons, f.comparisonKey, where);
    if (f.best === undefined && f.low === undefined && f.high === undefined) problems.push(`${where}: no value`);
    if (f.low !== undefined && f.high !== undefined && f.low > f.high) problems.push(`${where}: low ${f.low} is above high ${f.high}`);
    if (f.best !== undefined && ((f.low !== undefined && f.best < f.low) || (f.high !== undefined && f.best > f.high))) problems.push(`${where}: best ${f.best} is outside low–high`);
    checkCite(f.cite, where);
  }
  for (const a of data.arguments) {
    const where = `argument ${a.slug}`;
    ref("article", articles, a.article, where);
    checkCite({ dossier: { lines: a.lines, quote: a.quote } }, where);
    const article = data.articles.find((x) => x.slug === a.article);
    if (article && (a.lines[0] < article.lines[0] || a.lines[1] > article.lines[1])) problems.push(`${where}: lines ${a.lines.join("–")} are outside article ${a.article}`);
    a.conflicts.forEach((c) => ref("conflict", conflicts, c, where));
    a.missions.forEach((m) => ref("mission", missions, m, where));
    a.actors.forEach((x) => ref("actor", actors, x, where));
    a.figures.forEach((x) => ref("figure", figures, x, where));
  }
  for (const c of data.comparisons) ref("conflict", conflicts, c.conflict, `comparison ${c.key}`);
  return problems;
}

function articleForLine(articles: ArticleSeed[], line: number): ArticleSeed | undefined {
  return articles.find((a) => line >= a.lines[0] && line <= a.lines[1]);
}

function parseRowKey(rowKey: string): Record<string, string> {
  return Object.fromEntries(rowKey.split(";").map((part) => part.split("=").map((s) => s.trim()) as [string, string]));
}

function releaseId(db: Database, dataset: string, version: string): number | null {
  const row = db.prepare(`SELECT id FROM "Source" WHERE dataset = ? AND version = ?`).get(dataset, version) as { id: number } | undefined;
  return row?.id ?? null;
}

/** A cited data-set row must exist in the imported release: no citation points at nothing. */
function checkDatasetRow(db: Database, dataset: string, version: string, rowKey: string): string | null {
  const release = releaseId(db, dataset, version);
  if (release === null) return `data set ${dataset} ${version} is not imported`;
  let found: unknown;
  if (dataset === "ucdp-acd") {
    const k = parseRowKey(rowKey);
    found = db.prepare(`SELECT 1 FROM "AcdConflictYear" WHERE "sourceId" = ? AND "conflictId" = ? AND year = ?`).get(release, Number(k.conflict_id), Number(k.year));
  } else if (dataset === "ucdp-ged") {
    found = db.prepare(`SELECT 1 FROM "GedEvent" WHERE "sourceId" = ? AND "gedId" = ?`).get(release, Number(parseRowKey(rowKey).id));
  } else {
    found = db.prepare(`SELECT 1 FROM "Figure" WHERE "sourceId" = ? AND "rowKey" = ?`).get(release, rowKey);
  }
  return found ? null : `row ${rowKey} is not in ${dataset} ${version}`;
}

export type CuratedSummary = Record<string, number>;

/** Writes the validated curated data: upserts by natural keys, then removes curated rows the data no longer holds. */
export function writeCurated(db: Database, data: CuratedData): CuratedSummary {
  const sourceIds = new Map<string, number>();
  for (const s of data.sources) {
    sourceIds.set(
      s.key,
      upsert(db, "Source", { key: s.key }, {
        kind: s.kind,
        title: s.title,
        shortTitle: s.shortTitle,
        publisher: s.publisher,
        authors: s.authors,
        publishedOn: s.publishedOn,
        url: s.url,
        licence: s.licence,
        citation: s.citation,
        outsideDossier: s.outsideDossier,
        accessedOn: s.accessedOn,
        note: s.note,
      }),
    );
  }
  const dossierId = sourceIds.get(DOSSIER_SOURCE_KEY)!;

  const articleIds = new Map<string, number>();
  for (const a of data.articles) {
    const authorId = upsert(db, "Author", { slug: a.author.slug }, { name: a.author.name, affiliation: a.author.affiliation, bio: a.author.bio });
    articleIds.set(
      a.slug,
      upsert(db, "Article", { slug: a.slug }, {
        number: a.number,
        title: a.title,
        titleIsDescriptive: a.titleIsDescriptive,
        lineStart: a.lines[0],
        lineEnd: a.lines[1],
        summary: a.summary,
        authorId,
      }),
    );
  }

  /** Saves a citation in place of the parent's previous one, so citation ids stay stable too. */
  const saveCitation = (cite: Cite, existing: number | null | undefined): number => {
    let values: Record<string, unknown>;
    if ("dossier" in cite) {
      const article = articleForLine(data.articles, cite.dossier.lines[0])!;
      values = {
        sourceId: dossierId,
        articleId: articleIds.get(article.slug),
        lineStart: cite.dossier.lines[0],
        lineEnd: cite.dossier.lines[1],
        quote: cite.dossier.quote,
        section: cite.dossier.section,
        rowKey: null,
        note: null,
      };
    } else if ("source" in cite) {
      values = { sourceId: sourceIds.get(cite.source), articleId: null, lineStart: null, lineEnd: null, quote: cite.quote, section: cite.section, rowKey: null, note: cite.note };
    } else {
      values = { sourceId: releaseId(db, cite.dataset, cite.version), articleId: null, lineStart: null, lineEnd: null, quote: null, section: null, rowKey: cite.rowKey, note: cite.note };
    }
    if (existing) {
      const sets = Object.keys(values).map((k) => `"${k}" = @${k}`).join(", ");
      db.prepare(`UPDATE "Citation" SET ${sets} WHERE id = @id`).run({ ...values, id: existing });
      return existing;
    }
    return insert(db, "Citation", values);
  };
  const citationOf = (table: string, id: number | undefined, column = "citationId"): number | null => {
    if (id === undefined) return null;
    const row = db.prepare(`SELECT "${column}" AS c FROM "${table}" WHERE id = ?`).get(id) as { c: number | null } | undefined;
    return row?.c ?? null;
  };
  const idBy = (table: string, column: string, value: unknown): number | undefined =>
    (db.prepare(`SELECT id FROM "${table}" WHERE "${column}" IS ?`).get(value) as { id: number } | undefined)?.id;

  for (const c of data.comparisons) upsert(db, "FigureComparison", { key: c.key }, { title: c.title, note: c.note, consistent: c.consistent ? 1 : 0 });

  const conflictIds = new Map<string, number>();
  const linkIds: number[] = [];
  for (const c of data.conflicts) {
    const existing = idBy("Conflict", "slug", c.slug);
    const statusCitationId = saveCitation(c.statusCite, citationOf("Conflict", existing, "statusCitationId"));
    const startCitationId = c.startCite ? saveCitation(c.startCite, citationOf("Conflict", existing, "startCitationId")) : citationOf("Conflict", existing, "startCitationId");
    const id = upsert(db, "Conflict", { slug: c.slug }, {
      name: c.name,
      shortName: c.shortName,
      aliases: JSON.stringify(c.aliases),
      region: c.region,
      countries: JSON.stringify(c.countries),
      type: c.type,
      status: c.status,
      statusAsOf: c.statusAsOf,
      statusCitationId,
      summary: c.summary,
      inDossier: c.inDossier,
      ...(c.startDate !== undefined ? { startDate: c.startDate } : {}),
      ...(c.endDate !== undefined ? { endDate: c.endDate } : {}),
      startCitationId,
    });
    conflictIds.set(c.slug, id);
    for (const u of c.ucdp) {
      linkIds.push(upsert(db, "ConflictUcdpLink", { conflictId: id, ucdpConflictId: u.id }, { fromYear: u.fromYear, toYear: u.toYear, note: u.note }));
    }
  }
  deleteOthers(db, "ConflictUcdpLink", linkIds);

  const actorIds = new Map<string, number>();
  for (const a of data.actors) actorIds.set(a.slug, upsert(db, "Actor", { slug: a.slug }, { name: a.name, shortName: a.shortName, kind: a.kind, description: a.description }));
  for (const a of data.actors) {
    db.prepare(`UPDATE "Actor" SET "stateId" = ? WHERE id = ?`).run(a.state ? actorIds.get(a.state)! : null, actorIds.get(a.slug)!);
  }

  const roleIds: number[] = [];
  for (const r of data.roles) {
    const key = { conflictId: conflictIds.get(r.conflict)!, actorId: actorIds.get(r.actor)!, role: r.role, fromDate: r.from ?? null };
    const existing = (db
      .prepare(`SELECT id, "citationId" FROM "ConflictActorRole" WHERE "conflictId" = ? AND "actorId" = ? AND role = ? AND "fromDate" IS ?`)
      .get(key.conflictId, key.actorId, key.role, key.fromDate) as { id: number; citationId: number } | undefined);
    const citationId = saveCitation(r.cite, existing?.citationId);
    roleIds.push(upsert(db, "ConflictActorRole", key, { toDate: r.to, note: r.note, citationId }));
  }
  deleteOthers(db, "ConflictActorRole", roleIds);

  const missionIds = new Map<string, number>();
  const contributorIds: number[] = [];
  for (const m of data.missions) {
    const existing = idBy("Mission", "slug", m.slug);
    const citationId = m.cite ? saveCitation(m.cite, citationOf("Mission", existing)) : null;
    const endCitationId = m.endCite ? saveCitation(m.endCite, citationOf("Mission", existing, "endCitationId")) : null;
    const id = upsert(db, "Mission", { slug: m.slug }, {
      name: m.name,
      acronym: m.acronym,
      kind: m.kind,
      category: m.category,
      status: m.status,
      leadActorId: m.lead ? actorIds.get(m.lead) : null,
      startDate: m.start,
      endDate: m.end,
      summary: m.summary,
      citationId,
      endCitationId,
      pkoMissionId: m.pkoMissionId,
    });
    missionIds.set(m.slug, id);
    db.prepare(`DELETE FROM "MissionConflict" WHERE "missionId" = ?`).run(id);
    for (const c of m.conflicts) link(db, "MissionConflict", { missionId: id, conflictId: conflictIds.get(c)! });
    for (const c of m.contributors) {
      const actorId = actorIds.get(c.actor)!;
      const prev = db.prepare(`SELECT id, "citationId" FROM "MissionContributor" WHERE "missionId" = ? AND "actorId" = ?`).get(id, actorId) as
        | { id: number; citationId: number }
        | undefined;
      contributorIds.push(upsert(db, "MissionContributor", { missionId: id, actorId }, { note: c.note, citationId: saveCitation(c.cite, prev?.citationId) }));
    }
  }
  deleteOthers(db, "MissionContributor", contributorIds);

  const mandateIds: number[] = [];
  const clauseIds: number[] = [];
  for (const d of data.mandates) {
    const existing = idBy("Mandate", "slug", d.slug);
    const id = upsert(db, "Mandate", { slug: d.slug }, {
      missionId: missionIds.get(d.mission)!,
      title: d.title,
      documentDate: d.documentDate,
      signatories: d.signatories,
      legalBasis: d.legalBasis,
      excerpt: d.excerpt,
      url: d.url,
      citationId: saveCitation(d.cite, citationOf("Mandate", existing)),
    });
    mandateIds.push(id);
    for (const kind of clauseKinds) {
      const clause = d.clauses[kind];
      const prev = db.prepare(`SELECT id, "citationId" FROM "MandateClause" WHERE "mandateId" = ? AND clause = ?`).get(id, kind) as
        | { id: number; citationId: number | null }
        | undefined;
      clauseIds.push(
        upsert(db, "MandateClause", { mandateId: id, clause: kind }, {
          status: clause.status,
          text: clause.text,
          citationId: clause.cite ? saveCitation(clause.cite, prev?.citationId) : null,
        }),
      );
    }
  }
  deleteOthers(db, "MandateClause", clauseIds);

  const figureIds = new Map<string, number>();
  for (const f of data.figures) {
    const existing = idBy("Figure", "key", f.key);
    const citationId = saveCitation(f.cite, citationOf("Figure", existing));
    const sourceId =
      "dossier" in f.cite ? dossierId : "source" in f.cite ? sourceIds.get(f.cite.source)! : releaseId(db, f.cite.dataset, f.cite.version)!;
    figureIds.set(
      f.key,
      upsert(db, "Figure", { key: f.key }, {
        measure: f.measure,
        unit: f.unit,
        best: f.best,
        low: f.low,
        high: f.high,
        qualifier: f.qualifier,
        year: f.year ?? (f.periodStart ? Number(f.periodStart.slice(0, 4)) : null),
        month: f.month ?? (f.periodStart && f.periodStart.length >= 7 ? Number(f.periodStart.slice(5, 7)) : null),
        periodStart: f.periodStart,
        periodEnd: f.periodEnd,
        subject: f.subject,
        conflictId: f.conflict ? conflictIds.get(f.conflict) : null,
        missionId: f.mission ? missionIds.get(f.mission) : null,
        actorId: f.actor ? actorIds.get(f.actor) : null,
        variant: "",
        sourceId,
        citationId,
        comparisonKey: f.comparisonKey,
        note: f.note,
      }),
    );
  }

  const argumentIds: number[] = [];
  for (const [position, a] of data.arguments.entries()) {
    const existing = idBy("Argument", "slug", a.slug);
    const id = upsert(db, "Argument", { slug: a.slug }, {
      articleId: articleIds.get(a.article)!,
      position,
      summary: a.summary,
      quote: a.quote,
      citationId: saveCitation({ dossier: { lines: a.lines, quote: a.quote } }, citationOf("Argument", existing)),
    });
    argumentIds.push(id);
    for (const table of ["ArgumentConflict", "ArgumentMission", "ArgumentActor", "ArgumentFigure"]) db.prepare(`DELETE FROM "${table}" WHERE "argumentId" = ?`).run(id);
    a.conflicts.forEach((c) => link(db, "ArgumentConflict", { argumentId: id, conflictId: conflictIds.get(c)! }));
    a.missions.forEach((m) => link(db, "ArgumentMission", { argumentId: id, missionId: missionIds.get(m)! }));
    a.actors.forEach((x) => link(db, "ArgumentActor", { argumentId: id, actorId: actorIds.get(x)! }));
    a.figures.forEach((x) => link(db, "ArgumentFigure", { argumentId: id, figureId: figureIds.get(x)! }));
  }

  // Remove curated entries that the data files no longer hold (data-set rows and derived figures are not curated).
  deleteOthers(db, "Argument", argumentIds);
  deleteOthers(db, "Figure", figureIds.values(), `key IS NOT NULL AND key NOT LIKE '%@%' AND "sourceId" IN (SELECT id FROM "Source" WHERE dataset IS NULL AND kind <> 'analyst')`);
  deleteOthers(db, "Mandate", mandateIds);
  deleteOthers(db, "Mission", missionIds.values());
  deleteOthers(db, "Conflict", conflictIds.values());
  deleteOthers(db, "Actor", actorIds.values());
  deleteOthers(db, "Article", articleIds.values());
  deleteOthers(db, "FigureComparison", [...data.comparisons.map((c) => idBy("FigureComparison", "key", c.key)!)]);
  removeOrphanCitations(db);

  return {
    sources: data.sources.length,
    articles: data.articles.length,
    conflicts: data.conflicts.length,
    actors: data.actors.length,
    roles: data.roles.length,
    missions: data.missions.length,
    mandates: data.mandates.length,
    figures: data.figures.length,
    arguments: data.arguments.length,
  };
}

function removeOrphanCitations(db: Database): void {
  db.exec(`DELETE FROM "Citation" WHERE id NOT IN (
    SELECT "citationId" FROM "Figure" WHERE "citationId" IS NOT NULL
    UNION SELECT "citationId" FROM "Argument"
    UNION SELECT "citationId" FROM "ConflictActorRole"
    UNION SELECT "citationId" FROM "Mission" WHERE "citationId" IS NOT NULL
    UNION SELECT "endCitationId" FROM "Mission" WHERE "endCitationId" IS NOT NULL
    UNION SELECT "citationId" FROM "MissionContributor"
    UNION SELECT "citationId" FROM "Mandate"
    UNION SELECT "citationId" FROM "MandateClause" WHERE "citationId" IS NOT NULL
    UNION SELECT "statusCitationId" FROM "Conflict" WHERE "statusCitationId" IS NOT NULL
    UNION SELECT "startCitationId" FROM "Conflict" WHERE "startCitationId" IS NOT NULL)`);
}
