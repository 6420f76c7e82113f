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

type Reader = { get(name: string): string | null };

// Plain checks rather than zod: this module runs in the browser too, and zod would add ~30 KB to /compare.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isYear = (v: string) => /^\d{4}$/.test(v) && Number(v) >= 1900 && Number(v) <= 2100;

/** The selected conflict slugs, in order, without duplicates; malformed entries are reported. */
export function parseSelection(params: Reader): { slugs: string[]; problems: string[] } {
  const raw = params.get("c");
  const problems: string[] = [];
  if (!raw) return { slugs: [], problems };
  const slugs: string[] = [];
  for (const part of raw.split(",").map((s) => s.trim()).filter(Boolean)) {
    if (!SLUG.test(part)) problems.push(`c: “${part}” is not a conflict slug (lower-case letters, digits and hyphens)`);
    else if (!slugs.includes(part)) slugs.push(part);
  }
  if (slugs.length > MAX_CONFLICTS) {
    problems.push(`c: at most ${MAX_CONFLICTS} conflicts side by side; showing the first ${MAX_CONFLICTS}`);
    slugs.length = MAX_CONFLICTS;
  }
  return { slugs, problems };
}

export function parseView(params: Reader): { view: CompareView; problems: string[] } {
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
