"use client";

import type { Table } from "@tanstack/react-table";

/** Show or hide columns, and group rows by a category column. */
export function ViewOptions<T>({ table }: { table: Table<T> }) {
  const hideable = table.getAllLeafColumns().filter((c) => c.getCanHide());
  const groupable = table.getAllLeafColumns().filter((c) => c.getCanGroup() && c.columnDef.meta?.kind === "category");
  const grouping = table.getState().grouping[0] ?? "";
  return (
    <>
      <details className="dt-popover">
        <summary>Columns</summary>
        <div className="panel" role="group" aria-label="Visible columns">
          {hideable.map((c) => (
            <label key={c.id}>
              <input type="checkbox" checked={c.getIsVisible()} onChange={(e) => c.toggleVisibility(e.target.checked)} />
              {c.columnDef.meta?.label ?? c.id}
            </label>
          ))}
        </div>
      </details>
      {groupable.length ? (
        <label className="small">
          Group by{" "}
          <select value={grouping} onChange={(e) => table.setGrouping(e.target.value ? [e.target.value] : [])}>
            <option value="">—</option>
            {groupable.map((c) => (
              <option key={c.id} value={c.id}>
                {c.columnDef.meta?.label ?? c.id}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </>
  );
}
