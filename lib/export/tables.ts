import "server-only";
import { z } from "zod";
import { parseSelection, parseView, type CompareView } from "../compare/params";
import { buildRows, type CellItem, type CompareRow } from "../compare/rows";
import { clauseKinds, labels } from "../domain";
import { formatPartialDate } from "../format";
import { measureKeys } from "../measures";
import { listActors } from "../queries/actors";
import { listArguments } from "../queries/arguments";
import { getComparisonData, type CompareData } from "../queries/compare";
import { listConflicts } from "../queries/conflicts";
import { countFigures, iterateFigures, listFigures, type FigureFilter, type FigureView } from "../queries/figures";
import { findId, findSourceId } from "../queries/lookup";
import { listMissions } from "../queries/missions";
import { latestReleases } from "../queries/releases";
import { toRangeRows, toCumulative, colourFor, toMonthlyRows, unpackMonthly } from "../series";
import { strengthSeries } from "../strength-series";
import { applyView, compareValues, isEmpty, matchesText } from "../tables/apply-view";
import type { CellValue, TableSpec } from "../tables/fields";
import { specDefaults } from "../tables/fields";
import { actorsTable, argumentsTable, conflictsTable, figuresTable, missionsTable } from "../tables/specs";
import { defaultViewState, parseViewState, type ColumnKind, type TableViewState } from "../tables/url-state";
import type { ExportColumn, ExportSource, ExportTable } from "./model";
import { exportSources } from "./sources";

/**
 * What each exportable table is, server side: its rows (from the same queries as its page), the
 * view applied with the page's rules (lib/tables/apply-view), and the sources it cites.
 * A malformed or unknown parameter throws ExportParamError naming it.
 */

export class ExportParamError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

export type Scope = "view" | "full";

export type BuiltExport = {
  name: string;
  title: string;
  tables: ExportTable[];
  /** filled by the time the rows have been read (figures collect theirs while streaming) */
  sources: ExportSource[];
};

export const EXPORT_TABLES = ["conflicts", "missions", "actors", "arguments", "figures", "comparison", "mandates", "deaths", "strength", "report"] as const;
export type ExportTableKey = (typeof EXPORT_TABLES)[number];

const COMMON = ["format", "scope", "view_url"];
const COMPARE_PARAMS = ["c", "metric", "scale", "from", "to", "hide", "rows"];
const FIGURE_FILTERS = ["conflict", "mission", "actor", "measure", "source", "year_from", "year_to", "curated", "release"];

/** Refuses parameters the table does not know; `prefix` admits its view parameters (`conflicts.sort`). */
function checkNames(params: URLSearchParams, known: string[], prefixes: string[]): void {
  for (const name of params.keys()) {
    if (known.includes(name) || prefixes.some((p) => name.startsWith(p))) continue;
    throw new ExportParamError(name, `Unknown parameter “${name}”. This table takes: ${[...known, ...prefixes.map((p) => `${p}*`)].join(", ")}.`);
  }
}

function viewFor<T>(spec: TableSpec<T>, params: URLSearchParams, scope: Scope, key = spec.key): TableViewState {
  const defaults = defaultViewState(specDefaults(spec));
  if (scope === "full") return { ...defaultViewState(), sorting: defaults.sorting };
  const kinds = Object.fromEntries(spec.fields.map((f) => [f.id, f.kind])) as Record<string, ColumnKind>;
  const { state, problems } = parseViewState(params, key, kinds, defaults);
  if (problems.length) throw new ExportParamError(problems[0]!.split(":")[0]!, problems[0]!);
  return state;
}

function specTable<T>(spec: TableSpec<T>, rows: T[], state: TableViewState, scope: Scope, title: string): ExportTable {
  const view = applyView(rows, spec.fields, state, { allColumns: scope === "full" });
  return {
    name: spec.key,
    sheet: capitalise(spec.label),
    title,
    columns: view.fields.map((f) => ({ key: f.id, label: f.label, kind: f.kind })),
    rows: view.rows.map((r) => view.fields.map((f) => f.value(r))),
    sources: [],
  };
}

function releaseKeys(...datasets: string[]): string[] {
  const latest = latestReleases();
  return datasets.map((d) => latest.get(d)?.key).filter((k): k is string => Boolean(k));
}

export async function buildExport(table: string, params: URLSearchParams, scope: Scope): Promise<BuiltExport> {
  if (!(EXPORT_TABLES as readonly string[]).includes(table)) {
    throw new ExportParamError("table", `Unknown table “${table}”. Exportable tables: ${EXPORT_TABLES.join(", ")}.`);
  }
  switch (table as ExportTableKey) {
    case "conflicts": {
      checkNames(params, COMMON, ["conflicts."]);
      const sources = exportSources(releaseKeys("ucdp-brd", "ucdp-acd"));
      return { name: "conflicts", title: "Conflicts", tables: [specTable(conflictsTable, listConflicts(), viewFor(conflictsTable, params, scope), scope, "Conflicts")], sources };
    }
    case "missions": {
      checkNames(params, COMMON, ["missions."]);
      const sources = exportSources(releaseKeys("peace-ops"));
      return { name: "missions", title: "Missions", tables: [specTable(missionsTable, listMissions(), viewFor(missionsTable, params, scope), scope, "Missions and deployments")], sources };
    }
    case "actors": {
      checkNames(params, COMMON, ["actors."]);
      return { name: "actors", title: "Actors", tables: [specTable(actorsTable, listActors(), viewFor(actorsTable, params, scope), scope, "Actors")], sources: exportSources(["ispi-2021"]) };
    }
    case "arguments": {
      checkNames(params, [...COMMON, "conflict", "article"], ["arguments."]);
      const filter: { conflictId?: number; articleId?: number } = {};
      if (params.get("conflict")) filter.conflictId = requireId("Conflict", "conflict", params.get("conflict")!);
      if (params.get("article")) filter.articleId = requireId("Article", "article", params.get("article")!);
      return {
        name: "arguments",
        title: "The dossier's arguments",
        tables: [specTable(argumentsTable, listArguments(filter), viewFor(argumentsTable, params, scope), scope, "The dossier's arguments")],
        sources: exportSources(["ispi-2021"]),
      };
    }
    case "figures":
      checkNames(params, [...COMMON, ...FIGURE_FILTERS], ["figures."]);
      return figuresExport(params, scope);
    case "comparison":
    case "mandates":
    case "deaths":
    case "strength":
    case "report": {
      checkNames(params, [...COMMON, ...COMPARE_PARAMS], ["table."]);
      const { slugs, problems } = parseSelection(params);
      if (problems.length) throw new ExportParamError("c", problems[0]!);
      if (slugs.length === 0) throw new ExportParamError("c", "Name the conflicts to compare: c=nagorno-karabakh,transnistria");
      const { view, problems: viewProblems } = parseView(params);
      if (viewProblems.length) throw new ExportParamError(viewProblems[0]!.split(":")[0]!, viewProblems[0]!);
      const data = await getComparisonData(slugs);
      if (data.unknown.length) throw new ExportParamError("c", `No conflict “${data.unknown[0]}”. GET /api/v1/conflicts lists them.`);
      const sources = exportSources(compareSourceKeys(data));
      const names = data.conflicts.map((c) => c.shortName).join(", ");
      const all: Record<Exclude<ExportTableKey, "conflicts" | "missions" | "actors" | "arguments" | "figures" | "report">, () => ExportTable> = {
        comparison: () => comparisonTable(data, view, params, scope),
        mandates: () => mandateTable(data),
        deaths: () => deathsTable(data, view),
        strength: () => strengthTable(data),
      };
      if (table === "report") {
        return {
          name: "report",
          title: `Comparison report: ${names}`,
          tables: [all.comparison(), all.deaths(), all.strength(), all.mandates(), comparisonArguments(data)],
          sources,
        };
      }
      const built = all[table as keyof typeof all]();
      return { name: table, title: built.title, tables: [built], sources };
    }
  }
}

function requireId(table: "Conflict" | "Mission" | "Actor" | "Article", parameter: string, slug: string): number {
  const id = findId(table, slug);
  if (id === null) throw new ExportParamError(parameter, `No ${table.toLowerCase()} “${slug}”.`);
  return id;
}

const yearParam = z.coerce.number().int().min(1900).max(2100);

/** The most figures a sorted or filtered export holds in memory (the full table streams without limit). */
const MAX_VIEW_ROWS = 50_000;

function figuresExport(params: URLSearchParams, scope: Scope): BuiltExport {
  const filter: FigureFilter = { curatedOnly: false };
  const get = (n: string) => params.get(n) ?? undefined;
  if (get("conflict")) filter.conflictId = requireId("Conflict", "conflict", get("conflict")!);
  if (get("mission")) filter.missionId = requireId("Mission", "mission", get("mission")!);
  if (get("actor")) filter.actorId = requireId("Actor", "actor", get("actor")!);
  if (get("measure")) {
    if (!(measureKeys as string[]).includes(get("measure")!)) throw new ExportParamError("measure", `Parameter “measure” must be one of ${measureKeys.join(", ")}.`);
    filter.measure = get("measure");
  }
  if (get("source")) {
    const id = findSourceId(get("source")!);
    if (id === null) throw new ExportParamError("source", `No source “${get("source")}”.`);
    filter.sourceId = id;
  }
  for (const [name, key] of [
    ["year_from", "yearFrom"],
    ["year_to", "yearTo"],
  ] as const) {
    if (get(name) === undefined) continue;
    const y = yearParam.safeParse(get(name));
    if (!y.success) throw new ExportParamError(name, `Parameter “${name}” must be a year such as 2014.`);
    filter[key] = y.data;
  }
  for (const name of ["curated", "release"] as const) {
    const v = get(name);
    if (v === undefined) continue;
    const ok = name === "curated" ? ["true", "false"] : ["latest", "all"];
    if (!ok.includes(v)) throw new ExportParamError(name, `Parameter “${name}” must be ${ok.join(" or ")}.`);
  }
  filter.curatedOnly = get("curated") === "true";
  filter.allReleases = get("release") === "all";

  const state = viewFor(figuresTable, params, scope);
  const sources: ExportSource[] = [];
  const keys = new Set<string>();
  const plainView = state.sorting.length === 0 && state.columnFilters.length === 0 && !state.globalFilter;
  const visible = figuresTable.fields.filter((f) => f.exportable !== false && (scope === "full" || state.columnVisibility[f.id] !== false));
  let rows: Iterable<CellValue[]>;
  if (plainView) {
    // Stream straight from the database cursor: 100,000 rows never sit in memory.
    rows = (function* () {
      for (const f of iterateFigures(filter)) {
        keys.add(f.source.key);
        yield visible.map((field) => field.value(f));
      }
      sources.push(...exportSources(keys));
    })();
  } else {
    // A sorted or filtered view is applied in memory: bounded, so a request cannot exhaust the server.
    const total = countFigures(filter);
    if (total > MAX_VIEW_ROWS) {
      throw new ExportParamError(
        "scope",
        `This view holds ${total.toLocaleString("en-GB")} figures; a sorted, searched or filtered export is limited to ${MAX_VIEW_ROWS.toLocaleString("en-GB")}. Export the full table (scope=full, which streams any size) or narrow it with year_from, year_to, measure or source.`,
      );
    }
    const applied = applyView<FigureView>(listFigures(filter, { limit: MAX_VIEW_ROWS }), figuresTable.fields, state);
    for (const f of applied.rows) keys.add(f.source.key);
    sources.push(...exportSources(keys));
    rows = applied.rows.map((f) => visible.map((field) => field.value(f)));
  }
  return {
    name: "figures",
    title: "Figures",
    tables: [{ name: "figures", sheet: "Figures", title: "Figures", columns: visible.map((f) => ({ key: f.id, label: f.label, kind: f.kind })), rows, sources: [] }],
    sources,
  };
}

function compareSourceKeys(data: CompareData): string[] {
  const keys: string[] = [];
  const add = (k: string | undefined | null) => {
    if (k) keys.push(k);
  };
  add(data.brd.release?.key);
  add(data.acdRelease?.key);
  add(data.strength.release?.key);
  for (const c of data.conflicts) {
    add(c.statusCitation?.source.key);
    add(c.startCitation?.source.key);
    c.roles.forEach((r) => add(r.citation?.source.key));
  }
  for (const m of data.missions) {
    m.sizeFigures.forEach((f) => add(f.source.key));
    for (const d of m.mandates) {
      add(d.citation?.source.key);
      d.clauses.forEach((c) => add(c.citation?.source.key));
    }
  }
  data.arguments.forEach((g) => g.items.forEach((a) => add(a.citation?.source.key)));
  data.comparisons.forEach((c) => c.figures.forEach((f) => add(f.source.key)));
  return keys;
}

export function cellText(items: CellItem[]): string {
  return items.map((i) => (i.sub ? `${i.text} (${i.sub})` : i.text)).join("; ");
}

/** The comparison table as the page shows it: visible rows in their order, the table's sort, search and visible conflicts. */
function comparisonTable(data: CompareData, view: CompareView, params: URLSearchParams, scope: Scope): ExportTable {
  let rows: CompareRow[] = buildRows(data, view);
  let conflicts = data.conflicts;
  if (scope === "view") {
    rows = rows.filter((r) => !view.hidden.includes(r.id));
    const kinds = Object.fromEntries([["attribute", "text"], ...data.conflicts.map((c) => [c.slug, "number"])]) as Record<string, ColumnKind>;
    const { state, problems } = parseViewState(params, "table", kinds, defaultViewState());
    if (problems.length) throw new ExportParamError(problems[0]!.split(":")[0]!, problems[0]!);
    if (state.globalFilter) rows = rows.filter((r) => matchesText(r.label, state.globalFilter) || Object.values(r.cells).some((items) => items.some((i) => matchesText(`${i.text} ${i.sub ?? ""}`, state.globalFilter))));
    const sort = state.sorting[0];
    if (sort) {
      rows = rows
        .map((row, index) => ({ row, index }))
        .sort((a, b) => {
          const va = a.row.sortValue[sort.id] ?? null;
          const vb = b.row.sortValue[sort.id] ?? null;
          if (isEmpty(va) !== isEmpty(vb)) return isEmpty(va) ? 1 : -1;
          const c = compareValues(va, vb);
          return (sort.desc ? -c : c) || a.index - b.index;
        })
        .map((x) => x.row);
    }
    conflicts = conflicts.filter((c) => state.columnVisibility[c.slug] !== false);
  }
  return {
    name: "comparison",
    sheet: "Comparison",
    title: `Comparison: ${data.conflicts.map((c) => c.shortName).join(", ")}`,
    columns: [{ key: "attribute", label: "Attribute", kind: "text" }, ...conflicts.map<ExportColumn>((c) => ({ key: c.slug, label: c.name, kind: "text" }))],
    rows: rows.map((r) => [r.label, ...conflicts.map((c) => cellText(r.cells[c.slug] ?? []))]),
    sources: [],
  };
}

function mandateTable(data: CompareData): ExportTable {
  const owner = (slugs: string[]) => data.conflicts.find((c) => slugs.includes(c.slug));
  const columns = data.conflicts.flatMap((c) => data.missions.filter((m) => owner(m.conflictSlugs)?.slug === c.slug).flatMap((m) => m.mandates.map((d) => ({ c, m, d }))));
  const status = (s: string) => (labels.clauseStatus as Record<string, string>)[s] ?? s;
  return {
    name: "mandates",
    sheet: "Mandate matrix",
    title: "Mandate matrix: clauses of each instrument",
    columns: [
      { key: "clause", label: "Clause", kind: "text" },
      ...columns.map<ExportColumn>(({ c, m, d }) => ({ key: d.slug, label: `${c.shortName} — ${m.acronym ?? m.name}: ${d.title}${d.documentDate ? ` (${formatPartialDate(d.documentDate)})` : ""}`, kind: "text" })),
    ],
    rows: clauseKinds.map((kind) => [
      labels.clause[kind],
      ...columns.map(({ d }) => {
        const clause = d.clauses.find((x) => x.clause === kind);
        const s = clause?.status ?? "not_coded";
        const cite = clause?.citation ? ` [${clause.citation.source.shortTitle}${clause.citation.locator.kind === "dossier" ? `, lines ${clause.citation.locator.lineStart}–${clause.citation.locator.lineEnd}` : clause.citation.locator.kind === "document" && clause.citation.locator.section ? `, ${clause.citation.locator.section}` : ""}]` : "";
        return `${status(s)}${clause?.text ? `: ${clause.text}` : ""}${cite}`;
      }),
    ]),
    sources: [],
  };
}

function deathsTable(data: CompareData, view: CompareView): ExportTable {
  const cumulative = view.metric === "cumulative";
  const series = data.brd.series.map((s, i) => ({ key: s.slug, label: data.conflicts.find((c) => c.slug === s.slug)?.name ?? s.slug, colour: colourFor(i), points: cumulative ? toCumulative(s.points) : s.points }));
  const rows = toRangeRows(series, { from: view.from ?? undefined, to: view.to ?? undefined, scale: "linear" });
  return {
    name: "deaths",
    sheet: "Deaths by year",
    title: `Battle-related deaths ${cumulative ? "(cumulative)" : "per year"}, ${data.brd.release?.shortTitle ?? "UCDP BRD"}`,
    columns: [
      { key: "year", label: "Year", kind: "number" },
      ...series.flatMap<ExportColumn>((s) => [
        { key: `${s.key}-best`, label: `${s.label}: best`, kind: "number" },
        { key: `${s.key}-low`, label: `${s.label}: low`, kind: "number" },
        { key: `${s.key}-high`, label: `${s.label}: high`, kind: "number" },
      ]),
    ],
    rows: rows.map((r) => [
      r.year,
      ...series.flatMap((s) => {
        const range = r[`${s.key}__range`] as [number, number] | null;
        return [r[s.key] as number | null, range?.[0] ?? null, range?.[1] ?? null];
      }),
    ]),
    sources: [],
  };
}

function strengthTable(data: CompareData): ExportTable {
  const series = strengthSeries(data.strength, data.missions).series.map(unpackMonthly);
  const rows = toMonthlyRows(series);
  return {
    name: "strength",
    sheet: "Mission strength",
    title: `Peace-operation strength per month, ${data.strength.release?.shortTitle ?? "SIPRI/IPI panel"}`,
    columns: [
      { key: "month", label: "Month", kind: "date" },
      ...series.flatMap<ExportColumn>((s) => [
        { key: `${s.key}-monthly`, label: `${s.label}: personnel (panel monthly series)`, kind: "number" },
        { key: `${s.key}-reported`, label: `${s.label}: personnel (SIPRI/IPI report)`, kind: "number" },
      ]),
    ],
    rows: rows.map((r) => [r.period, ...series.flatMap((s) => [r[s.key] as number | null, r[`${s.key}__reported`] as number | null])]),
    sources: [],
  };
}

function comparisonArguments(data: CompareData): ExportTable {
  const names = new Map(data.conflicts.map((c) => [c.slug, c.name]));
  return {
    name: "arguments",
    sheet: "Arguments",
    title: "The dossier's arguments about the compared conflicts",
    columns: [
      { key: "conflict", label: "Conflict", kind: "text" },
      { key: "argument", label: "Argument", kind: "text" },
      { key: "quote", label: "Exact quote", kind: "text" },
      { key: "author", label: "Author", kind: "text" },
      { key: "article", label: "Article", kind: "text" },
      { key: "lines", label: "Lines", kind: "text" },
      { key: "figures", label: "Figures it speaks of", kind: "text" },
    ],
    rows: data.arguments.flatMap((g) =>
      g.items.map((a) => [
        names.get(g.slug) ?? g.slug,
        a.summary,
        a.quote,
        a.article.author,
        `${a.article.number}. ${a.article.title}`,
        a.citation?.locator.kind === "dossier" ? `${a.citation.locator.lineStart}–${a.citation.locator.lineEnd}` : null,
        a.figures.map((f) => `${f.subject}: ${f.display} (${f.source.shortTitle})`).join("; ") || null,
      ]),
    ),
    sources: [],
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
