import type { Locator } from "./figures";

export type LocatorFields = {
  articleSlug: string | null;
  articleTitle: string | null;
  articleNumber: number | null;
  authorName: string | null;
  lineStart: number | null;
  lineEnd: number | null;
  quote: string | null;
  section: string | null;
  note: string | null;
  rowKey: string | null;
  rowNumber: number | null;
  fileName: string | null;
};

/** A dossier passage, a data-set row, or a place in a document — in that order of precision. */
export function buildLocator(r: LocatorFields): Locator {
  if (r.articleSlug && r.lineStart !== null && r.lineEnd !== null) {
    return {
      kind: "dossier",
      articleSlug: r.articleSlug,
      articleTitle: r.articleTitle ?? "",
      articleNumber: r.articleNumber ?? 0,
      author: r.authorName ?? "",
      lineStart: r.lineStart,
      lineEnd: r.lineEnd,
      quote: r.quote ?? "",
      section: r.section,
    };
  }
  if (r.rowKey) return { kind: "row", fileName: r.fileName, rowNumber: r.rowNumber, rowKey: r.rowKey };
  return { kind: "document", section: r.section, quote: r.quote, note: r.note };
}
