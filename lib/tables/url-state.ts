import type { ColumnFiltersState, PaginationState, SortingState, VisibilityState } from "@tanstack/react-table";

/**
 * A table's view (sort, search, filters, hidden columns, grouping, page) as URL parameters,
 * so a copied URL reproduces the view and back/forward step through changes.
 * Parameters are prefixed with the table's key: `conflicts.sort=name:asc`.
 * Pure functions: parsed on the client from useSearchParams, tested in url-state.test.ts.
 */

export type ColumnKind = "text" | "number" | "category" | "date";

export type TableViewState = {
  sorting: SortingState;
  globalFilter: string;
  columnFilters: ColumnFiltersState;
  columnVisibility: VisibilityState;
  grouping: string[];
  pagination: PaginationState;
};

export const PAGE_SIZES = [25, 50, 100, 250] as const;

export function defaultViewState(defaults: Partial<TableViewState> = {}): TableViewState {
  return {
    sorting: [],
    globalFilter: "",
    columnFilters: [],
    columnVisibility: {},
    grouping: [],
    pagination: { pageIndex: 0, pageSize: 25 },
    ...defaults,
  };
}

export type ParseResult = { state: TableViewState; problems: string[] };

type Reader = { get(name: string): string | null; forEach(cb: (value: string, key: string) => void): void };

/** Reads the view from URL parameters; anything malformed falls back to the default and is reported. */
export function parseViewState(params: Reader, key: string, columns: Record<string, ColumnKind>, defaults: TableViewState): ParseResult {
  const problems: string[] = [];
  const state: TableViewState = structuredClone(defaults);
  const p = (name: string) => params.get(`${key}.${name}`);

  const sort = p("sort");
  if (sort !== null) {
    const parsed: SortingState = [];
    let invalid = false;
    for (const part of sort.split(",").filter(Boolean)) {
      const [id, dir] = part.split(":");
      if (id && id in columns && (dir === "asc" || dir === "desc")) parsed.push({ id, desc: dir === "desc" });
      else {
        invalid = true;
        problems.push(`${key}.sort: “${part}” is not a column:asc|desc of this table`);
      }
    }
    // An empty value means "unsorted" (the user cleared the default); nothing valid means "default".
    state.sorting = invalid && parsed.length === 0 ? defaults.sorting : parsed;
  }

  const q = p("q");
  if (q !== null) state.globalFilter = q;

  const filters: ColumnFiltersState = [];
  params.forEach((value, name) => {
    if (!name.startsWith(`${key}.f.`)) return;
    const id = name.slice(`${key}.f.`.length);
    const kind = columns[id];
    if (!kind) {
      problems.push(`${name}: this table has no column “${id}”`);
      return;
    }
    if (kind === "number" || kind === "date") {
      const m = /^(-?[\d.]*)\.\.(-?[\d.]*)$/.exec(value);
      const lo = m?.[1] ? Number(m[1]) : undefined;
      const hi = m?.[2] ? Number(m[2]) : undefined;
      if (!m || (lo !== undefined && Number.isNaN(lo)) || (hi !== undefined && Number.isNaN(hi))) {
        problems.push(`${name}: “${value}” is not a range such as 100..5000`);
        return;
      }
      filters.push({ id, value: [lo, hi] });
    } else if (kind === "category") {
      filters.push({ id, value: value.split("|").filter(Boolean) });
    } else {
      filters.push({ id, value });
    }
  });
  if (filters.length) state.columnFilters = filters;

  const hide = p("hide");
  if (hide !== null) {
    const visibility: VisibilityState = { ...defaults.columnVisibility };
    for (const id of hide.split(",").filter(Boolean)) {
      if (id in columns) visibility[id] = false;
      else problems.push(`${key}.hide: this table has no column “${id}”`);
    }
    const show = p("show");
    for (const id of (show ?? "").split(",").filter(Boolean)) if (id in columns) visibility[id] = true;
    state.columnVisibility = visibility;
  } else {
    const show = p("show");
    if (show !== null) {
      const visibility: VisibilityState = { ...defaults.columnVisibility };
      for (const id of show.split(",").filter(Boolean)) if (id in columns) visibility[id] = true;
      state.columnVisibility = visibility;
    }
  }

  const group = p("group");
  if (group !== null) {
    if (group in columns) state.grouping = [group];
    else if (group !== "") problems.push(`${key}.group: this table has no column “${group}”`);
  }

  const size = p("size");
  if (size !== null) {
    const n = Number(size);
    if ((PAGE_SIZES as readonly number[]).includes(n)) state.pagination = { ...state.pagination, pageSize: n };
    else problems.push(`${key}.size: page size must be one of ${PAGE_SIZES.join(", ")}`);
  }
  const page = p("page");
  if (page !== null) {
    const n = Number(page);
    if (Number.isInteger(n) && n >= 1) state.pagination = { ...state.pagination, pageIndex: n - 1 };
    else problems.push(`${key}.page: “${page}” is not a page number`);
  }
  return { state, problems };
}

/** Writes the view into URL parameters, leaving other tables' and the page's own parameters alone. */
export function writeViewState(base: URLSearchParams, key: string, state: TableViewState, defaults: TableViewState): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const name of [...next.keys()]) if (name.startsWith(`${key}.`)) next.delete(name);
  const set = (name: string, value: string) => next.set(`${key}.${name}`, value);

  if (JSON.stringify(state.sorting) !== JSON.stringify(defaults.sorting)) {
    set("sort", state.sorting.map((s) => `${s.id}:${s.desc ? "desc" : "asc"}`).join(","));
  }
  if (state.globalFilter) set("q", state.globalFilter);
  for (const f of state.columnFilters) {
    const v = f.value;
    if (Array.isArray(v) && v.length === 2 && (typeof v[0] === "number" || typeof v[1] === "number" || v[0] === undefined)) {
      const [lo, hi] = v as [number | undefined, number | undefined];
      if (lo === undefined && hi === undefined) continue;
      next.set(`${key}.f.${f.id}`, `${lo ?? ""}..${hi ?? ""}`);
    } else if (Array.isArray(v)) {
      if (v.length) next.set(`${key}.f.${f.id}`, v.join("|"));
    } else if (typeof v === "string" && v) {
      next.set(`${key}.f.${f.id}`, v);
    }
  }
  const hidden = Object.entries(state.columnVisibility)
    .filter(([id, visible]) => !visible && defaults.columnVisibility[id] !== false)
    .map(([id]) => id);
  const shown = Object.entries(state.columnVisibility)
    .filter(([id, visible]) => visible && defaults.columnVisibility[id] === false)
    .map(([id]) => id);
  if (hidden.length) set("hide", hidden.join(","));
  if (shown.length) set("show", shown.join(","));
  if (state.grouping[0]) set("group", state.grouping[0]);
  if (state.pagination.pageSize !== defaults.pagination.pageSize) set("size", String(state.pagination.pageSize));
  if (state.pagination.pageIndex > 0) set("page", String(state.pagination.pageIndex + 1));
  return next;
}
