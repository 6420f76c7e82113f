import type { FilterFn, RowData } from "@tanstack/react-table";
import { matchesCategories, matchesRange, matchesText } from "@/lib/tables/apply-view";
import type { CellValue } from "@/lib/tables/fields";
import type { ColumnKind } from "@/lib/tables/url-state";

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Human column name: header, filters, "Columns" menu and export headers. */
    label: string;
    kind: ColumnKind;
    /** a category cell listing several values with ", " */
    multi?: boolean;
  }
}

/** TanStack filter functions over the shared matchers (lib/tables/apply-view), so exports filter alike. */
const inCategories: FilterFn<unknown> = (row, id, value: string[]) => matchesCategories(row.getValue<CellValue>(id), value);
const inAnyCategory: FilterFn<unknown> = (row, id, value: string[]) => matchesCategories(row.getValue<CellValue>(id), value, true);
const inRange: FilterFn<unknown> = (row, id, value: [number | undefined, number | undefined]) => matchesRange(row.getValue<CellValue>(id), value);
const containsText: FilterFn<unknown> = (row, id, value: string) => matchesText(row.getValue<CellValue>(id), value);

export function filterFnFor(kind: ColumnKind, multi = false): FilterFn<unknown> {
  return kind === "category" ? (multi ? inAnyCategory : inCategories) : kind === "number" || kind === "date" ? inRange : containsText;
}
