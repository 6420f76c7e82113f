"use client";

import { flexRender, functionalUpdate, getCoreRowModel, getFilteredRowModel, useReactTable, type ColumnDef, type Updater } from "@tanstack/react-table";
import { usePath, useQuery } from "@/components/hooks/address";
import { useEffect, useMemo, useRef, useState } from "react";
import { ColumnHeader } from "@/components/tables/data-table/column-header";
import { ExportMenu } from "@/components/tables/data-table/export-menu";
import "@/components/tables/data-table/column-meta";
import { defaultViewState, parseViewState, writeViewState, type ColumnKind, type TableViewState } from "@/lib/tables/url-state";
import { comparisonTableProblems, ROW_IDS } from "@/lib/compare/params";
import { buildRows, sortableKinds, sortComparisonRows, type CompareRow, type RowKind } from "@/lib/compare/rows";
import type { CompareClientData } from "@/lib/queries/compare";
import { CellItems } from "./cell-items";
import { useCompareView } from "./use-compare-view";

const TABLE_KEY = "table";
/** The /compare parameters an export of its tables carries. */
export const COMPARE_NAMES = ["c", "metric", "scale", "from", "to", "hide", "rows"];

const KIND_WORDS: Record<RowKind, string> = {
  year: "years",
  people: "mission sizes",
  deaths: "battle-related deaths",
  years: "years at war",
  arguments: "argument counts",
};

/**
 * One column per conflict, one row per attribute. Rows can be hidden and moved (the order lives in
 * `hide` and `rows`); the table's own sort, search and visible columns live under `table.` — all in
 * the URL. Sorting by a conflict reorders only rows whose numbers are of the same kind, among their
 * own places (lib/compare/rows.ts sortComparisonRows): a year is never ranked against a death toll.
 * Searching pushes one history entry per search (the first keystroke) and replaces it while typing,
 * so Back returns to the view before the search; the box follows the URL.
 */
export function ComparisonTable({ data }: { data: CompareClientData }) {
  const { view, setView } = useCompareView();
  const searchParams = useQuery();
  const pathname = usePath();
  const rows = useMemo(() => buildRows(data, view), [data, view]);
  // Stable between renders: TanStack re-derives (and would reset its state) whenever `data` is a new array.
  const visibleRows = useMemo(() => rows.filter((r) => !view.hidden.includes(r.id)), [rows, view.hidden]);

  const kinds = useMemo(() => {
    const map: Record<string, ColumnKind> = { attribute: "text" };
    for (const c of data.conflicts) map[c.slug] = "number";
    return map;
  }, [data.conflicts]);
  const defaults = useMemo(() => defaultViewState({ pagination: { pageIndex: 0, pageSize: 100 } }), []);
  const { state, problems: stateProblems } = useMemo(() => parseViewState(searchParams, TABLE_KEY, kinds, defaults), [searchParams, kinds, defaults]);
  const problems = useMemo(() => [...stateProblems, ...comparisonTableProblems(searchParams)], [stateProblems, searchParams]);
  const commit = (patch: Partial<TableViewState>, mode: "push" | "replace" = "push") => {
    // Any other change (a sort, a hidden column) ends the search: the next keystroke starts a new history entry.
    if (!("globalFilter" in patch)) searching.current = false;
    const params = writeViewState(new URLSearchParams(window.location.search), TABLE_KEY, { ...state, ...patch }, defaults);
    const query = params.toString().replace(/%2C/g, ",");
    window.history[mode === "push" ? "pushState" : "replaceState"](null, "", `${pathname}${query ? `?${query}` : ""}${window.location.hash}`);
  };

  // The search box shows the URL's search (Back and Forward included) and what is being typed:
  // values this box wrote are awaited, any other value of the URL (Back, a link) replaces the text.
  const [query, setQuery] = useState(state.globalFilter);
  const pending = useRef<string[]>([]);
  const searching = useRef(false);
  useEffect(() => {
    const i = pending.current.indexOf(state.globalFilter);
    if (i >= 0) {
      pending.current = pending.current.slice(i + 1);
      return;
    }
    // Back, Forward or a link: a new search starts with the next keystroke.
    pending.current = [];
    searching.current = false;
    setQuery(state.globalFilter);
  }, [state.globalFilter]);
  const search = (value: string) => {
    setQuery(value);
    pending.current.push(value);
    // One history entry per search: pushed on its first keystroke, replaced while typing.
    commit({ globalFilter: value }, searching.current ? "replace" : "push");
    searching.current = true;
  };
  const sortedRows = useMemo(() => sortComparisonRows(visibleRows, state.sorting), [visibleRows, state.sorting]);
  const sortedBy = state.sorting[0];
  const reordered = sortedBy && sortedBy.id !== "attribute" ? sortableKinds(visibleRows, sortedBy.id) : [];

  const columns = useMemo<ColumnDef<CompareRow, unknown>[]>(
    () => [
      {
        id: "attribute",
        accessorKey: "label",
        header: "Attribute",
        meta: { label: "Attribute", kind: "text" },
        enableHiding: false,
        cell: ({ row }) => (
          <RowHeader row={row.original} index={visibleRows.findIndex((r) => r.id === row.original.id)} count={visibleRows.length} sorted={state.sorting.length > 0} control={{ view, setView }} />
        ),
      },
      ...data.conflicts.map<ColumnDef<CompareRow, unknown>>((c) => ({
        id: c.slug,
        accessorFn: (r) => r.sortValue[c.slug] ?? undefined,
        header: c.shortName,
        meta: { label: c.name, kind: "number" },
        cell: ({ row }) => <CellItems items={row.original.cells[c.slug] ?? []} stacked={row.original.numeric} />,
      })),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data.conflicts, visibleRows, state.sorting.length, view, setView],
  );

  const table = useReactTable<CompareRow>({
    data: sortedRows,
    columns,
    state: { sorting: state.sorting, globalFilter: state.globalFilter, columnVisibility: state.columnVisibility },
    onSortingChange: (u: Updater<TableViewState["sorting"]>) => commit({ sorting: functionalUpdate(u, state.sorting) }),
    onGlobalFilterChange: (u: Updater<string>) => search(functionalUpdate(u, state.globalFilter)),
    onColumnVisibilityChange: (u: Updater<TableViewState["columnVisibility"]>) => commit({ columnVisibility: functionalUpdate(u, state.columnVisibility) }),
    globalFilterFn: (row, _columnId, value: string) => {
      const needle = String(value).toLowerCase();
      const r = row.original;
      return r.label.toLowerCase().includes(needle) || Object.values(r.cells).some((items) => items.some((i) => `${i.text} ${i.sub ?? ""}`.toLowerCase().includes(needle)));
    },
    getCoreRowModel: getCoreRowModel(),
    // The rows come sorted (sortComparisonRows): TanStack only keeps the sort state for the headers.
    manualSorting: true,
    getFilteredRowModel: getFilteredRowModel(),
    // The table keeps no state of its own (it all lives in the URL): nothing to reset when the rows change.
    autoResetAll: false,
  });

  const hiddenRows = rows.filter((r) => view.hidden.includes(r.id));
  return (
    <div className="dt" data-table="comparison">
      {problems.length ? (
        <div className="notice warn" role="status">
          Some view settings in the address were not understood and were ignored: {problems.join("; ")}.
        </div>
      ) : null}
      <div className="dt-toolbar">
        <input
          type="search"
          placeholder="Search the comparison…"
          aria-label="Search the comparison"
          value={query}
          onChange={(e) => search(e.target.value)}
          onBlur={() => (searching.current = false)}
        />
        <details className="dt-popover">
          <summary>Columns</summary>
          <div className="panel" role="group" aria-label="Visible conflicts">
            {table
              .getAllLeafColumns()
              .filter((c) => c.getCanHide())
              .map((c) => (
                <label key={c.id}>
                  <input type="checkbox" checked={c.getIsVisible()} onChange={(e) => c.toggleVisibility(e.target.checked)} />
                  {c.columnDef.meta?.label ?? c.id}
                </label>
              ))}
          </div>
        </details>
        <ExportMenu target={{ table: "comparison", prefixes: [`${TABLE_KEY}.`], names: COMPARE_NAMES }} />
        {state.sorting.length ? (
          <button type="button" onClick={() => table.setSorting([])}>
            Back to row order
          </button>
        ) : null}
        {view.order.join() !== [...ROW_IDS].join() || view.hidden.length ? (
          <button type="button" onClick={() => setView({ ...view, hidden: [], order: [...ROW_IDS] })}>
            Reset rows
          </button>
        ) : null}
      </div>
      {sortedBy && sortedBy.id !== "attribute" ? (
        <p className="small muted" data-testid="sort-note">
          Sorted by {data.conflicts.find((c) => c.slug === sortedBy.id)?.shortName ?? sortedBy.id}: only rows whose numbers are of the same kind change places
          {reordered.length ? ` (${reordered.map((k) => KIND_WORDS[k]).join("; ")})` : " (no two rows here have numbers of the same kind)"}; the other rows keep their place.
        </p>
      ) : null}
      <div className="dt-scroll unbounded">
        <table className="dt-table compare-table">
          <caption className="sr-only">Comparison of {data.conflicts.map((c) => c.name).join(", ")}: one column per conflict, one row per attribute</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th key={header.id} scope="col" aria-sort={header.column.getIsSorted() === "asc" ? "ascending" : header.column.getIsSorted() === "desc" ? "descending" : undefined}>
                    <ColumnHeader header={header} />
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} data-row={row.original.id}>
                {row.getVisibleCells().map((cell) =>
                  cell.column.id === "attribute" ? (
                    <th key={cell.id} scope="row">
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </th>
                  ) : (
                    <td key={cell.id} className={row.original.numeric ? "num" : undefined}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hiddenRows.length ? (
        <p className="small">
          Hidden rows:{" "}
          {hiddenRows.map((r) => (
            <button key={r.id} type="button" onClick={() => setView({ ...view, hidden: view.hidden.filter((id) => id !== r.id) })} aria-label={`Show “${r.label}”`}>
              {r.label} +
            </button>
          ))}
        </p>
      ) : null}
    </div>
  );
}

type ViewControl = ReturnType<typeof useCompareView>;

/** A row's name with its tools: move up, move down, hide (the order and hidden rows live in the URL). */
function RowHeader({ row, index, count, sorted, control }: { row: CompareRow; index: number; count: number; sorted: boolean; control: Pick<ViewControl, "view" | "setView"> }) {
  const { view, setView } = control;
  const move = (delta: number) => {
    const order = [...view.order];
    const visible = order.filter((id) => !view.hidden.includes(id));
    const target = visible[index + delta];
    if (!target) return;
    const a = order.indexOf(row.id);
    const b = order.indexOf(target);
    [order[a], order[b]] = [order[b]!, order[a]!];
    setView({ ...view, order });
  };
  return (
    <div className="row-head">
      <strong>{row.label}</strong>
      <span className="row-tools">
        <button type="button" aria-label={`Move “${row.label}” up`} disabled={sorted || index <= 0} onClick={() => move(-1)}>
          ↑
        </button>
        <button type="button" aria-label={`Move “${row.label}” down`} disabled={sorted || index >= count - 1} onClick={() => move(1)}>
          ↓
        </button>
        <button type="button" aria-label={`Hide “${row.label}”`} onClick={() => setView({ ...view, hidden: [...view.hidden, row.id] })}>
          Hide
        </button>
      </span>
    </div>
  );
}
