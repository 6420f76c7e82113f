"use client";

import Link from "next/link";
import { AddToCompare } from "@/components/compare/add-to-compare";
import type { ConflictListRow } from "@/lib/queries/conflicts";
import { specDefaults } from "@/lib/tables/fields";
import { conflictsTable } from "@/lib/tables/specs";
import { DataTable } from "../data-table/data-table";
import { columnsFromFields } from "../data-table/from-fields";

const columns = columnsFromFields<ConflictListRow>(
  conflictsTable.fields,
  {
    name: (r) => (
      <>
        <Link href={`/conflicts/${r.slug}`}>{r.name}</Link>
        {!r.inDossier ? (
          <span className="badge outside" title="Not discussed in the dossier; from the UCDP data">
            data only
          </span>
        ) : null}
      </>
    ),
    status: (r) => <span className={`badge status-${r.status}`}>{conflictsTable.fields.find((f) => f.id === "status")!.value(r)}</span>,
  },
  [
    {
      id: "compare",
      header: "Compare",
      meta: { label: "Compare", kind: "text" },
      enableSorting: false,
      enableColumnFilter: false,
      enableGlobalFilter: false,
      cell: ({ row }) => <AddToCompare slug={row.original.slug} name={row.original.name} compact />,
    },
  ],
);
const defaults = specDefaults(conflictsTable);

export function ConflictsTable({ rows }: { rows: ConflictListRow[] }) {
  return <DataTable tableKey={conflictsTable.key} label={conflictsTable.label} columns={columns} data={rows} defaults={defaults} exportTarget={{ table: "conflicts" }} />;
}
