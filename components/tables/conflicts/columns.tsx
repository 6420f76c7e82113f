"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { AddToCompare } from "@/components/compare/add-to-compare";
import { labels } from "@/lib/domain";
import { formatNumber, formatPartialDate } from "@/lib/format";
import type { ConflictListRow } from "@/lib/queries/conflicts";
import "../data-table/column-meta";

const typeLabel = (v: string) => (labels.conflictType as Record<string, string>)[v] ?? v;
const statusLabel = (v: string) => (labels.conflictStatus as Record<string, string>)[v] ?? v;

export const conflictColumns: ColumnDef<ConflictListRow, unknown>[] = [
  {
    id: "name",
    accessorKey: "name",
    header: "Conflict",
    meta: { label: "Conflict", kind: "text" },
    enableHiding: false,
    cell: ({ row }) => (
      <>
        <Link href={`/conflicts/${row.original.slug}`}>{row.original.name}</Link>
        {!row.original.inDossier ? <span className="badge outside" title="Not discussed in the dossier; from the UCDP data">data only</span> : null}
      </>
    ),
  },
  { id: "region", accessorKey: "region", header: "Region", meta: { label: "Region", kind: "category" } },
  { id: "type", accessorFn: (r) => typeLabel(r.type), header: "Type", meta: { label: "Type", kind: "category" } },
  {
    id: "status",
    accessorFn: (r) => statusLabel(r.status),
    header: "Status",
    meta: { label: "Status", kind: "category" },
    cell: ({ row }) => (
      <span className={`badge status-${row.original.status}`} title={`As of ${formatPartialDate(row.original.statusAsOf)}`}>
        {statusLabel(row.original.status)}
      </span>
    ),
  },
  {
    id: "startDate",
    accessorKey: "startDate",
    header: "Start",
    meta: { label: "Start", kind: "date" },
    cell: ({ getValue }) => formatPartialDate(getValue() as string | null),
  },
  { id: "ucdpIds", accessorKey: "ucdpIds", header: "UCDP ids", meta: { label: "UCDP conflict ids", kind: "text" } },
  {
    id: "brdTotal",
    accessorKey: "brdTotal",
    header: "Battle deaths (UCDP, all years)",
    meta: { label: "Battle-related deaths, total (UCDP BRD)", kind: "number" },
    cell: ({ getValue }) => formatNumber(getValue() as number | null),
  },
  {
    id: "brdPeak",
    accessorKey: "brdPeak",
    header: "Peak year deaths",
    meta: { label: "Battle-related deaths, peak year (UCDP BRD)", kind: "number" },
    cell: ({ row }) =>
      row.original.brdPeak === null ? "—" : `${formatNumber(row.original.brdPeak)} (${row.original.brdPeakYear ?? "?"})`,
  },
  {
    id: "yearsAtWar",
    accessorKey: "yearsAtWar",
    header: "Years at war intensity",
    meta: { label: "Years at war intensity (UCDP/PRIO ACD)", kind: "number" },
    cell: ({ getValue }) => formatNumber(getValue() as number | null),
  },
  { id: "missions", accessorKey: "missions", header: "Missions", meta: { label: "Missions", kind: "number" } },
  { id: "arguments", accessorKey: "arguments", header: "Dossier arguments", meta: { label: "Dossier arguments", kind: "number" } },
  { id: "figures", accessorKey: "figures", header: "Dossier figures", meta: { label: "Curated figures", kind: "number" } },
  {
    id: "compare",
    header: "Compare",
    meta: { label: "Compare", kind: "text" },
    enableSorting: false,
    enableColumnFilter: false,
    enableGlobalFilter: false,
    cell: ({ row }) => <AddToCompare slug={row.original.slug} name={row.original.name} compact />,
  },
];
