"use client";

import Link from "next/link";
import { AddToCompare } from "@/components/compare/add-to-compare";
import { Sourced } from "@/components/ui/sourced";
import { derivedTip } from "@/lib/citation-text";
import { formatNumber } from "@/lib/format";
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
    brdTotal: (r) => ucdpValue(r, r.brdTotal, r.brdRelease, "sum of the best estimates over the years mapped to this conflict"),
    brdPeak: (r) => ucdpValue(r, r.brdPeak, r.brdRelease, `the highest yearly total (${r.brdPeakYear ?? "—"}), best estimates`),
    yearsAtWar: (r) => ucdpValue(r, r.yearsAtWar, r.acdRelease, "years at intensity level 2 (at least 1,000 battle-related deaths)"),
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

/** A UCDP aggregate with its release and how it was computed one hover away, the rows behind it one click away. */
function ucdpValue(r: ConflictListRow, value: number | null, release: string | null, how: string) {
  if (value === null) return "—";
  const ids = r.ucdpIds ? `UCDP conflict ${r.ucdpIds}: ` : "";
  return <Sourced text={formatNumber(value)} href={`/conflicts/${r.slug}#deaths`} tip={derivedTip(release, `${ids}${how}`)} />;
}

export function ConflictsTable({ rows }: { rows: ConflictListRow[] }) {
  return <DataTable tableKey={conflictsTable.key} label={conflictsTable.label} columns={columns} data={rows} defaults={defaults} exportTarget={{ table: "conflicts" }} />;
}
