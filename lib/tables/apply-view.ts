import type { CellValue, Field } from "./fields";
import type { TableViewState } from "./url-state";

/**
 * The rules a table view follows — search, per-column filters, sort, visible columns — as pure
 * functions. The browser table uses the same comparator and filter functions (through TanStack),
 * and exports and the API apply them here, so "the current view" means the same rows everywhere.
 */

/** Values are compared as numbers when both are numbers, else as text in natural order; empty values sort last. */
export function compareValues(a: CellValue | undefined, b: CellValue | undefined): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a ?? "").localeCompare(String(b ?? ""), "en", { numeric: true, sensitivity: "base" });
}

export function isEmpty(v: CellValue | undefined): boolean {
  return v === null || v === undefined || v === "";
}

/** A category cell's values: multi-valued cells list theirs with ", " (a mission's conflicts); others are one value, commas and all. */
export function categoryValues(value: CellValue | undefined, multi = false): string[] {
  const text = String(value ?? "");
  return multi ? text.split(", ") : [text];
}

export function matchesCategories(value: CellValue | undefined, chosen: string[], multi = false): boolean {
  if (!Array.isArray(chosen) || chosen.length === 0) return true;
  const values = categoryValues(value, multi);
  return values.some((v) => chosen.includes(v));
}

/** Number or year range; rows without a value drop out once a bound is set. Dates compare by their year. */
export function matchesRange(value: CellValue | undefined, range: [number | undefined, number | undefined] | undefined): boolean {
  const [lo, hi] = range ?? [];
  if (lo === undefined && hi === undefined) return true;
  const n = typeof value === "number" ? value : typeof value === "string" && /^\d{4}/.test(value) ? Number(value.slice(0, 4)) : NaN;
  if (Number.isNaN(n)) return false;
  return (lo === undefined || n >= lo) && (hi === undefined || n <= hi);
}

export function matchesText(value: CellValue | undefined, needle: string): boolean {
  return !needle || String(value ?? "").toLowerCase().includes(String(needle).toLowerCase());
}

export type AppliedView<T> = { rows: T[]; fields: Field<T>[] };

/** Filters and sorts all rows as the view says, and keeps the visible, exportable fields in order. */
export function applyView<T>(rows: T[], fields: Field<T>[], state: TableViewState, options: { allColumns?: boolean } = {}): AppliedView<T> {
  const byId = new Map(fields.map((f) => [f.id, f]));
  let result = rows;
  if (state.globalFilter) {
    const needle = state.globalFilter;
    result = result.filter((row) => fields.some((f) => matchesText(f.value(row), needle)));
  }
  for (const filter of state.columnFilters) {
    const field = byId.get(filter.id);
    if (!field) continue;
    result = result.filter((row) => {
      const v = field.value(row);
      if (field.kind === "category") return matchesCategories(v, filter.value as string[], field.multi);
      if (field.kind === "number" || field.kind === "date") return matchesRange(v, filter.value as [number | undefined, number | undefined]);
      return matchesText(v, filter.value as string);
    });
  }
  if (state.sorting.length) {
    const sorters = state.sorting.map((s) => ({ field: byId.get(s.id), desc: s.desc })).filter((s) => s.field);
    result = result
      .map((row, index) => ({ row, index }))
      .sort((a, b) => {
        for (const { field, desc } of sorters) {
          const va = field!.value(a.row);
          const vb = field!.value(b.row);
          // Empty values go last whichever the direction, as in the browser table.
          if (isEmpty(va) !== isEmpty(vb)) return isEmpty(va) ? 1 : -1;
          const c = compareValues(va, vb);
          if (c !== 0) return desc ? -c : c;
        }
        return a.index - b.index;
      })
      .map((x) => x.row);
  }
  const visible = fields.filter((f) => f.exportable !== false && (options.allColumns || state.columnVisibility[f.id] !== false));
  return { rows: result, fields: visible };
}
