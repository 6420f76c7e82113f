import { z } from "zod";
import { normaliseCell, type Dialect } from "./dialect";
import type { ImportError } from "./types";

/**
 * zod schemas for the cells of a data file. Every cell arrives as text (CSV cells, GeoJSON
 * properties turned into text by geojson.ts); each schema parses it into the value stored and,
 * when it cannot, raises one issue whose message says what was expected, in words. The issue's
 * path is the column name, so a failed row becomes ImportErrors without further mapping.
 *
 * Speed. Each cell schema is built from one plain parse function (`cell()` below), and
 * validateRow runs those functions directly for the columns of a row schema instead of going
 * through zod's object and transform machinery: the same code decides, at a fraction of the cost
 * (zod 4's safeParse of GED's 27-cell row took 30–60 µs, about 10 s for a 300,000-event file;
 * the direct calls take 2–3 µs a row). A column whose schema was not built with `cell()` (a plain
 * z.string(), say) is still parsed by zod itself, so every schema keeps working.
 */

/** What a cell holds, for reading spreadsheet copies (dialect.ts): dates and numbers can be written several ways. */
export type ColumnKind = "int" | "decimal" | "date" | "datetime" | "text";

/** Returned by a cell's parse function for a value it refuses. */
export const INVALID: unique symbol = Symbol("invalid cell");

type CellSpec<T> = {
  kind: ColumnKind;
  /** What the cell must hold, in words: the error message. */
  expected: string;
  parse: (raw: string) => T | typeof INVALID;
};

const cellSpecs = new WeakMap<z.ZodType, CellSpec<unknown>>();

/** A cell schema from its parse function; validateRow calls the function directly. */
export function cell<T>(spec: CellSpec<T>): z.ZodType<T, string> {
  const schema = z.string().transform((raw, ctx) => {
    const value = spec.parse(raw);
    if (value === INVALID) {
      ctx.addIssue({ code: "custom", message: spec.expected });
      return z.NEVER;
    }
    return value as T;
  });
  cellSpecs.set(schema, spec as CellSpec<unknown>);
  return schema;
}

const INT = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

type IntOptions = { min?: number; max?: number; nullable?: boolean; expected?: string };

function describeInt({ min, max, nullable }: IntOptions): string {
  let what = "a whole number";
  if (min !== undefined && max !== undefined) what = min === max ? `the number ${min}` : `a whole number from ${min} to ${max}`;
  else if (min !== undefined) what = min === 0 ? "a whole number ≥ 0" : `a whole number ≥ ${min}`;
  else if (max !== undefined) what = `a whole number ≤ ${max}`;
  return nullable ? `${what}, or empty` : what;
}

/** An integer cell; empty → null when nullable. */
export function intCell(options: IntOptions & { nullable: true }): z.ZodType<number | null, string>;
export function intCell(options?: IntOptions): z.ZodType<number, string>;
export function intCell(options: IntOptions = {}): z.ZodType<number | null, string> {
  const { min, max, nullable } = options;
  return cell<number | null>({
    kind: "int",
    expected: options.expected ?? describeInt(options),
    parse(raw) {
      const s = raw.trim();
      if (s === "" && nullable) return null;
      if (!INT.test(s)) return INVALID;
      const n = Number(s);
      if (!Number.isSafeInteger(n) || (min !== undefined && n < min) || (max !== undefined && n > max)) return INVALID;
      return n;
    },
  });
}

/** One of a few integer codes (type_of_violence 1–3, org 1–3). */
export function codeCell(codes: readonly number[], meaning?: string): z.ZodType<number, string> {
  return cell({
    kind: "int",
    expected: `one of ${codes.join(", ")}${meaning ? ` (${meaning})` : ""}`,
    parse(raw) {
      const s = raw.trim();
      const n = INT.test(s) ? Number(s) : NaN;
      return codes.includes(n) ? n : INVALID;
    },
  });
}

type NumberOptions = { min?: number; max?: number; optional?: boolean };

/** A decimal number cell; empty → null when optional. */
export function numberCell(options: NumberOptions & { optional: true }): z.ZodType<number | null, string>;
export function numberCell(options?: NumberOptions): z.ZodType<number, string>;
export function numberCell(options: NumberOptions = {}): z.ZodType<number | null, string> {
  const { min, max, optional } = options;
  let expected = "a number";
  if (min !== undefined && max !== undefined) expected = `a number from ${min} to ${max}`;
  else if (min !== undefined) expected = min === 0 ? "a number ≥ 0" : `a number ≥ ${min}`;
  if (optional) expected += ", or empty";
  return cell<number | null>({
    kind: "decimal",
    expected,
    parse(raw) {
      const s = raw.trim();
      if (s === "" && optional) return null;
      const n = NUMBER.test(s) ? Number(s) : NaN;
      if (!Number.isFinite(n) || (min !== undefined && n < min) || (max !== undefined && n > max)) return INVALID;
      return n;
    },
  });
}

export const YEAR_MIN = 1946;

/** latestPlausibleYear's answer and the span of time it holds for: [latestFrom, latestUntil). */
let latestFrom = 0;
let latestUntil = 0;
let latest = 0;
/**
 * The last year a data file may hold: next year. UCDP codes a year once it has ended, and the
 * other sources report the past, so a later year is a typing slip (2099 for 2009), not data; next
 * year still passes, for a file dated ahead across New Year. Read for every cell (cached until the
 * year turns), so a server that runs past New Year moves with the calendar.
 */
export function latestPlausibleYear(now: number = Date.now()): number {
  if (now >= latestUntil || now < latestFrom) {
    const year = new Date(now).getUTCFullYear();
    latest = year + 1;
    latestFrom = Date.UTC(year, 0, 1);
    latestUntil = Date.UTC(year + 1, 0, 1);
  }
  return latest;
}

/** A year cell: UCDP's first year (1946) to next year (latestPlausibleYear). */
export const yearCell = () =>
  cell<number>({
    kind: "int",
    get expected() {
      return `a year from ${YEAR_MIN} to ${latestPlausibleYear()} (no later than next year)`;
    },
    parse(raw) {
      const s = raw.trim();
      if (!INT.test(s)) return INVALID;
      const n = Number(s);
      return n >= YEAR_MIN && n <= latestPlausibleYear() ? n : INVALID;
    },
  });
export const countCell = () => intCell({ min: 0, expected: "a count: a whole number ≥ 0" });
export const idCell = () => intCell({ min: 0, expected: "an id: a whole number ≥ 0" });

/** Free text, kept as written (an empty cell stays ""); `required` refuses blank text. */
export function textCell(options: { required?: boolean } = {}): z.ZodType<string, string> {
  const required = options.required ?? false;
  return cell({ kind: "text", expected: "a non-empty text", parse: (raw) => (required && raw.trim() === "" ? INVALID : raw) });
}

/** A text cell that must equal one of a few values. */
export function oneOfCell(values: readonly string[]): z.ZodType<string, string> {
  return cell({ kind: "text", expected: `one of: ${values.join(", ")}`, parse: (raw) => (values.includes(raw) ? raw : INVALID) });
}

/** A text cell that must match a pattern (peace-ops "1997m3", mission ids). */
export function patternCell(pattern: RegExp, expected: string): z.ZodType<string, string> {
  return cell({ kind: "text", expected, parse: (raw) => (pattern.test(raw) ? raw : INVALID) });
}

const ISO_DATE = /^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** An ISO date with the precision the source gives (YYYY, YYYY-MM, YYYY-MM-DD); empty → "" when optional. */
export function partialDateCell(options: { optional?: boolean } = {}): z.ZodType<string, string> {
  const optional = options.optional ?? false;
  return cell({
    kind: "date",
    expected: `a date as YYYY-MM-DD (or YYYY-MM, YYYY)${optional ? ", or empty" : ""}`,
    parse: (raw) => ((optional && raw === "") || ISO_DATE.test(raw) ? raw : INVALID),
  });
}

const DATE_TIME = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A GED date ("2013-01-03 00:00:00" in CSV, "2013-01-03T00:00:00" in GeoJSON) → "2013-01-03". */
export function dayCell(): z.ZodType<{ date: string; year: number; month: number }, string> {
  return cell({
    kind: "datetime",
    expected: "a date as YYYY-MM-DD, optionally followed by a time",
    parse(raw) {
      const m = DATE_TIME.exec(raw.trim());
      if (!m) return INVALID;
      return { date: `${m[1]}-${m[2]}-${m[3]}`, year: Number(m[1]), month: Number(m[2]) };
    },
  });
}

/** UCDP region codes: 1 Europe, 2 Middle East, 3 Asia, 4 Africa, 5 Americas; several joined by ", ". */
export const UCDP_REGION_CODES = ["1", "2", "3", "4", "5"] as const;
export function ucdpRegionCell(): z.ZodType<string, string> {
  return cell({
    kind: "text",
    expected: "UCDP region codes 1–5 (1 Europe, 2 Middle East, 3 Asia, 4 Africa, 5 Americas), several separated by commas",
    parse: (raw) => (raw.split(",").every((part) => (UCDP_REGION_CODES as readonly string[]).includes(part.trim())) ? raw : INVALID),
  });
}

/** GED names its regions in words. */
export const GED_REGIONS = ["Africa", "Americas", "Asia", "Europe", "Middle East"] as const;
export function gedRegionCell(): z.ZodType<string, string> {
  return cell({
    kind: "text",
    expected: `a GED region (${GED_REGIONS.join(", ")}), several separated by commas`,
    parse: (raw) => (raw.split(",").every((part) => (GED_REGIONS as readonly string[]).includes(part.trim())) ? raw : INVALID),
  });
}

/** The version column of UCDP files ("24.1"). */
export function versionCell(): z.ZodType<string, string> {
  return cell({ kind: "text", expected: "a release number such as 24.1", parse: (raw) => (VERSION.test(raw.trim()) ? raw : INVALID) });
}
export const VERSION = /^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$/;

/** Shortens a value for an error report. */
export function shown(value: string | undefined): string {
  if (value === undefined) return "";
  return value.length > 120 ? `${value.slice(0, 117)}…` : value;
}

type CompiledRow = {
  keys: string[];
  /** The cell's parse function, or null when zod parses the column itself. */
  specs: (CellSpec<unknown> | null)[];
  schemas: z.ZodType[];
  optional: boolean[];
};

const compiledRows = new WeakMap<z.ZodType, CompiledRow | null>();

function compile(schema: z.ZodType): CompiledRow | null {
  if (compiledRows.has(schema)) return compiledRows.get(schema)!;
  let compiled: CompiledRow | null = null;
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const keys = Object.keys(shape);
    compiled = { keys, specs: [], schemas: [], optional: [] };
    for (const key of keys) {
      const column = shape[key]!;
      const optional = column instanceof z.ZodOptional;
      const inner = optional ? (column.unwrap() as z.ZodType) : column;
      compiled.specs.push(cellSpecs.get(inner) ?? null);
      compiled.schemas.push(inner);
      compiled.optional.push(optional);
    }
  }
  compiledRows.set(schema, compiled);
  return compiled;
}

/** The kind of each column of a row schema built from cells (text for anything else). */
export function columnKinds(schema: z.ZodType): Record<string, ColumnKind> {
  const compiled = compile(schema);
  if (!compiled) return {};
  return Object.fromEntries(compiled.keys.map((key, i) => [key, compiled.specs[i]?.kind ?? "text"]));
}

/**
 * Validates one row: `cells` maps column → text. Returns the parsed row, or the row's errors
 * (one per column at most, in column order). With a spreadsheet `dialect` (lib/importers/dialect.ts),
 * a date or number the canonical parse refuses is read once more as the file writes it
 * ("29/05/1997", "1.234"); errors always show the cell as written.
 */
export function validateRow<S extends z.ZodType>(
  schema: S,
  cells: Record<string, string>,
  line: number,
  dialect?: Dialect,
): { ok: true; value: z.output<S> } | { ok: false; errors: ImportError[] } {
  const compiled = compile(schema);
  if (!compiled) return validateWithZod(schema, cells, line);
  const value: Record<string, unknown> = {};
  let errors: ImportError[] | null = null;
  const { keys, specs, schemas, optional } = compiled;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const raw = cells[key];
    if (raw === undefined && optional[i]) continue;
    const spec = specs[i];
    if (spec && raw !== undefined) {
      let parsed = spec.parse(raw);
      if (parsed === INVALID && dialect && spec.kind !== "text") {
        const alternative = normaliseCell(raw, spec.kind, dialect);
        if (alternative !== null) parsed = spec.parse(alternative);
      }
      if (parsed !== INVALID) value[key] = parsed;
      else (errors ??= []).push({ line, column: key, value: shown(raw), expected: spec.expected });
      continue;
    }
    const result = schemas[i]!.safeParse(raw);
    if (result.success) value[key] = result.data;
    else (errors ??= []).push({ line, column: key, value: shown(raw), expected: result.error.issues[0]?.message ?? "a valid value" });
  }
  return errors ? { ok: false, errors } : { ok: true, value: value as z.output<S> };
}

function validateWithZod<S extends z.ZodType>(
  schema: S,
  cells: Record<string, string>,
  line: number,
): { ok: true; value: z.output<S> } | { ok: false; errors: ImportError[] } {
  const result = schema.safeParse(cells);
  if (result.success) return { ok: true, value: result.data };
  const seen = new Set<string>();
  const errors: ImportError[] = [];
  for (const issue of result.error.issues) {
    const column = issue.path.length > 0 ? String(issue.path[0]) : "(row)";
    if (seen.has(column)) continue;
    seen.add(column);
    errors.push({ line, column, value: shown(cells[column]), expected: issue.message });
  }
  return { ok: false, errors };
}
