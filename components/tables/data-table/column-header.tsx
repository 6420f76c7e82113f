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
  return (
    <button
      type="button"
      className="dt-sort"
      onClick={column.getToggleSortingHandler()}
      aria-label={`Sort by ${label}${sorted ? (sorted === "asc" ? ", sorted ascending" : ", sorted descending") : ""}`}
    >
      {content}
      <span aria-hidden="true">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
    </button>
  );
}
