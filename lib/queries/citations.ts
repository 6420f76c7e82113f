import "server-only";
import { getSqlite } from "../db";
import type { Locator, SourceRef } from "./figures";
import { buildLocator } from "./locator";
import { inList } from "./sql";

/** A citation resolved for display: the source and where in it. */
export type CitationView = { id: number; source: SourceRef; locator: Locator };

type CitationSqlRow = {
  id: number;
  lineStart: number | null;
  lineEnd: number | null;
  quote: string | null;
  section: string | null;
  rowKey: string | null;
  note: string | null;
  sourceId: number;
  sourceKey: string;
  shortTitle: string;
  title: string;
  version: string | null;
  kind: string;
  outsideDossier: number;
  url: string | null;
  fileName: string | null;
  articleSlug: string | null;
  articleTitle: string | null;
  articleNumber: number | null;
  authorName: string | null;
};

/** The citation with this id from a getCitations map, or null (no id, or not found). */
export function citationOrNull(citations: Map<number, CitationView>, id: number | null | undefined): CitationView | null {
  return id == null ? null : (citations.get(id) ?? null);
}

/** Resolves many citations in one query (no N+1 when a page lists roles, clauses, arguments). */
export function getCitations(ids: Iterable<number | null | undefined>): Map<number, CitationView> {
  const unique = [...new Set([...ids].filter((id): id is number => typeof id === "number"))];
  const result = new Map<number, CitationView>();
  if (unique.length === 0) return result;
  const params: Record<string, unknown> = {};
  const rows = getSqlite()
    .prepare(
      `SELECT c.id, c."lineStart", c."lineEnd", c.quote, c.section, c."rowKey", c.note,
              s.id AS "sourceId", s.key AS "sourceKey", s."shortTitle", s.title, s.version, s.kind,
              s."outsideDossier", s.url, s."fileName",
              a.slug AS "articleSlug", a.title AS "articleTitle", a.number AS "articleNumber", au.name AS "authorName"
       FROM "Citation" c
       JOIN "Source" s ON s.id = c."sourceId"
       LEFT JOIN "Article" a ON a.id = c."articleId"
       LEFT JOIN "Author" au ON au.id = a."authorId"
       WHERE c.id IN ${inList("c", unique, params)}`,
    )
    .all(params) as CitationSqlRow[];
  for (const r of rows) {
    const locator = buildLocator({ ...r, rowNumber: null });
    result.set(r.id, {
      id: r.id,
      source: sameSource({
        id: r.sourceId,
        key: r.sourceKey,
        shortTitle: r.shortTitle,
        title: r.title,
        version: r.version,
        kind: r.kind,
        outsideDossier: Boolean(r.outsideDossier),
        url: r.url,
      }),
      locator,
    });
  }
  return result;
}

/**
 * One object per distinct source, shared by every citation of it (read-only). A page hands its
 * browser components the citations of many roles, clauses and figures, most of them of a handful of
 * sources; React sends an object it has already sent as a reference, so shared sources go once.
 * Keyed by content, so an edited source is a new object, never a stale one.
 */
const sources = new Map<string, SourceRef>();

function sameSource(ref: SourceRef): SourceRef {
  const key = JSON.stringify(ref);
  const known = sources.get(key);
  if (known) return known;
  if (sources.size >= 1000) sources.clear();
  sources.set(key, ref);
  return ref;
}
