/** Pure formatting shared by pages, tables, charts and exports (so what is exported is what is seen). */

const integer = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  return Number.isInteger(value) ? integer.format(value) : decimal.format(value);
}

export type FigureValue = {
  best: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
};

/** "7,646 (7,548–9,077)", "over 7,000", "400–450 at most", "6,000–7,000". */
export function formatFigureValue(f: FigureValue): string {
  const range = f.low !== null && f.high !== null && f.low !== f.high ? `${formatNumber(f.low)}–${formatNumber(f.high)}` : null;
  const main = f.best !== null ? formatNumber(f.best) : range ?? formatNumber(f.low ?? f.high);
  switch (f.qualifier) {
    case "approximately":
      return `about ${main}`;
    case "more_than":
      return `over ${main}`;
    case "at_least":
      return `at least ${main}`;
    case "at_most":
      return f.best === null && range ? `at most ${range}` : `at most ${main}`;
    case "range":
      return range ?? main;
    default:
      return f.best !== null && range ? `${main} (${range})` : main;
  }
}

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "1992", "Jul 1992", "21 Jul 1992" from ISO partial dates; em dash when unknown. */
export function formatPartialDate(value: string | null | undefined): string {
  if (!value) return "—";
  const [y, m, d] = value.split("-");
  if (!m) return y ?? value;
  const month = months[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function formatPeriod(start: string | null | undefined, end: string | null | undefined, openLabel = "present"): string {
  if (!start && !end) return "—";
  if (start && end && start === end) return formatPartialDate(start);
  return `${formatPartialDate(start)} – ${end ? formatPartialDate(end) : openLabel}`;
}

export function parseJsonList(value: string): string[] {
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

/** A figure's date or period: its own period, else its year. */
export function formatFigurePeriod(f: { periodStart: string | null; periodEnd: string | null; year: number | null }): string {
  const start = f.periodStart ?? (f.year !== null ? String(f.year) : null);
  return formatPeriod(start, f.periodEnd ?? start);
}

/** A mission's period in words its status allows: an ended mission without a recorded end does not run to "present". */
export function formatMissionPeriod(m: { startDate: string | null; endDate: string | null; status: string }): string {
  const open = m.status === "proposed" ? "never deployed" : m.status === "ended" ? "end not recorded" : "present";
  return formatPeriod(m.startDate, m.endDate, open);
}

const SINGULAR: Record<string, string> = {
  deaths: "death",
  people: "person",
  vehicles: "vehicle",
  checkpoints: "checkpoint",
  missions: "mission",
  days: "day",
  weeks: "week",
  months: "month",
  years: "year",
  items: "item",
  sentences: "sentence",
  states: "state",
};

/**
 * A figure's unit as it reads after its value: "1 year", "6 weeks", "about 2,000 people", "8 km".
 * Singular only for a value of exactly one (not a range); a rank has no unit to show ("" then).
 */
export function formatUnit(f: FigureValue, unit: string): string {
  if (unit === "rank") return "";
  const value = f.best ?? (f.low !== null && f.low === f.high ? f.low : null);
  const spread = f.low !== null && f.high !== null && f.low !== f.high;
  const one = value === 1 && !spread && f.qualifier !== "range";
  return one ? (SINGULAR[unit] ?? unit) : unit;
}

/** A figure's value with its unit: "1 year", "over 7,000 deaths", "at most 1,960 people". */
export function formatFigureWithUnit(f: FigureValue, unit: string): string {
  const u = formatUnit(f, unit);
  return u ? `${formatFigureValue(f)} ${u}` : formatFigureValue(f);
}
