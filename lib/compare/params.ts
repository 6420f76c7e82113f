/**
 * The /compare view in the URL: `c` (the conflicts), `metric`, `scale`, `from`, `to`, `hide`
 * (comparison-table rows hidden) and `rows` (their order). Pure: the server parses the selection
 * and the client the view, with the same rules. Anything malformed falls back to its default
 * and is reported as a sentence naming the parameter — never an error page.
 */

export const METRICS = ["deaths", "cumulative"] as const;
export type Metric = (typeof METRICS)[number];
export const SCALES = ["linear", "log"] as const;
export type Scale = (typeof SCALES)[number];

export const ROW_IDS = [
  "period",
  "status",
  "type",
  "region",
  "parties",
  "backers",
  "russia",
  "missions",
  "size",
  "mandate",
  "peak",
  "total",
  "war-years",
  "arguments",
] as const;
export type RowId = (typeof ROW_IDS)[number];

export type CompareView = {
  metric: Metric;
  scale: Scale;
  from: number | null;
  to: number | null;
  hidden: RowId[];
  order: RowId[];
};

export const DEFAULT_VIEW: CompareView = { metric: "deaths", scale: "linear", from: null, to: null, hidden: [], order: [...ROW_IDS] };

export const MAX_CONFLICTS = 8;

type Reader = { get(name: string): string | null; getAll?(name: string): string[] };

// Plain checks rather than zod: this module runs in the browser too, and zod would add ~30 KB to /compare.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isYear = (v: string) => /^\d{4}$/.test(v) && Number(v) >= 1900 && Number(v) <= 2100;
const quoted = (items: string[]) => items.map((s) => `“${s}”`).join(", ");

export type Selection = {
  /** the conflicts to compare, in order, at most MAX_CONFLICTS */
  slugs: string[];
  /** sentences naming what was not understood or left out */
  problems: string[];
  /** well-formed slugs of no known conflict (only when `known` is given) */
  unknown: string[];
  /** known conflicts left out by the cap */
  dropped: string[];
};

/**
 * The selected conflict slugs, in order, without duplicates; "Donbas " reads as "donbas".
 * Malformed entries and a repeated `c` are reported. With `known`, slugs of no known conflict are
 * set apart first and the cap of MAX_CONFLICTS applies to the known ones, so an unknown slug never
 * pushes a real conflict out; the conflicts the cap leaves out are named.
 */
export function parseSelection(params: Reader, known?: (slug: string) => boolean): Selection {
  const problems: string[] = [];
  const all = params.getAll?.("c") ?? [];
  const raw = params.get("c");
  if (all.length > 1) {
    problems.push(`c: given ${all.length} times; only the first (c=${all[0]}) is read, ${all.slice(1).map((v) => `c=${v}`).join(", ")} ignored`);
  }
  if (!raw) return { slugs: [], problems, unknown: [], dropped: [] };
  const slugs: string[] = [];
  for (const part of raw.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean)) {
    if (!SLUG.test(part)) problems.push(`c: “${part}” is not a conflict slug (lower-case letters, digits and hyphens)`);
    else if (!slugs.includes(part)) slugs.push(part);
  }
  const unknown = known ? slugs.filter((s) => !known(s)) : [];
  const kept = known ? slugs.filter((s) => known(s)) : slugs;
  const dropped = kept.slice(MAX_CONFLICTS);
  if (dropped.length) {
    problems.push(`c: at most ${MAX_CONFLICTS} conflicts side by side; showing the first ${MAX_CONFLICTS}, left out: ${quoted(dropped)}`);
  }
  return { slugs: kept.slice(0, MAX_CONFLICTS), problems, unknown, dropped };
}

/** The first and last year the selection has data for (deaths or strength); null when it has none. */
export type YearExtent = { first: number; last: number } | null;

/**
 * The view from the URL. With the selection's `extent`, a year beyond the data is brought to its
 * edge and named ("from: 2030 is after the last year with data (2023); showing 2023").
 */
export function parseView(params: Reader, extent: YearExtent = null): { view: CompareView; problems: string[] } {
  const problems: string[] = [];
  const view: CompareView = { ...DEFAULT_VIEW, hidden: [], order: [...ROW_IDS] };
  const pick = <T extends string>(name: string, allowed: readonly T[], set: (v: T) => void) => {
    const v = params.get(name);
    if (v === null || v === "") return;
    if ((allowed as readonly string[]).includes(v)) set(v as T);
    else problems.push(`${name}: “${v}” is not one of ${allowed.join(", ")}; showing ${String(DEFAULT_VIEW[name as keyof CompareView])}`);
  };
  pick("metric", METRICS, (v) => (view.metric = v));
  pick("scale", SCALES, (v) => (view.scale = v));
  for (const name of ["from", "to"] as const) {
    const v = params.get(name);
    if (v === null || v === "") continue;
    if (isYear(v)) view[name] = Number(v);
    else problems.push(`${name}: “${v}” is not a year between 1900 and 2100; showing all years`);
  }
  if (view.from !== null && view.to !== null && view.from > view.to) {
    problems.push(`from (${view.from}) is after to (${view.to}); showing all years`);
    view.from = null;
    view.to = null;
  }
  if (extent) {
    for (const name of ["from", "to"] as const) {
      const year = view[name];
      if (year === null) continue;
      if (year > extent.last) {
        problems.push(`${name}: ${year} is after the last year with data (${extent.last}); showing ${extent.last}`);
        view[name] = extent.last;
      } else if (year < extent.first) {
        problems.push(`${name}: ${year} is before the first year with data (${extent.first}); showing ${extent.first}`);
        view[name] = extent.first;
      }
    }
  }
  const rows = (name: string): RowId[] => {
    const v = params.get(name);
    if (!v) return [];
    const ids: RowId[] = [];
    for (const id of v.split(",").filter(Boolean)) {
      if ((ROW_IDS as readonly string[]).includes(id)) ids.push(id as RowId);
      else problems.push(`${name}: the comparison table has no row “${id}”`);
    }
    return ids;
  };
  view.hidden = rows("hide");
  const order = rows("rows");
  // Rows the order omits keep their default place after the ordered ones.
  if (order.length) view.order = [...new Set([...order, ...ROW_IDS])];
  return { view, problems };
}

/** The settings of the comparison table under `table.` (TanStack's view state has more, which this table does not use). */
export const COMPARISON_TABLE_SETTINGS = ["sort", "q", "hide", "show"] as const;

/** `table.` parameters the comparison table does not take (a column filter, grouping, pages), named. */
export function comparisonTableProblems(params: { forEach(cb: (value: string, key: string) => void): void }): string[] {
  const problems: string[] = [];
  params.forEach((_value, name) => {
    if (!name.startsWith("table.")) return;
    const setting = name.slice("table.".length);
    if (!(COMPARISON_TABLE_SETTINGS as readonly string[]).includes(setting)) {
      problems.push(`${name}: the comparison table has no such setting (it takes ${COMPARISON_TABLE_SETTINGS.map((s) => `table.${s}`).join(", ")})`);
    }
  });
  return problems;
}

/** Writes the view over existing parameters (the selection and tables' own stay). */
export function writeView(base: URLSearchParams, view: CompareView): URLSearchParams {
  const next = new URLSearchParams(base);
  const set = (name: string, value: string | null) => (value === null ? next.delete(name) : next.set(name, value));
  set("metric", view.metric === DEFAULT_VIEW.metric ? null : view.metric);
  set("scale", view.scale === DEFAULT_VIEW.scale ? null : view.scale);
  set("from", view.from === null ? null : String(view.from));
  set("to", view.to === null ? null : String(view.to));
  set("hide", view.hidden.length ? view.hidden.join(",") : null);
  set("rows", view.order.join(",") === ROW_IDS.join(",") ? null : view.order.join(","));
  return next;
}

export function compareHref(slugs: string[], base?: URLSearchParams): string {
  const params = new URLSearchParams(base);
  if (slugs.length) params.set("c", slugs.join(","));
  else params.delete("c");
  const query = params.toString().replace(/%2C/g, ",");
  return `/compare${query ? `?${query}` : ""}`;
}
