/**
 * Chart state (owid-grapher's first layer): query results → chart series, no pixels.
 * The same rows feed the chart, its table view and its download, so what is downloaded is what is seen.
 */

/** Okabe–Ito: distinguishable for the common forms of colour blindness. */
export const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D1F", "#000000"] as const;

export function colourFor(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}

export type RangeSeries = {
  key: string;
  label: string;
  colour: string;
  points: { year: number; best: number; low: number; high: number }[];
};

export type RangeRow = { year: number } & Record<string, number | [number, number] | null>;

export type ScaleKind = "linear" | "log";

/**
 * One row per year from the earliest to the latest year any series has (inside the range),
 * with `<key>` = best and `<key>__range` = [low, high]. Years a series lacks are null, not 0:
 * UCDP records a year only when it reaches 25 battle-related deaths, so a gap means "below
 * threshold or inactive", never "zero". On a log scale values ≤ 0 cannot be drawn and become null.
 */
export function toRangeRows(series: RangeSeries[], options: { from?: number; to?: number; scale?: ScaleKind } = {}): RangeRow[] {
  const years = series.flatMap((s) => s.points.map((p) => p.year)).filter((y) => (options.from === undefined || y >= options.from) && (options.to === undefined || y <= options.to));
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const lookup = new Map(series.map((s) => [s.key, new Map(s.points.map((p) => [p.year, p]))]));
  const drawable = (v: number) => (options.scale === "log" && v <= 0 ? null : v);
  const rows: RangeRow[] = [];
  for (let year = first; year <= last; year++) {
    const row: RangeRow = { year } as RangeRow;
    for (const s of series) {
      const p = lookup.get(s.key)?.get(year);
      row[s.key] = p ? drawable(p.best) : null;
      const lo = p ? drawable(p.low) : null;
      const hi = p ? drawable(p.high) : null;
      row[`${s.key}__range`] = lo !== null && hi !== null ? [lo, hi] : null;
    }
    rows.push(row);
  }
  return rows;
}

export function yearExtent(series: RangeSeries[]): [number, number] | null {
  const years = series.flatMap((s) => s.points.map((p) => p.year));
  return years.length ? [Math.min(...years), Math.max(...years)] : null;
}

export type Discrepancy = {
  reference: number;
  other: number;
  difference: number;
  /** difference relative to the reference, e.g. 0.102 for +10.2 % */
  relative: number;
  text: string;
};

/**
 * How far one source's value is from another's for the same quantity, in words an analyst
 * can paste: "UCDP BRD 24.1 gives 452 more (+10.2 %) than ISPI 2021".
 */
export function describeDiscrepancy(reference: { label: string; value: number }, other: { label: string; value: number }): Discrepancy {
  const difference = other.value - reference.value;
  const relative = reference.value === 0 ? Number.NaN : difference / reference.value;
  const fmt = new Intl.NumberFormat("en-GB");
  const pct = Number.isNaN(relative) ? "" : ` (${relative >= 0 ? "+" : "−"}${Math.abs(relative * 100).toFixed(1)} %)`;
  const text =
    difference === 0
      ? `${other.label} and ${reference.label} agree (${fmt.format(other.value)})`
      : `${other.label} gives ${fmt.format(Math.abs(difference))} ${difference > 0 ? "more" : "fewer"}${pct} than ${reference.label}`;
  return { reference: reference.value, other: other.value, difference, relative, text };
}

/** A month of a strength series as the chart draws it (the figure itself stays on the server). */
export type MonthlyPoint = { period: string; value: number; variant: string };

export type MonthlySeries = { key: string; label: string; colour: string; points: MonthlyPoint[] };

export type MonthlyRow = { t: number; period: string } & Record<string, number | string | null>;

/**
 * A monthly series as it travels to the browser: a point is [period, value, index into variants].
 * A panel covers a mission month by month for decades; as objects its points were most of what
 * /compare sent (keys and variant names repeated on every one), packed they are a third of that.
 */
export type PackedMonthlySeries = { key: string; label: string; colour: string; variants: string[]; points: [string, number, number][] };

export function packMonthly(series: MonthlySeries): PackedMonthlySeries {
  const variants = [...new Set(series.points.map((p) => p.variant))];
  return { key: series.key, label: series.label, colour: series.colour, variants, points: series.points.map((p) => [p.period, p.value, variants.indexOf(p.variant)]) };
}

export function unpackMonthly(packed: PackedMonthlySeries): MonthlySeries {
  return {
    key: packed.key,
    label: packed.label,
    colour: packed.colour,
    points: packed.points.map(([period, value, variant]) => ({ period, value, variant: packed.variants[variant]! })),
  };
}

/** "1993-07" → 1993.5: months placed on a continuous time axis. */
export function periodToNumber(period: string): number {
  const [y, m] = period.split("-").map(Number);
  return (y ?? 0) + ((m ?? 1) - 1) / 12;
}

/**
 * Monthly strength rows: `<key>` = the panel's monthly value, `<key>__reported` = a SIPRI or
 * IPI report for that month (drawn as a dot, so reported and filled-in months stay distinct).
 */
export function toMonthlyRows(series: MonthlySeries[], monthlyVariant = "panel monthly"): MonthlyRow[] {
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort();
  const index = new Map(series.map((s) => [s.key, s.points]));
  return periods.map((period) => {
    const row = { t: periodToNumber(period), period } as MonthlyRow;
    for (const s of series) {
      const pts = index.get(s.key)!.filter((p) => p.period === period);
      row[s.key] = pts.find((p) => p.variant === monthlyVariant)?.value ?? null;
      row[`${s.key}__reported`] = pts.find((p) => p.variant !== monthlyVariant)?.value ?? null;
    }
    return row;
  });
}

/** One bar of a force-components chart, with its own source line. */
export type BarDatum = { key: string; label: string; subject: string; value: number; display: string; unit: string; sourceLine: string };

/** Running totals of a yearly series (best, low and high each accumulated), for the cumulative metric. */
export function toCumulative(points: { year: number; best: number; low: number; high: number }[]): { year: number; best: number; low: number; high: number }[] {
  let best = 0;
  let low = 0;
  let high = 0;
  return [...points]
    .sort((a, b) => a.year - b.year)
    .map((p) => {
      best += p.best;
      low += p.low;
      high += p.high;
      return { year: p.year, best, low, high };
    });
}

/** Sum of best/low/high over the years inside [from, to] (null bounds = open). */
export function sumOverYears(points: { year: number; best: number; low: number; high: number }[], from: number | null, to: number | null) {
  const inside = points.filter((p) => (from === null || p.year >= from) && (to === null || p.year <= to));
  return {
    years: inside.length,
    best: inside.reduce((s, p) => s + p.best, 0),
    low: inside.reduce((s, p) => s + p.low, 0),
    high: inside.reduce((s, p) => s + p.high, 0),
    first: inside[0]?.year ?? null,
    last: inside[inside.length - 1]?.year ?? null,
  };
}

/** "1 year", "3 years": a count with its noun in the right number. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${new Intl.NumberFormat("en-GB").format(n)} ${n === 1 ? singular : plural}`;
}

/**
 * The x-axis domain of a yearly chart: the chosen years when the view sets them (the axis follows
 * the range even where no series has data), else the data's first and last year. A single year
 * gets a year either side, so its point is not drawn on the axis's edge.
 */
export function yearDomain(rows: { year: number }[], from?: number | null, to?: number | null): [number, number] | null {
  const years = rows.map((r) => r.year);
  const first = from ?? (years.length ? Math.min(...years) : null);
  const last = to ?? (years.length ? Math.max(...years) : null);
  if (first === null || last === null) return null;
  if (first >= last) return [Math.min(first, last) - 1, Math.max(first, last) + 1];
  return [first, last];
}

/**
 * The years where a series has a value and neither the year before nor the year after has one.
 * A line draws nothing there and a band has no width, so such a year (a conflict recorded in a
 * single year, Transnistria's 1992) needs a marker of its own with its low–high whisker.
 */
export function isolatedYears(rows: RangeRow[], key: string): Set<number> {
  const has = new Set(rows.filter((r) => r[key] !== null && r[key] !== undefined).map((r) => r.year));
  return new Set([...has].filter((y) => !has.has(y - 1) && !has.has(y + 1)));
}

/**
 * Months of monthly series inside a range of years (null bounds = open), as the compare view's
 * "from" and "to" select them; a series keeps its key, label and colour even when no month is left.
 */
export function monthsWithinYears<S extends { points: { period: string }[] }>(series: S[], from: number | null | undefined, to: number | null | undefined): S[] {
  if ((from ?? null) === null && (to ?? null) === null) return series;
  const inside = (period: string) => {
    const year = Number(period.slice(0, 4));
    return (from == null || year >= from) && (to == null || year <= to);
  };
  return series.map((s) => ({ ...s, points: s.points.filter((p) => inside(p.period)) }));
}

/**
 * The time-axis domain of a monthly chart: the chosen years when set (January of "from" to
 * December of "to"), else the data's first and last month.
 */
export function monthDomain(rows: { t: number }[], from?: number | null, to?: number | null): [number, number] | null {
  const ts = rows.map((r) => r.t);
  const first = from != null ? from : ts.length ? Math.min(...ts) : null;
  const last = to != null ? to + 11 / 12 : ts.length ? Math.max(...ts) : null;
  if (first === null || last === null) return null;
  if (first >= last) return [Math.min(first, last) - 0.5, Math.max(first, last) + 0.5];
  return [first, last];
}

/** Whole years inside a time-axis domain, every year or every few years so that at most `max` are labelled. */
export function yearTicks(domain: [number, number], max = 10): number[] {
  const first = Math.ceil(domain[0] - 1e-9);
  const last = Math.floor(domain[1] + 1e-9);
  if (last < first) return [];
  const span = last - first;
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => Math.floor(span / s) + 1 <= max) ?? Math.ceil(span / (max - 1));
  const start = Math.ceil(first / step) * step;
  const ticks: number[] = [];
  for (let y = start; y <= last; y += step) ticks.push(y);
  return ticks.length ? ticks : [first];
}

/** A source line that starts with "Source:" once, whether or not it came with it. */
export function sourced(line: string): string {
  return /^sources?:/i.test(line.trim()) ? line.trim() : `Source: ${line.trim()}`;
}

/**
 * A value axis's title from a chart's measure: the words before any parenthesis ("Fatalities per
 * year by type of violence (best estimate; …)" → "Fatalities per year by type of violence"),
 * shortened at a word to fit the axis.
 */
export function axisTitleFrom(measure: string, max = 48): string {
  const plain = measure.replace(/\s*\(.*$/, "").trim() || measure.trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length).replace(/[,;:]$/, "")}…`;
}
