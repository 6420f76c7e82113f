import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { CellValue } from "../tables/fields";
import { citationLines, iterate, neutralise, type ExportCitation, type ExportColumn, type ExportSource, type ExportTable } from "./model";

/**
 * XLSX through exceljs's streaming writer (rows are committed as they are written, so a 100,000-row
 * export never sits in memory): typed cells (numbers as numbers, full dates as dates), a bold frozen
 * header row, column widths from the content, one sheet per table, and a "Sources" sheet listing
 * every source cited with the export's citation.
 */
export function toXlsx(tables: ExportTable[], citation: ExportCitation): NodeJS.ReadableStream {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = "Parallax";
  workbook.created = citation.exportedAt;
  (async () => {
    const used = new Set<string>();
    for (const table of tables) await writeTable(workbook, table, uniqueSheetName(table.sheet, used));
    writeSources(workbook, citation, uniqueSheetName("Sources", used));
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Digits after the point a number needs, at most 6: 44.5 → 1, 0.125 → 3, 0.1 + 0.2 → 1. */
function fractionDigits(value: number): number {
  for (let d = 0; d < 6; d++) if (Math.abs(Number(value.toFixed(d)) - value) <= 1e-9 * Math.max(1, Math.abs(value))) return d;
  return 6;
}

/**
 * The Excel number format of a number cell: "#,##0" for whole numbers (a pattern with optional
 * decimals, "#,##0.##", leaves a trailing point: "286,050."), fixed decimals for a field that has
 * `decimals`, "0" (no separator) for a plain number such as a year; a non-whole value in a column
 * without `decimals` shows the digits it has.
 */
export function numberFormat(column: ExportColumn, value?: number): string {
  const whole = column.plain ? "0" : "#,##0";
  const decimals = column.decimals ?? (value === undefined ? 0 : fractionDigits(value));
  return decimals > 0 ? `${whole}.${"0".repeat(decimals)}` : whole;
}

function typed(value: CellValue, column: ExportColumn): ExcelJS.CellValue {
  if (value === null || value === "") return null;
  if (column.kind === "number" && typeof value === "number") return value;
  if (column.kind === "date" && typeof value === "string" && FULL_DATE.test(value)) return new Date(`${value}T00:00:00Z`);
  return neutralise(value) as string | number;
}

async function writeTable(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: ExportTable, name: string): Promise<void> {
  const widths = table.columns.map((c) => Math.min(60, Math.max(8, c.label.length + 2)));
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  // Widths must be set before the first row is committed; they come from the header and the first rows.
  const head: CellValue[][] = [];
  const source = iterate(table.rows)[Symbol.asyncIterator]();
  for (let i = 0; i < 200; i++) {
    const next = await source.next();
    if (next.done) break;
    head.push(next.value);
  }
  for (const row of head) row.forEach((v, i) => (widths[i] = Math.min(60, Math.max(widths[i]!, String(v ?? "").length + 2))));
  sheet.columns = table.columns.map((c, i) => ({
    header: c.label,
    key: c.key,
    width: widths[i],
    style: c.kind === "number" ? { numFmt: numberFormat(c) } : c.kind === "date" ? { numFmt: "yyyy-mm-dd" } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const add = (cells: CellValue[]) => {
    const row = sheet.addRow(cells.map((v, i) => typed(v, table.columns[i]!)));
    // A non-whole number in a column without fixed decimals gets the digits it has (44.5, not 45).
    cells.forEach((v, i) => {
      const column = table.columns[i]!;
      if (column.kind === "number" && column.decimals === undefined && typeof v === "number" && !Number.isInteger(v)) row.getCell(i + 1).numFmt = numberFormat(column, v);
    });
    row.commit();
  };
  head.forEach(add);
  let n = 0;
  for (let next = await source.next(); !next.done; next = await source.next()) {
    add(next.value);
    if (++n % 2000 === 0) await new Promise((r) => setImmediate(r));
  }
  sheet.commit();
}

function writeSources(workbook: ExcelJS.stream.xlsx.WorkbookWriter, citation: ExportCitation, name: string): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  const columns: { key: keyof ExportSource | "outside"; header: string; width: number }[] = [
    { key: "title", header: "Title", width: 48 },
    { key: "publisher", header: "Publisher", width: 32 },
    { key: "version", header: "Version", width: 10 },
    { key: "locator", header: "Locator", width: 48 },
    { key: "licence", header: "Licence", width: 24 },
    { key: "accessed", header: "Accessed / imported", width: 20 },
    { key: "citation", header: "Citation", width: 80 },
    { key: "url", header: "Address", width: 40 },
    { key: "outside", header: "Outside the dossier", width: 10 },
  ];
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const s of citation.sources) {
    sheet
      .addRow({ ...s, outside: s.outsideDossier ? "yes" : "no", title: neutralise(s.title), citation: neutralise(s.citation), locator: neutralise(s.locator) })
      .commit();
  }
  sheet.addRow([]).commit();
  for (const line of citationLines({ ...citation, sources: [] })) sheet.addRow([line]).commit();
  sheet.commit();
}

function uniqueSheetName(wanted: string, used: Set<string>): string {
  const base = wanted.replace(/[\\/?*[\]:]/g, " ").slice(0, 31) || "Sheet";
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} ${i}`;
  used.add(name.toLowerCase());
  return name;
}
