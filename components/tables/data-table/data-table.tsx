"use client";

import {
  flexRender,
  functionalUpdate,
  getCoreRowModel,
  getExpandedRowModel,
  getFacetedRowModel,
  getFacetedUniqueValues,
  getFilteredRowModel,
  getGroupedRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type ExpandedState,
  type Updater,
} from "@tanstack/react-table";
import { usePath, useQuery } from "@/components/hooks/address";
import { useCallback, useMemo, useState } from "react";
import { filterFnFor } from "./column-meta";
import { ColumnHeader } from "./column-header";
import { ExportMenu, type ExportTarget } from "./export-menu";
import { Pagination } from "./pagination";
import { Toolbar } from "./toolbar";
import { defaultViewState, parseViewState, writeViewState, type ColumnKind, type TableViewState } from "@/lib/tables/url-state";

export type DataTableProps<T> = {
  /** Prefix of this table's URL parameters (unique on the page). */
  tableKey: string;
  /** What the rows are, for the search box and the screen-reader caption ("conflicts"). */
  label: string;
  columns: ColumnDef<T, unknown>[];
  data: T[];
  defaults?: Partial<TableViewState>;
  /** where the Export menu downloads this table from; without it the table has no Export menu */
  exportTarget?: Omit<ExportTarget, "prefixes">;
};

/**
 * The one table component of Parallax: sort by any column, per-column filters, search,
 * show/hide columns, group by a category, pagination. Its view lives in the URL
 * (native history.pushState, which Next's router follows without a server round trip),
 * so a copied URL reproduces it and back/forward step through changes.
 */
export function DataTable<T>({ tableKey, label, columns, data, defaults: defaultsProp, exportTarget }: DataTableProps<T>) {
  const pathname = usePath();
  const searchParams = useQuery();
  const defaults = useMemo(() => defaultViewState(defaultsProp), [defaultsProp]);
  const kinds = useMemo(() => {
    const map: Record<string, ColumnKind> = {};
    for (const c of columns) {
      const id = c.id ?? ("accessorKey" in c ? String(c.accessorKey) : undefined);
      if (id) map[id] = c.meta?.kind ?? "text";
    }
    return map;
  }, [columns]);
  const { state, problems } = useMemo(() => parseViewState(searchParams, tableKey, kinds, defaults), [searchParams, tableKey, kinds, defaults]);
  const [expanded, setExpanded] = useState<ExpandedState>({});

  const commit = useCallback(
    (patch: Partial<TableViewState>, mode: "push" | "replace" = "push") => {
      const next: TableViewState = { ...state, ...patch };
      const params = writeViewState(new URLSearchParams(window.location.search), tableKey, next, defaults);
      const query = params.toString();
      const url = `${pathname}${query ? `?${query}` : ""}${window.location.hash}`;
      if (mode === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    },
    [state, tableKey, defaults, pathname],
  );
  const firstPage = { ...state.pagination, pageIndex: 0 };

  const preparedColumns = useMemo(
    () =>
      columns.map((c) => ({
        ...c,
        filterFn: c.filterFn ?? (filterFnFor(c.meta?.kind ?? "text", c.meta?.multi) as ColumnDef<T, unknown>["filterFn"]),
        sortUndefined: "last" as const,
        aggregationFn: c.aggregationFn ?? (c.meta?.kind === "number" ? ("sum" as const) : undefined),
      })),
    [columns],
  );

  const table = useReactTable<T>({
    data,
    columns: preparedColumns,
    state: { ...state, expanded },
    onSortingChange: (u: Updater<TableViewState["sorting"]>) => commit({ sorting: functionalUpdate(u, state.sorting), pagination: firstPage }),
    onColumnFiltersChange: (u: Updater<TableViewState["columnFilters"]>) =>
      commit({ columnFilters: functionalUpdate(u, state.columnFilters), pagination: firstPage }),
    onGlobalFilterChange: (u: Updater<string>) => commit({ globalFilter: functionalUpdate(u, state.globalFilter), pagination: firstPage }, "replace"),
    onColumnVisibilityChange: (u: Updater<TableViewState["columnVisibility"]>) => commit({ columnVisibility: functionalUpdate(u, state.columnVisibility) }),
    onGroupingChange: (u: Updater<string[]>) => commit({ grouping: functionalUpdate(u, state.grouping), pagination: firstPage }),
    onPaginationChange: (u: Updater<TableViewState["pagination"]>) => commit({ pagination: functionalUpdate(u, state.pagination) }),
    onExpandedChange: setExpanded,
    globalFilterFn: (row, columnId, value: string) =>
      String(row.getValue<unknown>(columnId) ?? "")
        .toLowerCase()
        .includes(String(value).toLowerCase()),
    getColumnCanGlobalFilter: () => true,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getFacetedRowModel: getFacetedRowModel(),
    getFacetedUniqueValues: getFacetedUniqueValues(),
    getGroupedRowModel: getGroupedRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    // The view lives in the URL; TanStack must not reset it on its own when the rows change.
    autoResetAll: false,
  });

  const rows = table.getRowModel().rows;
  const visibleCount = table.getVisibleLeafColumns().length;
  return (
    <div className="dt" data-table={tableKey}>
      {problems.length ? (
        <div className="notice warn" role="status">
          Some view settings in the address were not understood and were ignored: {problems.join("; ")}.
        </div>
      ) : null}
      <Toolbar table={table} label={label} onSearch={(value) => commit({ globalFilter: value, pagination: firstPage }, "replace")}>
        {exportTarget ? <ExportMenu target={{ ...exportTarget, prefixes: [`${tableKey}.`] }} /> : null}
      </Toolbar>
      <div className="dt-scroll">
        <table className="dt-table">
          <caption className="sr-only">
            {label}: {table.getFilteredRowModel().rows.length} rows
          </caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th
                    key={header.id}
                    scope="col"
                    className={header.column.columnDef.meta?.kind === "number" ? "num" : undefined}
                    aria-sort={
                      header.column.getIsSorted() === "asc" ? "ascending" : header.column.getIsSorted() === "desc" ? "descending" : undefined
                    }
                  >
                    <ColumnHeader header={header} />
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={visibleCount} className="dt-empty">
                  No {label} match these filters.
                </td>
              </tr>
            ) : (
              rows.map((row) =>
                row.getIsGrouped() ? (
                  <tr key={row.id} className="group-row">
                    <td colSpan={visibleCount}>
                      <button type="button" onClick={row.getToggleExpandedHandler()} aria-expanded={row.getIsExpanded()}>
                        {row.getIsExpanded() ? "▾" : "▸"} {String(row.groupingValue ?? "—") || "—"} ({row.subRows.length})
                      </button>
                    </td>
                  </tr>
                ) : (
                  <tr key={row.id}>
                    {row.getVisibleCells().map((cell) => (
                      <td key={cell.id} className={cell.column.columnDef.meta?.kind === "number" ? "num" : undefined}>
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    ))}
                  </tr>
                ),
              )
            )}
          </tbody>
        </table>
      </div>
      <Pagination table={table} />
    </div>
  );
}
