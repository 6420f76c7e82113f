"use client";

import type { Column } from "@tanstack/react-table";
import { categoryValues } from "@/lib/tables/apply-view";
import type { CellValue } from "@/lib/tables/fields";

/** Multi-select of a category column's values, with how many rows carry each. */
export function FacetedFilter<T>({ column }: { column: Column<T, unknown> }) {
  const label = column.columnDef.meta?.label ?? column.id;
  const selected = (column.getFilterValue() as string[] | undefined) ?? [];
  const facets = new Map<string, number>();
  for (const [value, count] of column.getFacetedUniqueValues()) {
    const parts = Array.isArray(value) ? value.map(String) : categoryValues(value as CellValue, column.columnDef.meta?.multi);
    for (const p of parts) if (p) facets.set(p, (facets.get(p) ?? 0) + count);
  }
  const options = [...facets.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  const toggle = (value: string) => {
    const next = selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value];
    column.setFilterValue(next.length ? next : undefined);
  };
  return (
    <details className="dt-popover">
      <summary>
        {label}
        {selected.length ? ` (${selected.length})` : ""}
      </summary>
      <div className="panel" role="group" aria-label={`Filter ${label}`}>
        {options.map(([value, count]) => (
          <label key={value}>
            <input type="checkbox" checked={selected.includes(value)} onChange={() => toggle(value)} />
            {value} <span className="muted">({count})</span>
          </label>
        ))}
        {selected.length ? (
          <button type="button" onClick={() => column.setFilterValue(undefined)}>
            Clear
          </button>
        ) : null}
      </div>
    </details>
  );
}
