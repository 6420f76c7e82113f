import type { ColumnDef } from "@tanstack/react-table";
import type { ReactNode } from "react";
import { formatNumber, formatPartialDate } from "@/lib/format";
import { compareValues, isEmpty } from "@/lib/tables/apply-view";
import type { CellValue, Field } from "@/lib/tables/fields";
import "./column-meta";

export type CellRenderers<T> = Partial<Record<string, (row: T) => ReactNode>>;

/** TanStack columns from a table's fields: the same values, labels and order as its exports. */
export function columnsFromFields<T>(fields: Field<T>[], cells: CellRenderers<T> = {}, extra: ColumnDef<T, unknown>[] = []): ColumnDef<T, unknown>[] {
  return [
    ...fields.map<ColumnDef<T, unknown>>((f) => {
      const render = cells[f.id];
      return {
        id: f.id,
        accessorFn: (row) => {
          const v = f.value(row);
          return isEmpty(v) ? undefined : v;
        },
        header: f.label,
        meta: { label: f.label, kind: f.kind, multi: f.multi },
        enableSorting: f.sortable !== false,
        enableColumnFilter: f.filterable !== false,
        enableHiding: f.id !== fields[0]?.id,
        sortingFn: (a, b, id) => compareValues(a.getValue<CellValue>(id), b.getValue<CellValue>(id)),
        sortUndefined: "last",
        cell: render ? ({ row }) => render(row.original) : ({ getValue }) => defaultCell(getValue() as CellValue | undefined, f),
      };
    }),
    ...extra,
  ];
}

function defaultCell<T>(value: CellValue | undefined, { kind, plain }: Field<T>): ReactNode {
  if (value === undefined || value === null || value === "") return "—";
  if (kind === "number" && typeof value === "number") return plain ? String(value) : formatNumber(value);
  if (kind === "date" && typeof value === "string") return formatPartialDate(value);
  return String(value);
}
