/**
 * Helpers for the importer tests (not a test file itself). The real files in ../shared/data are
 * read-only: a test that needs a broken file writes its own copy into a temporary directory.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Database } from "../db-core";

export const DATA_DIR = path.resolve(process.cwd(), "..", "shared", "data");

export const FILES = {
  brd: "ucdp-brd-dyadic-v24.1.csv",
  acd221: "ucdp-prio-acd-v22.1.csv",
  acd201: "ucdp-prio-acd-v20.1.csv",
  gedCar: "ucdp-ged-v23.1-central-african-republic.geojson",
  gedSample: "ucdp-ged-v23.1-sample1000.csv",
  peaceOps: "peace-operations-monthly-sipri-ipi-1993-2016.csv",
  owid: "owid-un-peacekeeping-1947-2022.csv",
} as const;

export function dataFile(name: string): string {
  return path.join(DATA_DIR, name);
}

export function sha256Of(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** A temporary directory for edited copies; `cleanup` removes it. */
export function scratch(): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-import-"));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

type CopyOptions = {
  /** Name of the copy (defaults to the original's name, which keeps a version token in it). */
  as?: string;
  /** Edits the physical lines (index 0 = line 1). */
  edit?: (lines: string[]) => string[];
  eol?: "\n" | "\r\n";
  bom?: boolean;
  /** Cut the copy to this many bytes (a truncated file). */
  truncateAt?: number;
};

/** Writes an edited copy of a data file into `dir` and returns its path. */
export function copyOf(dir: string, name: string, options: CopyOptions = {}): string {
  const original = fs.readFileSync(dataFile(name), "utf8");
  const eolIn = original.includes("\r\n") ? "\r\n" : "\n";
  let lines = original.split(eolIn);
  const trailing = lines[lines.length - 1] === "";
  if (trailing) lines.pop();
  if (options.edit) lines = options.edit(lines);
  let text = lines.join(options.eol ?? eolIn) + (trailing ? (options.eol ?? eolIn) : "");
  if (options.bom) text = `\uFEFF${text}`;
  let bytes = Buffer.from(text, "utf8");
  if (options.truncateAt !== undefined) bytes = bytes.subarray(0, options.truncateAt);
  const file = path.join(dir, options.as ?? name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** Splits one line of a simple CSV (UCDP quotes every cell; no line breaks inside). */
export function csvCells(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = "";
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else value += line[i++];
      }
      cells.push(value);
      i++; // comma
    } else {
      const end = line.indexOf(",", i);
      cells.push(line.slice(i, end === -1 ? line.length : end));
      i = end === -1 ? line.length + 1 : end + 1;
    }
  }
  return cells;
}

/** Rebuilds a line with one cell changed (quoted like UCDP when the original was). */
export function setCell(line: string, header: string, column: string, value: string): string {
  const names = csvCells(header);
  const cells = csvCells(line);
  const i = names.indexOf(column);
  if (i < 0) throw new Error(`no column ${column}`);
  cells[i] = value;
  const quoted = line.startsWith('"');
  return cells.map((c) => (quoted ? `"${c.replace(/"/g, '""')}"` : c)).join(",");
}

/** Rows of a table, without the columns that differ between two imports of the same data (ids). */
export function rowsOf(db: Database, sql: string, ...params: unknown[]): Record<string, unknown>[] {
  return (db.prepare(sql).all(...params) as Record<string, unknown>[]).map(({ id: _id, sourceId: _sourceId, ...rest }) => rest);
}
