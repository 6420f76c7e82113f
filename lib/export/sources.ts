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
