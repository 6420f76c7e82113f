"use client";

import type { Table } from "@tanstack/react-table";
import { useEffect, useState, type ReactNode } from "react";
import { FacetedFilter } from "./faceted-filter";
import { RangeFilter } from "./range-filter";
import { ViewOptions } from "./view-options";

/** Search box, per-column filters (faceted for categories, ranges for numbers and dates) and view options. */
export function Toolbar<T>({ table, label, onSearch, children }: { table: Table<T>; label: string; onSearch: (value: string) => void; children?: ReactNode }) {
  const current = table.getState().globalFilter as string;
  const [search, setSearch] = useState(current);
  useEffect(() => setSearch(current), [current]);
  useEffect(() => {
    if (search === current) return;
    const t = setTimeout(() => onSearch(search), 250);
    return () => clearTimeout(t);
  }, [search]); // eslint-disable-line react-hooks/exhaustive-deps

  const filterable = table.getAllLeafColumns().filter((c) => c.getCanFilter() && c.getIsVisible());
  const active = table.getState().columnFilters.length > 0 || current !== "";
  return (
    <div className="dt-toolbar">
      <input type="search" placeholder={`Search ${label}…`} aria-label={`Search ${label}`} value={search} onChange={(e) => setSearch(e.target.value)} />
      <div className="dt-filters">
        {filterable.map((c) =>
          c.columnDef.meta?.kind === "category" ? (
            <FacetedFilter key={c.id} column={c} />
          ) : c.columnDef.meta?.kind === "number" || c.columnDef.meta?.kind === "date" ? (
            <RangeFilter key={c.id} column={c} />
          ) : null,
        )}
      </div>
      <ViewOptions table={table} />
      {children}
      {active ? (
        <button
          type="button"
          onClick={() => {
            setSearch("");
            table.resetColumnFilters(true);
            table.resetGlobalFilter(true);
          }}
        >
          Reset filters
        </button>
      ) : null}
    </div>
  );
}
