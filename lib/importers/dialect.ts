import type { ColumnKind } from "./fields";

/**
 * How a CSV file writes its cells. UCDP's own files are plain: comma-separated, ISO dates
 * (1997-05-29), numbers without grouping (7646, 35.763369). A copy a colleague re-saved in a
 * spreadsheet may use another delimiter (";" in locales whose decimal mark is a comma, tab for
 * "text" exports), dates as the locale shows them (5/29/97, 29/05/1997, 29.05.1997) and numbers
 * with thousands separators (1,234 · 1.234 · 1 234).
 *
 * Everything is decided per file, from the file, and never guessed row by row:
 * - the delimiter from the header (the candidate that splits it into the most known column
 *   names, lib/importers/detect.ts);
 * - the date order from the file's own dates: a date whose first number is above 12 can only
 *   be day first, one whose second is above 12 only month first. A file with both is refused
 *   (mixed styles); a file whose every such date has day and month ≤ 12 is refused as ambiguous
 *   unless the import names the order (--date-order dmy|mdy);
 * - the decimal mark: "." in comma-separated files (a grouped number there must be quoted:
 *   "1,234"); for ";" and tab files from the file's numbers (a decimal cell like 35,76 or 35.76,
 *   a whole-number cell grouped like 1.234 or 1,234), and by the European convention (decimal
 *   comma) for ";" files that give no evidence either way. Contradicting evidence, or a decimal
 *   cell like 1,234 that reads 1.234 or 1234 with nothing in the file to decide, is refused.
 *
 * Reading a cell: the canonical parse (fields.ts) comes first, so UCDP's files pay nothing; only
 * a cell it refuses is normalised here and parsed again.
 */

export type Delimiter = "," | ";" | "\t";
export type DateOrder = "dmy" | "mdy";

export type Dialect = {
  delimiter: Delimiter;
  /** "," or "." (the other one, and spaces, group thousands). */
  decimal: "." | ",";
  /** The order of day and month in the file's dates that are not ISO; null when it has none (or none seen). */
  dateOrder: DateOrder | null;
};

export const DELIMITER_NAMES: Record<Delimiter, string> = { ",": "comma", ";": "semicolon", "\t": "tab" };

// Spaces that spreadsheets put between thousands: space, no-break space, narrow no-break space (French Excel).
const SPACES = " \u00a0\u202f";

function escapeClass(chars: string): string {
  return chars.replace(/[\]\\^-]/g, "\\$&");
}

const groupedPatterns = new Map<string, RegExp>();
/** A number grouped by thousands with one of `groups`, with an optional fraction after `decimal`. */
function groupedNumber(decimal: "." | ",", groups: string): RegExp {
  const key = decimal + groups;
  let re = groupedPatterns.get(key);
  if (!re) {
    const g = `[${escapeClass(groups)}]`;
    const d = escapeClass(decimal);
    // Either grouped (1,234,567 with the same separator throughout) or plain, then the fraction.
    re = new RegExp(`^([+-]?)(\\d{1,3}(${g})\\d{3}(?:\\3\\d{3})*|\\d+)(?:[${d}](\\d+))?$`);
    groupedPatterns.set(key, re);
  }
  return re;
}

function otherMark(decimal: "." | ","): string {
  return (decimal === "." ? "," : ".") + SPACES;
}

/** A number as the file writes it → canonical text ("1.234,5" → "1234.5"), or null. */
export function normaliseNumber(raw: string, decimal: "." | ",", kind: "int" | "decimal"): string | null {
  const s = raw.trim();
  const m = groupedNumber(decimal, otherMark(decimal)).exec(s);
  if (!m) return null;
  const [, sign, whole, group, fraction] = m;
  const digits = group ? whole!.split(group).join("") : whole!;
  if (fraction === undefined) return `${sign}${digits}`;
  // A whole-number column accepts a fraction of zeros ("7,646.00": a cell formatted with decimals).
  if (kind === "int") return /^0+$/.test(fraction) ? `${sign}${digits}` : null;
  return `${sign}${digits}.${fraction}`;
}

const DMY_LIKE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s?([AaPp])[Mm])?)?$/;
const YMD_SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO_WITH_TIME = /^(\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}(?::\d{2})?$/;

/**
 * Two-digit years as Excel reads them: 00–29 are 2000–2029, 30–99 are 1930–1999
 * (https://learn.microsoft.com/en-us/office/troubleshoot/excel/two-digit-year-numbers).
 */
export function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** A date as the file writes it → "YYYY-MM-DD", or null (not a date, or its order unknown). */
export function normaliseDate(raw: string, order: DateOrder | null): string | null {
  const s = raw.trim();
  const iso = ISO_WITH_TIME.exec(s);
  if (iso) return iso[1]!;
  const ymd = YMD_SLASHED.exec(s);
  if (ymd) return `${ymd[1]}-${pad2(Number(ymd[2]))}-${pad2(Number(ymd[3]))}`;
  const m = DMY_LIKE.exec(s);
  if (!m || !order) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const [day, month] = order === "dmy" ? [a, b] : [b, a];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${fullYear(m[4]!)}-${pad2(month)}-${pad2(day)}`;
}

/** The canonical text of a cell the canonical parse refused, or null when there is none. */
export function normaliseCell(raw: string, kind: ColumnKind, dialect: Dialect): string | null {
  switch (kind) {
    case "int":
    case "decimal":
      return normaliseNumber(raw, dialect.decimal, kind);
    case "date":
    case "datetime":
      return normaliseDate(raw, dialect.dateOrder);
    default:
      return null;
  }
}

/** A date cell that is not ISO and so says something about the order of day and month. */
export function dateEvidence(raw: string): "dmy" | "mdy" | "ambiguous" | null {
  const m = DMY_LIKE.exec(raw.trim());
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (a > 12 && b <= 12) return "dmy";
  if (b > 12 && a <= 12) return "mdy";
  if (a <= 12 && b <= 12) return "ambiguous";
  return null; // both above 12: not a date in either order (validation will say so)
}

/** What a number cell says about the decimal mark: "," or ".", "ambiguous" (1,234 in a decimal column), or null. */
export function decimalEvidence(raw: string, kind: "int" | "decimal"): "." | "," | "ambiguous" | null {
  const s = raw.trim();
  const hasComma = s.includes(",");
  const hasDot = s.includes(".");
  if (!hasComma && !hasDot) return null;
  if (hasComma && hasDot) {
    // Both marks: the last one is the decimal mark (1.234,5 · 1,234.5).
    if (!/^[+-]?[\d.,]+$/.test(s)) return null;
    return s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
  }
  const mark = hasComma ? "," : ".";
  const parts = s.replace(/^[+-]/, "").split(mark);
  if (!parts.every((p) => /^\d+$/.test(p))) return null;
  const grouped = parts.length > 1 && parts[0]!.length <= 3 && parts.slice(1).every((p) => p.length === 3);
  if (parts.length > 2) return grouped ? (mark === "," ? "." : ",") : null; // 1.234.567 groups
  if (kind === "int") {
    // A whole number with a mark: grouped thousands (then the other mark is the decimal one) or x.00.
    if (grouped) return mark === "," ? "." : ",";
    return /^0+$/.test(parts[1]!) ? mark : null;
  }
  return grouped ? "ambiguous" : mark;
}

export type Evidence = { line: number; column: string; value: string };

/** Collects, over a file's rows, what its dates and numbers say; `decide` turns it into a dialect or a refusal. */
export class DialectEvidence {
  dmy?: Evidence;
  mdy?: Evidence;
  ambiguousDate?: Evidence;
  comma?: Evidence;
  dot?: Evidence;
  ambiguousNumber?: Evidence;

  add(raw: string, kind: ColumnKind, line: number, column: string): void {
    if (raw === "") return;
    if (kind === "date" || kind === "datetime") {
      const e = dateEvidence(raw);
      if (e === "dmy") this.dmy ??= { line, column, value: raw };
      else if (e === "mdy") this.mdy ??= { line, column, value: raw };
      else if (e === "ambiguous") this.ambiguousDate ??= { line, column, value: raw };
    } else if (kind === "int" || kind === "decimal") {
      const e = decimalEvidence(raw, kind);
      if (e === ",") this.comma ??= { line, column, value: raw };
      else if (e === ".") this.dot ??= { line, column, value: raw };
      else if (e === "ambiguous") this.ambiguousNumber ??= { line, column, value: raw };
    }
  }

  /** Whether the evidence so far already shows the file is not written the canonical way. */
  get unusual(): boolean {
    return Boolean(this.dmy || this.mdy || this.ambiguousDate || this.comma || this.ambiguousNumber);
  }
}

export type DialectRefusal = Evidence & { expected: string };

const at = (e: Evidence) => `line ${e.line}, ${e.column} "${e.value}"`;

/** The file's dialect from its evidence, or why it cannot be read safely. */
export function decideDialect(
  delimiter: Delimiter,
  ev: DialectEvidence,
  given: { dateOrder?: DateOrder } = {},
): { dialect: Dialect } | { refusal: DialectRefusal } {
  let dateOrder: DateOrder | null = given.dateOrder ?? null;
  if (!dateOrder) {
    if (ev.dmy && ev.mdy) {
      return {
        refusal: {
          ...ev.mdy,
          expected: `dates in one style: ${at(ev.dmy)} can only be day/month/year, this one only month/day/year; re-export the file with ISO dates (YYYY-MM-DD)`,
        },
      };
    }
    if (ev.dmy) dateOrder = "dmy";
    else if (ev.mdy) dateOrder = "mdy";
    else if (ev.ambiguousDate) {
      return {
        refusal: {
          ...ev.ambiguousDate,
          expected:
            "dates whose day/month order can be told: every date in this file has day and month ≤ 12, so 05/06 could be 5 June or 6 May; re-export the file with ISO dates (YYYY-MM-DD), or name the order (--date-order dmy or mdy; on /imports, the date order field)",
        },
      };
    }
  }

  let decimal: "." | ",";
  if (delimiter === ",") {
    // In a comma-separated file a comma inside a (quoted) number can only group thousands.
    if (ev.comma) {
      return {
        refusal: {
          ...ev.comma,
          expected:
            'a number with "." for decimals: in a comma-separated file a number may group thousands with "," ("1,234.5", quoted) but not use a decimal comma; save the file with ";" as the delimiter to keep decimal commas',
        },
      };
    }
    decimal = ".";
  } else if (ev.comma && ev.dot) {
    return {
      refusal: {
        ...ev.dot,
        expected: `numbers in one style: ${at(ev.comma)} uses a decimal comma (or "." between thousands), this one a decimal point (or "," between thousands)`,
      },
    };
  } else if (ev.comma) decimal = ",";
  else if (ev.dot) decimal = ".";
  else if (ev.ambiguousNumber) {
    return {
      refusal: {
        ...ev.ambiguousNumber,
        expected:
          "numbers whose decimal mark can be told: nothing in this file says whether \"1,234\" is one thousand two hundred and thirty-four or one point two three four; re-export the file with \",\" as the delimiter and \".\" for decimals",
      },
    };
  } else decimal = delimiter === ";" ? "," : ".";

  return { dialect: { delimiter, decimal, dateOrder } };
}
