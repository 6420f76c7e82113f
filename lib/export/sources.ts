import "server-only";
import { getSqlite } from "../db";
import { inList } from "../queries/sql";
import type { ExportSource } from "./model";

type SourceRow = {
  id: number;
  key: string;
  kind: string;
  title: string;
  publisher: string | null;
  version: string | null;
  licence: string | null;
  citation: string;
  url: string | null;
  outsideDossier: number;
  fileName: string | null;
  accessedOn: string | null;
  importedAt: number | string | null;
};

/**
 * The Sources sheet's rows for the sources an export cites (by key), with what "where in it" means
 * for each kind: the file of a data-set release, the dossier's articles and lines, a document's sections.
 */
export function exportSources(keys: Iterable<string>): ExportSource[] {
  const wanted = [...new Set(keys)];
  if (wanted.length === 0) return [];
  const params: Record<string, unknown> = {};
  const rows = getSqlite()
    .prepare(
      `SELECT id, key, kind, title, publisher, version, licence, citation, url, "outsideDossier", "fileName", "accessedOn", "importedAt"
       FROM "Source" WHERE key IN ${inList("k", wanted, params)}`,
    )
    .all(params) as SourceRow[];
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return wanted
    .map((k) => byKey.get(k))
    .filter((r): r is SourceRow => r !== undefined)
    .map((r) => ({
      key: r.key,
      title: r.title,
      publisher: r.publisher,
      version: r.version,
      locator:
        r.kind === "dataset"
          ? `file ${r.fileName ?? "?"}; rows as given in the Locator column or the row keys cited`
          : r.kind === "dossier"
            ? "article, line range and exact quote as given with each value"
            : "the section or passage given with each value",
      licence: r.licence,
      accessed: r.accessedOn ?? (r.importedAt === null ? null : new Date(r.importedAt).toISOString().slice(0, 10)),
      citation: r.citation,
      url: r.url,
      outsideDossier: Boolean(r.outsideDossier),
    }));
}

/** The source keys of the citations behind an entity's fields: entity slug → what is cited → keys, in order. */
export type CitedKeys = Map<string, Map<string, string[]>>;

function citedKeys(sql: string): CitedKeys {
  const rows = getSqlite().prepare(sql).all() as { owner: string; cited: string; key: string }[];
  const out: CitedKeys = new Map();
  for (const r of rows) {
    const byField = out.get(r.owner) ?? new Map<string, string[]>();
    out.set(r.owner, byField);
    byField.set(r.cited, [...(byField.get(r.cited) ?? []), r.key]);
  }
  return out;
}

const SOURCE_OF = (citationColumn: string) => `JOIN "Citation" ci ON ci.id = ${citationColumn} JOIN "Source" s ON s.id = ci."sourceId"`;

/** Conflicts: the status (and its date) and the period (start, end) are cited. */
export function conflictCitedKeys(): CitedKeys {
  return citedKeys(
    `SELECT c.slug AS owner, 'status' AS cited, s.key FROM "Conflict" c ${SOURCE_OF(`c."statusCitationId"`)}
     UNION ALL
     SELECT c.slug, 'period', s.key FROM "Conflict" c ${SOURCE_OF(`c."startCitationId"`)}`,
  );
}

/** Missions: the mission's own citation (its period and status) and each mandate's instrument. */
export function missionCitedKeys(): CitedKeys {
  return citedKeys(
    `SELECT owner, cited, key FROM (
       SELECT m.slug AS owner, 'mission' AS cited, s.key, 0 AS o1, '' AS o2 FROM "Mission" m ${SOURCE_OF(`m."citationId"`)}
       UNION ALL
       SELECT m.slug, 'end', s.key, 0, '' FROM "Mission" m ${SOURCE_OF(`COALESCE(m."endCitationId", m."citationId")`)}
       UNION ALL
       SELECT m.slug, 'mandates', s.key, 1, COALESCE(d."documentDate", '') FROM "Mandate" d JOIN "Mission" m ON m.id = d."missionId" ${SOURCE_OF(`d."citationId"`)}
     ) ORDER BY owner, o1, o2`,
  );
}

/** Actors: their roles in conflicts, and the missions they lead or contribute to. */
export function actorCitedKeys(): CitedKeys {
  return citedKeys(
    `SELECT a.slug AS owner, 'roles' AS cited, s.key FROM "ConflictActorRole" r JOIN "Actor" a ON a.id = r."actorId" ${SOURCE_OF(`r."citationId"`)}
     UNION ALL
     SELECT a.slug, 'missions', s.key FROM "Mission" m JOIN "Actor" a ON a.id = m."leadActorId" ${SOURCE_OF(`m."citationId"`)}
     UNION ALL
     SELECT a.slug, 'missions', s.key FROM "MissionContributor" mc JOIN "Actor" a ON a.id = mc."actorId" ${SOURCE_OF(`mc."citationId"`)}`,
  );
}

/** The dossier's arguments: each argument's citation (its article, lines and quote). */
export function argumentCitedKeys(): CitedKeys {
  return citedKeys(`SELECT g.slug AS owner, 'argument' AS cited, s.key FROM "Argument" g ${SOURCE_OF(`g."citationId"`)}`);
}
