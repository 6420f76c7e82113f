import type { FilterFn, RowData } from "@tanstack/react-table";
import type { ColumnKind } from "./url-state";

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Human column name: header, filters, "Columns" menu and export headers. */
    label: string;
    kind: ColumnKind;
  }
}

/** Category filter: the row's value is one of the chosen values. */
export const inCategories: FilterFn<unknown> = (row, id, value: string[]) => {
  if (!Array.isArray(value) || value.length === 0) return true;
  const cell = row.getValue<unknown>(id);
  const values = Array.isArray(cell) ? cell.map(String) : String(cell ?? "").split(", ");
  return values.some((v) => value.includes(v));
};

/** Number or year range; rows without a value drop out once a bound is set. */
export const inRange: FilterFn<unknown> = (row, id, value: [number | undefined, number | undefined]) => {
  const [lo, hi] = value ?? [];
  if (lo === undefined && hi === undefined) return true;
  const cell = row.getValue<unknown>(id);
  const n = typeof cell === "number" ? cell : typeof cell === "string" && /^\d{4}/.test(cell) ? Number(cell.slice(0, 4)) : NaN;
  if (Number.isNaN(n)) return false;
  return (lo === undefined || n >= lo) && (hi === undefined || n <= hi);
};

export const containsText: FilterFn<unknown> = (row, id, value: string) =>
  !value || String(row.getValue<unknown>(id) ?? "").toLowerCase().includes(String(value).toLowerCase());

export function filterFnFor(kind: ColumnKind): FilterFn<unknown> {
  return kind === "category" ? inCategories : kind === "number" || kind === "date" ? inRange : containsText;
}
