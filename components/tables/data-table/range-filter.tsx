"use client";

import type { Column } from "@tanstack/react-table";
import { useEffect, useState } from "react";

/** Minimum / maximum of a number or date column (years for dates). */
export function RangeFilter<T>({ column }: { column: Column<T, unknown> }) {
  const label = column.columnDef.meta?.label ?? column.id;
  const isDate = column.columnDef.meta?.kind === "date";
  const value = (column.getFilterValue() as [number | undefined, number | undefined] | undefined) ?? [undefined, undefined];
  const [lo, setLo] = useState(value[0]?.toString() ?? "");
  const [hi, setHi] = useState(value[1]?.toString() ?? "");
  useEffect(() => {
    setLo(value[0]?.toString() ?? "");
    setHi(value[1]?.toString() ?? "");
  }, [value[0], value[1]]); // eslint-disable-line react-hooks/exhaustive-deps
  const apply = () => {
    const a = lo === "" ? undefined : Number(lo);
    const b = hi === "" ? undefined : Number(hi);
    column.setFilterValue(a === undefined && b === undefined ? undefined : [a, b]);
  };
  const active = value[0] !== undefined || value[1] !== undefined;
  return (
    <details className="dt-popover">
      <summary>
        {label}
        {active ? ` (${value[0] ?? "…"}–${value[1] ?? "…"})` : ""}
      </summary>
      <form
        className="panel"
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <label>
          {isDate ? "From year" : "Min"}
          <input type="number" value={lo} onChange={(e) => setLo(e.target.value)} aria-label={`${label} minimum`} />
        </label>
        <label>
          {isDate ? "To year" : "Max"}
          <input type="number" value={hi} onChange={(e) => setHi(e.target.value)} aria-label={`${label} maximum`} />
        </label>
        <div style={{ display: "flex", gap: "0.4rem", marginTop: "0.4rem" }}>
          <button type="submit" className="primary">
            Apply
          </button>
          {active ? (
            <button type="button" onClick={() => column.setFilterValue(undefined)}>
              Clear
            </button>
          ) : null}
        </div>
      </form>
    </details>
  );
}
