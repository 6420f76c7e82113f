"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { labels } from "@/lib/domain";
import { formatNumber, formatPartialDate } from "@/lib/format";
import type { MissionListRow } from "@/lib/queries/missions";
import "../data-table/column-meta";

const l = (group: keyof typeof labels, v: string) => (labels[group] as Record<string, string>)[v] ?? v;

export const missionColumns: ColumnDef<MissionListRow, unknown>[] = [
  {
    id: "name",
    accessorKey: "name",
    header: "Mission",
    meta: { label: "Mission", kind: "text" },
    enableHiding: false,
    cell: ({ row }) => <Link href={`/missions/${row.original.slug}`}>{row.original.name}</Link>,
  },
  { id: "kind", accessorFn: (r) => l("missionKind", r.kind), header: "Kind", meta: { label: "Kind", kind: "category" } },
  { id: "category", accessorFn: (r) => l("missionCategory", r.category), header: "Category", meta: { label: "Category", kind: "category" } },
  { id: "status", accessorFn: (r) => l("missionStatus", r.status), header: "Status", meta: { label: "Status", kind: "category" } },
  { id: "conflicts", accessorKey: "conflicts", header: "Conflicts", meta: { label: "Conflicts", kind: "category" } },
  {
    id: "lead",
    accessorFn: (r) => r.lead ?? "",
    header: "Lead",
    meta: { label: "Lead actor", kind: "category" },
    cell: ({ row }) => (row.original.leadSlug ? <Link href={`/actors/${row.original.leadSlug}`}>{row.original.lead}</Link> : "—"),
  },
  { id: "startDate", accessorKey: "startDate", header: "Start", meta: { label: "Start", kind: "date" }, cell: ({ getValue }) => formatPartialDate(getValue() as string | null) },
  { id: "endDate", accessorKey: "endDate", header: "End", meta: { label: "End", kind: "date" }, cell: ({ getValue }) => formatPartialDate(getValue() as string | null) },
  {
    id: "peakStrength",
    accessorKey: "peakStrength",
    header: "Peak strength (panel)",
    meta: { label: "Peak personnel (SIPRI/IPI panel)", kind: "number" },
    cell: ({ getValue }) => formatNumber(getValue() as number | null),
  },
  {
    id: "latestStrength",
    accessorKey: "latestStrength",
    header: "Latest strength (panel)",
    meta: { label: "Latest personnel (SIPRI/IPI panel)", kind: "number" },
    cell: ({ row }) =>
      row.original.latestStrength === null ? "—" : `${formatNumber(row.original.latestStrength)} (${formatPartialDate(row.original.latestPeriod)})`,
  },
  { id: "mandates", accessorKey: "mandates", header: "Mandates", meta: { label: "Mandates", kind: "number" } },
];
