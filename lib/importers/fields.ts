import { z } from "zod";
import type { ImportError } from "./types";

/**
 * zod schemas for the cells of a data file. Every cell arrives as text (CSV cells, GeoJSON
 * properties turned into text by geojson.ts); each schema parses it into the value stored and,
 * when it cannot, raises one issue whose message says what was expected, in words. The issue's
 * path is the column name, so a failed row becomes ImportErrors without further mapping.
 */

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
  const expected = options.expected ?? describeInt(options);
  return z.string().transform((raw, ctx) => {
    const s = raw.trim();
    if (s === "" && options.nullable) return null;
    if (!INT.test(s)) {
      ctx.addIssue({ code: "custom", message: expected });
      return z.NEVER;
    }
    const n = Number(s);
    if (!Number.isSafeInteger(n) || (options.min !== undefined && n < options.min) || (options.max !== undefined && n > options.max)) {
      ctx.addIssue({ code: "custom", message: expected });
      return z.NEVER;
    }
    return n;
  });
}

/** One of a few integer codes (type_of_violence 1–3, org 1–3). */
export function codeCell(codes: readonly number[], meaning?: string): z.ZodType<number, string> {
  const expected = `one of ${codes.join(", ")}${meaning ? ` (${meaning})` : ""}`;
  return z.string().transform((raw, ctx) => {
    const s = raw.trim();
    const n = INT.test(s) ? Number(s) : NaN;
    if (!codes.includes(n)) {
      ctx.addIssue({ code: "custom", message: expected });
      return z.NEVER;
    }
    return n;
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
  return z.string().transform((raw, ctx) => {
    const s = raw.trim();
    if (s === "" && optional) return null;
    const n = NUMBER.test(s) ? Number(s) : NaN;
    if (!Number.isFinite(n) || (min !== undefined && n < min) || (max !== undefined && n > max)) {
      ctx.addIssue({ code: "custom", message: expected });
      return z.NEVER;
    }
    return n;
  });
}

export const YEAR_MIN = 1946;
export const YEAR_MAX = 2100;
export const yearCell = () => intCell({ min: YEAR_MIN, max: YEAR_MAX, expected: `a year from ${YEAR_MIN} to ${YEAR_MAX}` });
export const countCell = () => intCell({ min: 0, expected: "a count: a whole number ≥ 0" });
export const idCell = () => intCell({ min: 0, expected: "an id: a whole number ≥ 0" });

/** Free text, kept as written (an empty cell stays ""); `required` refuses blank text. */
export function textCell(options: { required?: boolean } = {}): z.ZodType<string, string> {
  return z.string().refine((s) => !options.required || s.trim() !== "", { message: "a non-empty text" });
}

/** A text cell that must equal one of a few values. */
export function oneOfCell(values: readonly string[]): z.ZodType<string, string> {
  return z.string().refine((s) => values.includes(s), { message: `one of: ${values.join(", ")}` });
}

const ISO_DATE = /^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** An ISO date with the precision the source gives (YYYY, YYYY-MM, YYYY-MM-DD); empty → "" when optional. */
export function partialDateCell(options: { optional?: boolean } = {}): z.ZodType<string, string> {
  return z.string().refine((s) => (options.optional && s === "") || ISO_DATE.test(s), {
    message: `a date as YYYY-MM-DD (or YYYY-MM, YYYY)${options.optional ? ", or empty" : ""}`,
  });
}

const DATE_TIME = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A GED date ("2013-01-03 00:00:00" in CSV, "2013-01-03T00:00:00" in GeoJSON) → "2013-01-03". */
export function dayCell(): z.ZodType<{ date: string; year: number; month: number }, string> {
  return z.string().transform((raw, ctx) => {
    const m = DATE_TIME.exec(raw.trim());
    if (!m) {
      ctx.addIssue({ code: "custom", message: "a date as YYYY-MM-DD, optionally followed by a time" });
      return z.NEVER;
    }
    return { date: `${m[1]}-${m[2]}-${m[3]}`, year: Number(m[1]), month: Number(m[2]) };
  });
}

/** UCDP region codes: 1 Europe, 2 Middle East, 3 Asia, 4 Africa, 5 Americas; several joined by ", ". */
export const UCDP_REGION_CODES = ["1", "2", "3", "4", "5"] as const;
export function ucdpRegionCell(): z.ZodType<string, string> {
  return z.string().refine((s) => s.split(",").every((part) => (UCDP_REGION_CODES as readonly string[]).includes(part.trim())), {
    message: "UCDP region codes 1–5 (1 Europe, 2 Middle East, 3 Asia, 4 Africa, 5 Americas), several separated by commas",
  });
}

/** GED names its regions in words. */
export const GED_REGIONS = ["Africa", "Americas", "Asia", "Europe", "Middle East"] as const;
export function gedRegionCell(): z.ZodType<string, string> {
  return z.string().refine((s) => s.split(",").every((part) => (GED_REGIONS as readonly string[]).includes(part.trim())), {
    message: `a GED region (${GED_REGIONS.join(", ")}), several separated by commas`,
  });
}

/** The version column of UCDP files ("24.1"). */
export function versionCell(): z.ZodType<string, string> {
  return z.string().refine((s) => VERSION.test(s.trim()), { message: "a release number such as 24.1" });
}
export const VERSION = /^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$/;

/** Shortens a value for an error report. */
export function shown(value: string | undefined): string {
  if (value === undefined) return "";
  return value.length > 120 ? `${value.slice(0, 117)}…` : value;
}

/**
 * Validates one row: `cells` maps column → text. Returns the parsed row, or the row's errors
 * (one per column at most, in column order).
 */
export function validateRow<S extends z.ZodType>(
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
