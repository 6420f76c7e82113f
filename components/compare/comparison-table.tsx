"use client";

import {
  flexRender,
  functionalUpdate,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type Updater,
} from "@tanstack/react-table";
import { usePath, useQuery } from "@/components/hooks/address";
import { useMemo } from "react";
import { ColumnHeader } from "@/components/tables/data-table/column-header";
import { ExportMenu } from "@/components/tables/data-table/export-menu";
import "@/components/tables/data-table/column-meta";
import { defaultViewState, parseViewState, writeViewState, type ColumnKind, type TableViewState } from "@/lib/tables/url-state";
import { ROW_IDS } from "@/lib/compare/params";
import { buildRows, type CompareRow } from "@/lib/compare/rows";
import type { CompareClientData } from "@/lib/queries/compare";
import { CellItems } from "./cell-items";
import { useCompareView } from "./use-compare-view";

const TABLE_KEY = "table";
/** The /compare parameters an export of its tables carries. */
export const COMPARE_NAMES = ["c", "metric", "scale", "from", "to", "hide", "rows"];

/**
 * One column per conflict, one row per attribute. Rows can be hidden and moved (the order lives in
 * `hide` and `rows`); the table's own sort (by a conflict's values), search and visible columns live
 * under `table.` — all in the URL.
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
  const { state } = useMemo(() => parseViewState(searchParams, TABLE_KEY, kinds, defaults), [searchParams, kinds, defaults]);
  const commit = (patch: Partial<TableViewState>, mode: "push" | "replace" = "push") => {
    const params = writeViewState(new URLSearchParams(window.location.search), TABLE_KEY, { ...state, ...patch }, defaults);
    const query = params.toString().replace(/%2C/g, ",");
    window.history[mode === "push" ? "pushState" : "replaceState"](null, "", `${pathname}${query ? `?${query}` : ""}`);
  };

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
        sortUndefined: "last",
        cell: ({ row }) => <CellItems items={row.original.cells[c.slug] ?? []} />,
      })),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data.conflicts, visibleRows, state.sorting.length, view, setView],
  );

  const table = useReactTable<CompareRow>({
    data: visibleRows,
    columns,
    state: { sorting: state.sorting, globalFilter: state.globalFilter, columnVisibility: state.columnVisibility },
    onSortingChange: (u: Updater<TableViewState["sorting"]>) => commit({ sorting: functionalUpdate(u, state.sorting) }),
    onGlobalFilterChange: (u: Updater<string>) => commit({ globalFilter: functionalUpdate(u, state.globalFilter) }, "replace"),
    onColumnVisibilityChange: (u: Updater<TableViewState["columnVisibility"]>) => commit({ columnVisibility: functionalUpdate(u, state.columnVisibility) }),
    globalFilterFn: (row, _columnId, value: string) => {
      const needle = String(value).toLowerCase();
      const r = row.original;
      return r.label.toLowerCase().includes(needle) || Object.values(r.cells).some((items) => items.some((i) => `${i.text} ${i.sub ?? ""}`.toLowerCase().includes(needle)));
    },
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    // The table keeps no state of its own (it all lives in the URL): nothing to reset when the rows change.
    autoResetAll: false,
  });

  const hiddenRows = rows.filter((r) => view.hidden.includes(r.id));
  return (
    <div className="dt" data-table="comparison">
      <div className="dt-toolbar">
        <input
          type="search"
          placeholder="Search the comparison…"
          aria-label="Search the comparison"
          defaultValue={state.globalFilter}
          onChange={(e) => table.setGlobalFilter(e.target.value)}
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
                    <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
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
