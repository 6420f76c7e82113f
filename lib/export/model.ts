import type { CellValue, Field } from "../tables/fields";

/**
 * What every export is made of, whatever the format: a table (human column names, typed cells,
 * rows in the order the view shows them) and the citation it carries — the sources cited, the
 * data-set versions, the export date and the URL of the view it came from.
 */
export type ExportColumn = {
  key: string;
  label: string;
  /** number cells are numbers in XLSX; full ISO dates become dates; everything else is text */
  kind: "text" | "number" | "date" | "category";
  /** a number written without thousands separators (a year) */
  plain?: boolean;
  /** decimals a number is shown with (default: none for whole numbers, as needed otherwise) */
  decimals?: number;
};

/** A table field as an export column: its id, human name, kind and how its numbers are written. */
export function exportColumn<T>(f: Pick<Field<T>, "id" | "label" | "kind" | "plain" | "decimals">): ExportColumn {
  return { key: f.id, label: f.label, kind: f.kind, ...(f.plain ? { plain: true } : {}), ...(f.decimals !== undefined ? { decimals: f.decimals } : {}) };
}

export type ExportSource = {
  key: string;
  title: string;
  publisher: string | null;
  version: string | null;
  /** where in the source: a file, the dossier's articles and lines, a document's sections */
  locator: string;
  licence: string | null;
  /** when Parallax read it: the access date of a web source, the import date of a data-set release */
  accessed: string | null;
  citation: string;
  url: string | null;
  outsideDossier: boolean;
};

export type ExportTable = {
  /** used in the file name: parallax-<name>-<date>.<ext> */
  name: string;
  /** worksheet name (≤ 31 characters) */
  sheet: string;
  title: string;
  columns: ExportColumn[];
  /** rows of cells aligned with `columns`; may be a stream for large exports */
  rows: Iterable<CellValue[]> | AsyncIterable<CellValue[]>;
  sources: ExportSource[];
};

export type ExportCitation = {
  viewUrl: string;
  exportedAt: Date;
  sources: ExportSource[];
  /** how the view was read, as the page says it ("from: 2030 is after the last year with data (2023); showing 2023") */
  notes?: string[];
};

export type ExportFormat = "csv" | "xlsx" | "md";

export const FORMATS: Record<ExportFormat, { extension: string; contentType: string }> = {
  csv: { extension: "csv", contentType: "text/csv; charset=utf-8" },
  xlsx: { extension: "xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  md: { extension: "md", contentType: "text/markdown; charset=utf-8" },
};

export function fileName(name: string, format: ExportFormat, date = new Date()): string {
  return `parallax-${name}-${date.toISOString().slice(0, 10)}.${FORMATS[format].extension}`;
}

/** Merges source lists, each source once (by key), in first-cited order. */
export function mergeSources(...lists: ExportSource[][]): ExportSource[] {
  const seen = new Map<string, ExportSource>();
  for (const s of lists.flat()) if (!seen.has(s.key)) seen.set(s.key, s);
  return [...seen.values()];
}

/**
 * A data set named with its version once: most release titles already carry it ("UCDP
 * Battle-Related Deaths Dataset, dyadic version 24.1"; "…, 1993–2016" for release 2016).
 */
export function titleWithVersion(source: Pick<ExportSource, "title" | "version">): string {
  const { title, version } = source;
  if (!version) return title;
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\w.])${escaped}(?!\\w|\\.\\d)`).test(title) ? title : `${title} ${version}`;
}

/** The lines of the citation every export carries, in words. */
export function citationLines(citation: ExportCitation): string[] {
  const versions = citation.sources.filter((s) => s.version).map(titleWithVersion);
  return [
    `Exported from Parallax on ${citation.exportedAt.toISOString().slice(0, 10)} (${citation.exportedAt.toISOString()})`,
    `View: ${citation.viewUrl}`,
    ...(citation.notes ?? []).map((n) => `View note: ${n}`),
    ...(versions.length ? [`Data-set versions: ${versions.join("; ")}`] : []),
    ...citation.sources.map((s) => `Source: ${s.citation}${s.outsideDossier ? " (outside the dossier)" : ""}`),
  ];
}

/**
 * Cells a spreadsheet would read as a formula are neutralised with a leading apostrophe (OWASP's
 * advice against CSV/formula injection): text starting with =, +, -, @, a tab or a carriage return.
 * Numbers are data and stay numbers.
 */
export function neutralise(value: CellValue): CellValue {
  if (typeof value !== "string") return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export async function* iterate<T>(rows: Iterable<T> | AsyncIterable<T>): AsyncIterable<T> {
  for await (const row of rows as AsyncIterable<T>) yield row;
}
