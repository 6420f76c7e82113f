import "server-only";
import { z } from "zod";
import type { SessionUser } from "../auth-session";
import { mandateMatrix, matrixCellText, matrixColumnLabel, type MatrixColumn } from "../compare/matrix";
import { COMPARISON_TABLE_SETTINGS, MAX_CONFLICTS, parseSelection, parseView, type CompareView } from "../compare/params";
import { buildRows, dataYearExtent, sortComparisonRows, type CellItem, type CompareRow } from "../compare/rows";
import { clauseKinds, labels } from "../domain";
import { measureKeys } from "../measures";
import { listActors } from "../queries/actors";
import { listVisibleNotes, type NoteView } from "../queries/annotations";
import { listArguments } from "../queries/arguments";
import { clientData, getComparisonData, type CompareData } from "../queries/compare";
import { listConflictOptions, listConflicts } from "../queries/conflicts";
import { countFigures, iterateFigures, listFigures, type FigureFilter, type FigureView } from "../queries/figures";
import { findId, findSourceId } from "../queries/lookup";
import { listMissions } from "../queries/missions";
import { latestReleases } from "../queries/releases";
import { toRangeRows, toCumulative, colourFor, monthsWithinYears, toMonthlyRows, unpackMonthly } from "../series";
import { missionSeriesKey, strengthSeries, withConflictNames } from "../strength-series";
import { applyView, isEmpty, matchesText } from "../tables/apply-view";
import { annotationRow, annotationsTable, type AnnotationRow } from "../tables/annotations";
import type { CellValue, Field, TableSpec } from "../tables/fields";
import { specDefaults } from "../tables/fields";
import { actorsTable, argumentsTable, conflictsTable, figuresTable, missionsTable } from "../tables/specs";
import { defaultViewState, parseViewState, type ColumnKind, type TableViewState } from "../tables/url-state";
import { exportColumn, type ExportColumn, type ExportSource, type ExportTable } from "./model";
import { actorCitedKeys, argumentCitedKeys, conflictCitedKeys, exportSources, missionCitedKeys, type CitedKeys } from "./sources";

/**
 * What each exportable table is, server side: its rows (from the same queries as its page), the
 * view applied with the page's rules (lib/tables/apply-view), and the sources its values rely on
 * (the citations behind the exported rows' fields, the data-set releases its numbers come from).
 * A malformed, unknown or repeated parameter throws ExportParamError naming it; the team's notes
 * asked for without a session throw ExportSignInError.
 */

export class ExportParamError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

/** The export (or the part of it a parameter asks for) is for signed-in users only: answered 401. */
export class ExportSignInError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

/** Who is asking, looked up only when an export needs it (the notes, the report's Annotations sheet). */
export type ExportContext = { viewer: () => Promise<SessionUser | null> };

const ANONYMOUS: ExportContext = { viewer: async () => null };

export type Scope = "view" | "full";

export type BuiltExport = {
  name: string;
  title: string;
  tables: ExportTable[];
  /** filled by the time the rows have been read (figures collect theirs while streaming) */
  sources: ExportSource[];
  /** what the view was adjusted to, as the page says it (a year beyond the data brought to its edge): cited with the file */
  notes?: string[];
};

export const EXPORT_TABLES = ["conflicts", "missions", "actors", "arguments", "figures", "annotations", "comparison", "mandates", "deaths", "strength", "report"] as const;
export type ExportTableKey = (typeof EXPORT_TABLES)[number];

export function isExportTable(table: string): table is ExportTableKey {
  return (EXPORT_TABLES as readonly string[]).includes(table);
}

const COMMON = ["format", "scope", "view_url"];
// `cell` (the mandate matrix cell the page has open) changes no table: accepted, not used.
const COMPARE_PARAMS = ["c", "metric", "scale", "from", "to", "hide", "rows", "cell"];
const FIGURE_FILTERS = ["conflict", "mission", "actor", "measure", "source", "year_from", "year_to", "curated", "release"];

/** A table's view parameters: `<key>.<name>` for each name, `<key>.f.<column>` when it has column filters. */
type ViewParams = { key: string; columns: string[]; names: string[]; filters: boolean };

/** What lib/tables/url-state.ts reads and writes for a table's view. */
const VIEW_NAMES = ["sort", "q", "hide", "show", "group", "size", "page"];

function specView<T>(spec: TableSpec<T>): ViewParams {
  return { key: spec.key, columns: spec.fields.map((f) => f.id), names: VIEW_NAMES, filters: true };
}

/** The first parameter given more than once (format=csv&format=xlsx), or null. */
export function repeatedParameter(params: URLSearchParams): string | null {
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return null;
}

/**
 * Refuses a parameter given twice and any the table does not know, its view's included: a view
 * parameter must be one the table's view has (`conflicts.sort`, `conflicts.f.<column>`), naming
 * columns the table has (`conflicts.hide=…`, `conflicts.show=…`).
 */
function checkNames(params: URLSearchParams, known: string[], views: ViewParams[] = []): void {
  const repeated = repeatedParameter(params);
  if (repeated !== null) throw new ExportParamError(repeated, `Parameter “${repeated}” is given more than once.`);
  for (const [name, value] of params) {
    if (known.includes(name)) continue;
    const view = views.find((v) => name.startsWith(`${v.key}.`));
    if (!view) {
      throw new ExportParamError(name, `Unknown parameter “${name}”. This table takes: ${[...known, ...views.map((v) => `${v.key}.*`)].join(", ")}.`);
    }
    const rest = name.slice(view.key.length + 1);
    const columns = `Its columns: ${view.columns.join(", ")}.`;
    if (view.filters && rest.startsWith("f.")) {
      const id = rest.slice(2);
      if (view.columns.includes(id)) continue;
      throw new ExportParamError(name, `Parameter “${name}”: this table has no column “${id}”. ${columns}`);
    }
    if (!view.names.includes(rest)) {
      const takes = [...view.names.map((n) => `${view.key}.${n}`), ...(view.filters ? [`${view.key}.f.<column>`] : [])];
      throw new ExportParamError(name, `Unknown view parameter “${name}”. This table's view takes ${takes.join(", ")}.`);
    }
    if (rest === "hide" || rest === "show") {
      const unknown = value.split(",").filter((id) => id && !view.columns.includes(id));
      if (unknown.length) throw new ExportParamError(name, `Parameter “${name}”: this table has no column “${unknown[0]}”. ${columns}`);
    }
  }
}

/**
 * The table's view from its parameters, checked whatever the scope (a malformed view is refused
 * even when the full table is asked for); the full table is every row and column in the default order.
 */
function viewFor<T>(spec: TableSpec<T>, params: URLSearchParams, scope: Scope, key = spec.key): TableViewState {
  const defaults = defaultViewState(specDefaults(spec));
  const kinds = Object.fromEntries(spec.fields.map((f) => [f.id, f.kind])) as Record<string, ColumnKind>;
  const { state, problems } = parseViewState(params, key, kinds, defaults);
  if (problems.length) throw new ExportParamError(problems[0]!.split(":")[0]!, problems[0]!);
  if (scope === "full") return { ...defaultViewState(), sorting: defaults.sorting };
  return state;
}

/** Where a field's values come from: the citations of the row's entity, or the latest release of a data set. */
type CiteRule = { cited: string } | { release: string };

/**
 * The sources the exported values rely on: for each exported row and visible field with a value,
 * the sources its rule names (the citations behind a conflict's status, a mission's mandates; the
 * data-set release a number is summed from), each once, in first-cited order.
 */
function citedSources<T>(rows: T[], fields: Field<T>[], owner: (row: T) => string, cited: CitedKeys, rules: Record<string, CiteRule>): ExportSource[] {
  const latest = latestReleases();
  const keys: string[] = [];
  for (const row of rows) {
    for (const field of fields) {
      const rule = rules[field.id];
      if (!rule || isEmpty(field.value(row))) continue;
      if ("release" in rule) {
        const key = latest.get(rule.release)?.key;
        if (key) keys.push(key);
      } else keys.push(...(cited.get(owner(row))?.get(rule.cited) ?? []));
    }
  }
  return exportSources(keys);
}

const CONFLICT_CITES: Record<string, CiteRule> = {
  status: { cited: "status" },
  statusAsOf: { cited: "status" },
  startDate: { cited: "period" },
  endDate: { cited: "period" },
  ucdpIds: { release: "ucdp-acd" },
  brdTotal: { release: "ucdp-brd" },
  brdPeak: { release: "ucdp-brd" },
  brdPeakYear: { release: "ucdp-brd" },
  yearsAtWar: { release: "ucdp-acd" },
};
const MISSION_CITES: Record<string, CiteRule> = {
  status: { cited: "mission" },
  startDate: { cited: "mission" },
  endDate: { cited: "end" },
  peakStrength: { release: "peace-ops" },
  latestStrength: { release: "peace-ops" },
  latestPeriod: { release: "peace-ops" },
  mandates: { cited: "mandates" },
};
const ACTOR_CITES: Record<string, CiteRule> = { roles: { cited: "roles" }, missions: { cited: "missions" } };
const ARGUMENT_CITES: Record<string, CiteRule> = Object.fromEntries(["summary", "quote", "lines", "author", "article"].map((id) => [id, { cited: "argument" }]));

/** A table as its page shows it (the view applied, or every row and column) and the sources its values rely on. */
function specExport<T extends { slug: string }>(
  spec: TableSpec<T>,
  rows: T[],
  params: URLSearchParams,
  scope: Scope,
  title: string,
  cites: { keys: () => CitedKeys; rules: Record<string, CiteRule> },
): BuiltExport {
  const view = applyView(rows, spec.fields, viewFor(spec, params, scope), { allColumns: scope === "full" });
  const sources = citedSources(view.rows, view.fields, (r) => r.slug, cites.keys(), cites.rules);
  return { name: spec.key, title: capitalise(spec.label), tables: [viewTable(spec.key, capitalise(spec.label), title, view.rows, view.fields)], sources };
}

function viewTable<T>(name: string, sheet: string, title: string, rows: T[], fields: Field<T>[]): ExportTable {
  return { name, sheet, title, columns: fields.map(exportColumn), rows: rows.map((r) => fields.map((f) => f.value(r))), sources: [] };
}

export async function buildExport(table: string, params: URLSearchParams, scope: Scope, context: ExportContext = ANONYMOUS): Promise<BuiltExport> {
  if (!isExportTable(table)) {
    throw new ExportParamError("table", `Unknown table “${table}”. Exportable tables: ${EXPORT_TABLES.join(", ")}.`);
  }
  switch (table) {
    case "conflicts":
      checkNames(params, COMMON, [specView(conflictsTable)]);
      return specExport(conflictsTable, listConflicts(), params, scope, "Conflicts", { keys: conflictCitedKeys, rules: CONFLICT_CITES });
    case "missions":
      checkNames(params, COMMON, [specView(missionsTable)]);
      return specExport(missionsTable, listMissions(), params, scope, "Missions and deployments", { keys: missionCitedKeys, rules: MISSION_CITES });
    case "actors":
      checkNames(params, COMMON, [specView(actorsTable)]);
      return specExport(actorsTable, listActors(), params, scope, "Actors", { keys: actorCitedKeys, rules: ACTOR_CITES });
    case "arguments": {
      checkNames(params, [...COMMON, "conflict", "article"], [specView(argumentsTable)]);
      const filter: { conflictId?: number; articleId?: number } = {};
      if (params.get("conflict")) filter.conflictId = requireId("Conflict", "conflict", params.get("conflict")!);
      if (params.get("article")) filter.articleId = requireId("Article", "article", params.get("article")!);
      return { ...specExport(argumentsTable, listArguments(filter), params, scope, "The dossier's arguments", { keys: argumentCitedKeys, rules: ARGUMENT_CITES }), title: "The dossier's arguments" };
    }
    case "figures":
      checkNames(params, [...COMMON, ...FIGURE_FILTERS], [specView(figuresTable)]);
      return figuresExport(params, scope);
    case "annotations":
      return annotationsExport(params, scope, context);
    case "comparison":
    case "mandates":
    case "deaths":
    case "strength":
    case "report":
      return compareExport(table, params, scope, context);
  }
}

/** A parameter of /compare answered with a 400 naming it. */
const refuse = (problem: string) => new ExportParamError(problem.split(":")[0]!.split(" ")[0]!, problem);

/**
 * /compare's tables, read from the URL with the page's own rules (lib/compare/params.ts): slugs
 * trimmed and lower-cased as the page reads them; slugs of no conflict set aside before the cap of
 * MAX_CONFLICTS, so they never push a real conflict out; the view's years brought to the edge of the
 * selection's data. The file equals what the page shows for the same address: what the page sets
 * aside with a notice — a slug of no conflict, a malformed one, a conflict beyond the cap, a view
 * setting it does not understand, a year beyond the data — is set aside here too, and the file's
 * citation carries the same notice ("View note: …"), so the page's Export menu never meets a refusal.
 * Only an address the page could not show anything for (no conflict left) or a parameter it does not
 * take answers 400.
 */
async function compareExport(table: "comparison" | "mandates" | "deaths" | "strength" | "report", params: URLSearchParams, scope: Scope, context: ExportContext): Promise<BuiltExport> {
  const known = new Set(listConflictOptions().map((o) => o.slug));
  const selection = parseSelection(params, (slug) => known.has(slug));
  const { slugs } = selection;
  // The comparison table's view (`table.`): its sort, search and visible conflicts; it has no column filters.
  const tableView: ViewParams = { key: "table", columns: ["attribute", ...slugs], names: [...COMPARISON_TABLE_SETTINGS], filters: false };
  checkNames(params, [...COMMON, ...COMPARE_PARAMS, ...(table === "report" ? ["annotations"] : [])], [tableView]);
  if (slugs.length === 0) {
    if (selection.unknown.length) throw unknownConflicts(selection.unknown, slugs);
    if (selection.problems.length) throw refuse(selection.problems[0]!);
    throw new ExportParamError("c", "Name the conflicts to compare: c=nagorno-karabakh,transnistria");
  }
  const selectionNotes = [
    ...(selection.unknown.length
      ? [`c: Parallax holds no conflict ${selection.unknown.map((s) => `“${s}”`).join(", ")}; compared without ${selection.unknown.length === 1 ? "it" : "them"}`]
      : []),
    ...(selection.dropped.length ? [`c: at most ${MAX_CONFLICTS} conflicts side by side; left out: ${selection.dropped.map((s) => `“${s}”`).join(", ")}`] : []),
    ...selection.problems,
  ];
  const annotations = params.get("annotations");
  if (annotations !== null && annotations !== "include" && annotations !== "exclude") {
    throw new ExportParamError("annotations", `Parameter “annotations” must be include (add the team's notes on the compared entries) or exclude, not “${annotations}”.`);
  }
  const data = await getComparisonData(slugs);
  if (data.unknown.length) throw unknownConflicts(data.unknown, slugs);
  // The years the selection has data for, as the page computes them: a year beyond them is brought to their edge and named.
  const { view, problems: viewNotes } = parseView(params, dataYearExtent(data));
  const notes = [...selectionNotes, ...viewNotes];
  const tableState = comparisonViewState(data, params);
  const names = data.conflicts.map((c) => c.shortName).join(", ");
  if (table === "report") {
    const notesSheet = annotations === "include" ? await reportNotes(data, context) : null;
    return {
      name: "report",
      title: `Comparison report: ${names}`,
      tables: [
        comparisonTable(data, view, tableState, scope),
        deathsTable(data, view),
        strengthTable(data, view),
        mandateTable(data).table,
        comparisonArguments(data),
        ...(notesSheet ? [notesSheet] : []),
      ],
      sources: exportSources(compareSourceKeys(data)),
      notes,
    };
  }
  const build: Record<typeof table, () => { built: ExportTable; keys: string[] }> = {
    comparison: () => ({ built: comparisonTable(data, view, tableState, scope), keys: compareSourceKeys(data) }),
    mandates: () => {
      const matrix = mandateTable(data);
      return { built: matrix.table, keys: matrix.keys };
    },
    deaths: () => ({ built: deathsTable(data, view), keys: [data.brd.release?.key ?? ""] }),
    strength: () => ({ built: strengthTable(data, view), keys: [data.strength.release?.key ?? ""] }),
  };
  const { built, keys } = build[table]();
  return { name: table, title: built.title, tables: [built], sources: exportSources(keys.filter(Boolean)), notes };
}

/** Slugs of no conflict, named (the page names them and compares the rest; the export refuses, as for any unknown entity). */
function unknownConflicts(unknown: string[], known: string[]): ExportParamError {
  const rest = known.filter((s) => !unknown.includes(s));
  return new ExportParamError(
    "c",
    `Parameter “c”: Parallax holds no conflict ${unknown.map((s) => `“${s}”`).join(", ")}.${rest.length ? ` Leave ${unknown.length === 1 ? "it" : "them"} out to compare ${rest.map((s) => `“${s}”`).join(", ")}.` : ""} GET /api/v1/conflicts lists the conflicts.`,
  );
}

const SIGN_IN = "Sign in to export the team's notes: send the session cookie of a signed-in browser (the Export menu of /annotations does).";

/**
 * The notes the caller may read — the team's and their own private ones, never deleted ones — from
 * the same query as /annotations and GET /api/v1/annotations, in the notes table's view.
 */
async function annotationsExport(params: URLSearchParams, scope: Scope, context: ExportContext): Promise<BuiltExport> {
  checkNames(params, COMMON, [specView(annotationsTable)]);
  const state = viewFor(annotationsTable, params, scope);
  const user = await context.viewer();
  if (!user) throw new ExportSignInError("table", SIGN_IN);
  const { notes } = await listVisibleNotes(user);
  const view = applyView(notes.map(annotationRow), annotationsTable.fields, state, { allColumns: scope === "full" });
  return { name: "annotations", title: "Notes", tables: [viewTable("annotations", "Notes", "Notes", view.rows, view.fields)], sources: [] };
}

/** The report's Annotations sheet: the notes the caller may read on the compared conflicts and what the report shows of them. */
async function reportNotes(data: CompareData, context: ExportContext): Promise<ExportTable> {
  const user = await context.viewer();
  if (!user) throw new ExportSignInError("annotations", "Parameter “annotations”: the team's notes are for signed-in users. Sign in and export the report again, or leave annotations=include out.");
  const entries = reportEntries(data);
  const onReport = (n: NoteView) => {
    const key = n.target.type === "mandate_clause" ? n.target.key.split("#")[0]! : n.target.key;
    return entries[n.target.type].has(key);
  };
  const { notes } = await listVisibleNotes(user);
  const byId = new Map(annotationsTable.fields.map((f) => [f.id, f]));
  const fields = ["author", "entry", "entryType", "tags", "visibility", "updated", "text"].map((id) => byId.get(id)!);
  const rows: AnnotationRow[] = notes.filter(onReport).map(annotationRow);
  return viewTable("annotations", "Annotations", "The team's notes on the compared entries", rows, fields);
}

/** The entries a comparison report shows, by kind of entry (a mandate clause by its mandate's slug). */
function reportEntries(data: CompareData): Record<NoteView["target"]["type"], Set<string>> {
  const figures = [
    ...data.missions.flatMap((m) => m.sizeFigures.map((f) => f.id)),
    ...data.comparisons.flatMap((c) => c.figures.map((f) => f.id)),
    ...data.forces.flatMap((g) => g.figures.map((f) => f.id)),
    ...data.arguments.flatMap((g) => g.items.flatMap((a) => a.figures.map((f) => f.id))),
    ...data.markers.map((m) => m.figureId),
    // The monthly strengths the "Mission strength" sheet lists, each a figure of the SIPRI/IPI panel.
    ...data.strength.data.map((p) => p.figureId),
  ];
  return {
    conflict: new Set(data.conflicts.map((c) => c.slug)),
    mission: new Set(data.missions.map((m) => m.slug)),
    mandate_clause: new Set(data.missions.flatMap((m) => m.mandates.map((d) => d.slug))),
    figure: new Set(figures.map(String)),
    argument: new Set(data.arguments.flatMap((g) => g.items.map((a) => a.slug))),
    actor: new Set([...data.conflicts.flatMap((c) => c.roles.map((r) => r.actorSlug)), ...data.missions.flatMap((m) => (m.lead ? [m.lead.slug] : []))]),
  };
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
    tables: [{ name: "figures", sheet: "Figures", title: "Figures", columns: visible.map(exportColumn), rows, sources: [] }],
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

/** The comparison table's own view (`table.sort`, `table.q`, `table.hide`), checked whatever the scope. */
function comparisonViewState(data: CompareData, params: URLSearchParams): TableViewState {
  const kinds = Object.fromEntries([["attribute", "text"], ...data.conflicts.map((c) => [c.slug, "number"])]) as Record<string, ColumnKind>;
  const { state, problems } = parseViewState(params, "table", kinds, defaultViewState());
  if (problems.length) throw new ExportParamError(problems[0]!.split(":")[0]!, problems[0]!);
  return state;
}

/**
 * The comparison table as the page shows it: the visible rows in their order, sorted as the page
 * sorts them (sortComparisonRows: by a conflict, only rows whose numbers are of one kind change
 * places), then searched, and the visible conflicts. The rows come from the data the page's table
 * gets (clientData).
 */
function comparisonTable(data: CompareData, view: CompareView, state: TableViewState, scope: Scope): ExportTable {
  let rows: CompareRow[] = buildRows(clientData(data), view);
  let conflicts = data.conflicts;
  if (scope === "view") {
    // Sorted before the search, as the page's table sorts its rows and TanStack then filters them.
    rows = sortComparisonRows(rows.filter((r) => !view.hidden.includes(r.id)), state.sorting);
    const q = state.globalFilter;
    if (q) rows = rows.filter((r) => matchesText(r.label, q) || Object.values(r.cells).some((items) => items.some((i) => matchesText(`${i.text} ${i.sub ?? ""}`, q))));
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

/**
 * The mandate matrix as the page shows it (lib/compare/matrix.ts): one column per mission, headed
 * as the page heads it, each cell what every instrument says, newest first, or "No instrument
 * recorded"; and the sources it relies on, the instruments' and their clauses' citations.
 */
function mandateTable(data: CompareData): { table: ExportTable; keys: string[] } {
  const names = new Map(data.conflicts.map((c) => [c.slug, c.shortName]));
  const columns = mandateMatrix(data);
  return {
    table: {
      name: "mandates",
      sheet: "Mandate matrix",
      title: "Mandate matrix: clauses of each mission's instruments",
      columns: [
        { key: "clause", label: "Clause", kind: "text" },
        ...columns.map<ExportColumn>((col) => ({ key: col.key, label: matrixColumnLabel(col, names.get(col.conflict) ?? col.conflict), kind: "text" })),
      ],
      rows: clauseKinds.map((kind) => [labels.clause[kind], ...columns.map((col) => matrixCellText(col, kind))]),
      sources: [],
    },
    keys: mandateSourceKeys(columns),
  };
}

function mandateSourceKeys(columns: MatrixColumn[]): string[] {
  return columns.flatMap((col) => col.instruments.flatMap((d) => [d.citation?.source.key, ...d.clauses.map((c) => c.citation?.source.key)])).filter((k): k is string => Boolean(k));
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
      { key: "year", label: "Year", kind: "number", plain: true },
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

/**
 * The strength chart's table: the months of the view's years only (monthsWithinYears, as the
 * chart), each mission labelled with its conflict as the chart labels it ("JCC — Transnistria").
 */
function strengthTable(data: CompareData, view: CompareView): ExportTable {
  const names = new Map(data.conflicts.map((c) => [c.slug, c.shortName]));
  const conflictsOf = new Map(data.missions.map((m) => [missionSeriesKey(m.id), m.conflictSlugs.map((slug) => names.get(slug) ?? slug)]));
  const series = monthsWithinYears(strengthSeries(data.strength, data.missions).series.map(unpackMonthly), view.from, view.to).map((s) => ({
    ...s,
    label: withConflictNames(s.label, conflictsOf.get(s.key) ?? []),
  }));
  const rows = toMonthlyRows(series);
  return {
    name: "strength",
    sheet: "Mission strength",
    title: `Peace-operation strength per month${yearsText(view)}, ${data.strength.release?.shortTitle ?? "SIPRI/IPI panel"}`,
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

/** The view's years as the strength chart names them (", 2010–2014", ", 2010 and after"); empty for all years. */
function yearsText({ from, to }: Pick<CompareView, "from" | "to">): string {
  if (from !== null && to !== null) return `, ${from === to ? from : `${from}–${to}`}`;
  if (from !== null) return `, ${from} and after`;
  if (to !== null) return `, ${to} and before`;
  return "";
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
