import type { ColumnKind, TableViewState } from "./url-state";

/**
 * A table's columns as data: what each shows, filters, sorts, searches and exports. The client
 * table (components/tables) adds only cell renderers; the export (lib/export) and the API apply
 * the same fields with the same rules (lib/tables/apply-view.ts), so a download equals the view.
 */
export type CellValue = string | number | null;

export type Field<T> = {
  id: string;
  /** the human column name: header, filter, "Columns" menu, export header */
  label: string;
  kind: ColumnKind;
  value: (row: T) => CellValue;
  /** hidden until the user shows it */
  hidden?: boolean;
  /** not sortable / filterable (an action column) */
  sortable?: boolean;
  filterable?: boolean;
  /** left out of exports (an action column) */
  exportable?: boolean;
  /** a category cell listing several values with ", " (a mission's conflicts); filters match each value */
  multi?: boolean;
  /** a number shown without thousands separators (a year) */
  plain?: boolean;
  /** number of decimals when a number is shown (default: as needed) */
  decimals?: number;
};

export type TableSpec<T> = {
  key: string;
  /** plural noun for captions, search boxes and file names */
  label: string;
  fields: Field<T>[];
  defaults: Partial<TableViewState>;
  rowId: (row: T) => string;
};

/** The default view of a spec: its default sort etc., with hidden fields hidden. */
export function specDefaults<T>(spec: TableSpec<T>): Partial<TableViewState> {
  const hidden = Object.fromEntries(spec.fields.filter((f) => f.hidden).map((f) => [f.id, false]));
  return { ...spec.defaults, columnVisibility: { ...hidden, ...(spec.defaults.columnVisibility ?? {}) } };
}
