"use client";

import type { Header } from "@tanstack/react-table";
import { flexRender } from "@tanstack/react-table";

/** A sortable header: click to sort ascending, again for descending, a third time to clear. */
export function ColumnHeader<T>({ header }: { header: Header<T, unknown> }) {
  const column = header.column;
  const label = column.columnDef.meta?.label ?? column.id;
  const content = header.isPlaceholder ? null : flexRender(column.columnDef.header, header.getContext());
  if (!column.getCanSort()) return <>{content}</>;
  const sorted = column.getIsSorted();
  // The name says what the visible text says (WCAG 2.5.3): a short header ("Abkhazia") keeps the
  // full label first and itself after it.
  const shown = typeof column.columnDef.header === "string" ? column.columnDef.header : null;
  const name = shown && !label.includes(shown) ? `${label} (${shown})` : label;
  return (
    <button
      type="button"
      className="dt-sort"
      onClick={column.getToggleSortingHandler()}
      aria-label={`Sort by ${name}${sorted ? (sorted === "asc" ? ", sorted ascending" : ", sorted descending") : ""}`}
    >
      {content}
      <span aria-hidden="true">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
    </button>
  );
}
