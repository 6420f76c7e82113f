import "server-only";
import { getSqlite } from "../db";

export type SourceListRow = {
  id: number;
  key: string;
  kind: string;
  title: string;
  shortTitle: string;
  publisher: string | null;
  authors: string | null;
  publishedOn: string | null;
  dataset: string | null;
  version: string | null;
  url: string | null;
  licence: string | null;
  citation: string;
  outsideDossier: boolean;
  fileName: string | null;
  fileSha256: string | null;
  rowCount: number | null;
  importedAt: string | null;
  accessedOn: string | null;
  note: string | null;
  figures: number;
  citations: number;
};

const SOURCE_SELECT = `
SELECT s.id, s.key, s.kind, s.title, s."shortTitle", s.publisher, s.authors, s."publishedOn", s.dataset, s.version,
       s.url, s.licence, s.citation, s."outsideDossier", s."fileName", s."fileSha256", s."rowCount", s."importedAt",
       s."accessedOn", s.note,
       (SELECT COUNT(*) FROM "Figure" f WHERE f."sourceId" = s.id) AS figures,
       (SELECT COUNT(*) FROM "Citation" c WHERE c."sourceId" = s.id) AS citations
FROM "Source" s`;

type Raw = Omit<SourceListRow, "outsideDossier" | "importedAt"> & { outsideDossier: number; importedAt: number | string | null };

function toRow(r: Raw): SourceListRow {
  // Prisma stores DateTime in SQLite as milliseconds or ISO text depending on the writer; show ISO.
  const importedAt = r.importedAt === null ? null : new Date(typeof r.importedAt === "number" ? r.importedAt : r.importedAt).toISOString();
  return { ...r, outsideDossier: Boolean(r.outsideDossier), importedAt };
}

export function listSources(): SourceListRow[] {
  return (getSqlite().prepare(`${SOURCE_SELECT} ORDER BY CASE s.kind WHEN 'dossier' THEN 0 WHEN 'dataset' THEN 1 ELSE 2 END, s.dataset, s.title, s.version`).all() as Raw[]).map(toRow);
}

export function getSourceByKey(key: string): SourceListRow | null {
  const r = getSqlite().prepare(`${SOURCE_SELECT} WHERE s.key = ?`).get(key) as Raw | undefined;
  return r ? toRow(r) : null;
}

export function getSourceById(id: number): SourceListRow | null {
  const r = getSqlite().prepare(`${SOURCE_SELECT} WHERE s.id = ?`).get(id) as Raw | undefined;
  return r ? toRow(r) : null;
}

export type Holdings = {
  conflicts: number;
  missions: number;
  actors: number;
  articles: number;
  arguments: number;
  curatedFigures: number;
  datasetFigures: number;
  releases: number;
  sources: number;
  gedEvents: number;
};

export function getHoldings(): Holdings {
  return getSqlite()
    .prepare(
      `SELECT (SELECT COUNT(*) FROM "Conflict") AS conflicts, (SELECT COUNT(*) FROM "Mission") AS missions,
              (SELECT COUNT(*) FROM "Actor") AS actors, (SELECT COUNT(*) FROM "Article") AS articles,
              (SELECT COUNT(*) FROM "Argument") AS arguments,
              (SELECT COUNT(*) FROM "Figure" f JOIN "Citation" c ON c.id = f."citationId" WHERE f.key IS NOT NULL AND c.quote IS NOT NULL) AS "curatedFigures",
              (SELECT COUNT(*) FROM "Figure" f JOIN "Source" s ON s.id = f."sourceId" WHERE s.dataset IS NOT NULL) AS "datasetFigures",
              (SELECT COUNT(*) FROM "Source" WHERE dataset IS NOT NULL) AS releases,
              (SELECT COUNT(*) FROM "Source") AS sources,
              (SELECT COUNT(*) FROM "GedEvent") AS "gedEvents"`,
    )
    .get() as Holdings;
}
