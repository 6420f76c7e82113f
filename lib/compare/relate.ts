import { sourceLabel } from "../citation-text";
import { formatFigureValue } from "../format";
import { describeDiscrepancy } from "../series";
import type { FigureView } from "../queries/figures";

/**
 * How one source's figure relates to another's for the same quantity, in words an analyst can
 * paste — for "Where sources disagree". Pure.
 *
 * - Units that count the same thing are compared: deaths are people; durations are compared in
 *   days, a figure in weeks, months or years being precise to half its unit ("six weeks" is 42 ± 3.5
 *   days). Other units are not compared.
 * - A bound ("over 7,000", "at most 1,960", "400–450") is checked: the other value is consistent
 *   with it or falls outside it.
 * - An approximate figure ("about 2,000") is precise to 5 %; values within the stated precision of
 *   each other are "consistent within the stated precision", with the arithmetic difference.
 * - Two plain values differ: "UCDP BRD 24.1 gives 452 more (+10.2 %) than ISPI dossier 2021".
 * - When the curated comparison judges the sources to agree (or to differ only in precision), the
 *   verdict never claims a disagreement: the difference is stated neutrally, and the note explains.
 */

export type Stated = { best: number | null; low: number | null; high: number | null; qualifier: string; unit: string; label: string };

const DAYS_PER: Record<string, number> = { days: 1, weeks: 7, months: 30.44, years: 365.25 };
/** Units that count people: a death is a person killed. */
const PERSONS = new Set(["people", "deaths"]);
const BOUNDS = new Set(["more_than", "at_least", "at_most", "range"]);
/** How far an "about" figure may be from the value it rounds. */
const ROUNDING = 0.05;

const fmt = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

type Norm = Stated & {
  /** half the unit the figure was stated in, in the common unit (0 when it was stated in that unit) */
  precision: number;
  /** the figure as its source states it: "6 weeks", "about 2,000", "at most 1,960" */
  text: string;
};

function point(s: Pick<Stated, "best" | "low" | "high">): number | null {
  return s.best ?? s.high ?? s.low;
}

/** Both figures in one unit, or null when their units do not count the same thing. */
function inCommonUnit(a: Stated, b: Stated): { a: Norm; b: Norm; converted: boolean } | null {
  const plain = (s: Stated, showUnit: boolean): Norm => ({ ...s, precision: 0, text: showUnit ? `${formatFigureValue(s)} ${s.unit}` : formatFigureValue(s) });
  if (a.unit === b.unit || (PERSONS.has(a.unit) && PERSONS.has(b.unit))) return { a: plain(a, false), b: plain(b, false), converted: false };
  const fa = DAYS_PER[a.unit];
  const fb = DAYS_PER[b.unit];
  if (fa === undefined || fb === undefined) return null;
  const toDays = (s: Stated, factor: number): Norm => {
    const k = (v: number | null) => (v === null ? null : v * factor);
    return { ...s, best: k(s.best), low: k(s.low), high: k(s.high), unit: "days", precision: s.unit === "days" ? 0 : factor / 2, text: `${formatFigureValue(s)} ${s.unit}` };
  };
  return { a: toDays(a, fa), b: toDays(b, fb), converted: true };
}

/** How far a figure's value may be from what it states: 5 % for "about", half its unit when converted. */
function tolerance(s: Norm): number {
  const v = point(s);
  const rounding = s.qualifier === "approximately" && v !== null ? Math.abs(v) * ROUNDING : 0;
  return Math.max(rounding, s.precision);
}

type Bound = { text: string; contains: (v: number) => boolean; gap: (v: number) => { by: number; edge: number } };

function boundOf(s: Norm): Bound {
  const x = point(s)!;
  switch (s.qualifier) {
    case "more_than":
      return { text: `“over ${fmt.format(x)}”`, contains: (v) => v > x, gap: (v) => ({ by: x - v, edge: x }) };
    case "at_least":
      return { text: `“at least ${fmt.format(x)}”`, contains: (v) => v >= x, gap: (v) => ({ by: x - v, edge: x }) };
    case "at_most": {
      const ceiling = s.high ?? s.best!;
      return { text: `ceiling of ${fmt.format(ceiling)}`, contains: (v) => v <= ceiling, gap: (v) => ({ by: v - ceiling, edge: ceiling }) };
    }
    default: {
      const lo = s.low ?? -Infinity;
      const hi = s.high ?? Infinity;
      return {
        text: `range ${fmt.format(s.low ?? 0)}–${fmt.format(s.high ?? 0)}`,
        contains: (v) => v >= lo && v <= hi,
        gap: (v) => (v < lo ? { by: lo - v, edge: lo } : { by: v - hi, edge: hi }),
      };
    }
  }
}

const percentFixed = (by: number, base: number) => (base === 0 ? "" : ` (${(Math.abs(by / base) * 100).toFixed(1)} %)`);

/**
 * The words for the "against the reference" column. `consistent`: the curated comparison judges
 * the sources to agree (FigureComparison.consistent), so no disagreement is claimed.
 */
export function relateStated(reference: Stated, other: Stated, options: { consistent?: boolean } = {}): string {
  const common = inCommonUnit(reference, other);
  if (!common) return `Not compared: ${other.unit} against ${reference.unit}`;
  let ref = common.a;
  let oth = common.b;
  // A bound stated by the other source is read the same way round: the value is checked against it.
  if (BOUNDS.has(oth.qualifier) && !BOUNDS.has(ref.qualifier)) [ref, oth] = [oth, ref];
  const v = point(oth);
  const r = point(ref);
  if (v === null || r === null) return "—";
  const unit = common.converted ? " days" : "";
  const pair = `${oth.text} (${oth.label}) and ${ref.text} (${ref.label})`;
  const withinPrecision = (by: number, base: number) => `${pair} are consistent within the stated precision; they differ by ${fmt.format(Math.abs(by))}${unit}${percentFixed(by, base)}`;
  const neutral = (by: number, base: number) => `${pair} differ by ${fmt.format(Math.abs(by))}${unit}${percentFixed(by, base)}`;

  if (BOUNDS.has(ref.qualifier)) {
    const bound = boundOf(ref);
    if (bound.contains(v)) return `${oth.label}'s ${fmt.format(v)}${unit} is consistent with ${ref.label}'s ${bound.text}`;
    const { by, edge } = bound.gap(v);
    if (by <= tolerance(oth) + tolerance(ref)) return withinPrecision(by, edge);
    if (options.consistent) return neutral(by, edge);
    return `${oth.label}'s ${fmt.format(v)}${unit} falls outside ${ref.label}'s ${bound.text}`;
  }

  const difference = v - r;
  if (difference === 0) return `${oth.label} and ${ref.label} agree (${fmt.format(v)}${unit})`;
  const approximate = ref.qualifier === "approximately" || oth.qualifier === "approximately";
  if (approximate && r !== 0 && Math.abs(difference) / Math.abs(r) <= ROUNDING) {
    return `${oth.label} (${fmt.format(v)}${unit}) and ${ref.label} (${fmt.format(r)}${unit}) agree within rounding`;
  }
  if (Math.abs(difference) <= tolerance(oth) + tolerance(ref)) return withinPrecision(difference, r);
  if (options.consistent) return neutral(difference, r);
  return describeDiscrepancy({ label: ref.label, value: r }, { label: oth.label, value: v }).text + (unit ? " (in days)" : "");
}

type Labelled = Pick<FigureView, "source" | "locator">;

/**
 * A figure's source label for a comparison sentence, told apart from the other figure's when both
 * come from the same source: "ISPI dossier 2021, Vartanyan" (and the lines when the author is the same too).
 */
export function pairLabels(reference: Labelled, other: Labelled): [string, string] {
  const a = sourceLabel(reference.source);
  const b = sourceLabel(other.source);
  if (a !== b) return [a, b];
  const detail = (f: Labelled, withLines: boolean): string => {
    const l = f.locator;
    if (l.kind === "dossier") return withLines ? `${l.author}, lines ${l.lineStart}–${l.lineEnd}` : l.author;
    if (l.kind === "row") return l.rowKey;
    return l.section ?? "document";
  };
  const sameAuthor = detail(reference, false) === detail(other, false);
  return [`${a}, ${detail(reference, sameAuthor)}`, `${b}, ${detail(other, sameAuthor)}`];
}

/** What a figure states, for relateStated, under a label. */
export function stated(f: Pick<FigureView, "best" | "low" | "high" | "qualifier" | "unit">, label: string): Stated {
  return { best: f.best, low: f.low, high: f.high, qualifier: f.qualifier, unit: f.unit, label };
}
