"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { labels } from "@/lib/domain";
import type { ActorListRow } from "@/lib/queries/actors";
import "../data-table/column-meta";

export const actorColumns: ColumnDef<ActorListRow, unknown>[] = [
  {
    id: "name",
    accessorKey: "name",
    header: "Actor",
    meta: { label: "Actor", kind: "text" },
    enableHiding: false,
    cell: ({ row }) => <Link href={`/actors/${row.original.slug}`}>{row.original.name}</Link>,
  },
  { id: "kind", accessorFn: (r) => (labels.actorKind as Record<string, string>)[r.kind] ?? r.kind, header: "Kind", meta: { label: "Kind", kind: "category" } },
  { id: "state", accessorFn: (r) => r.state ?? "", header: "State", meta: { label: "Belongs to state", kind: "category" } },
  { id: "roles", accessorKey: "roles", header: "Roles in conflicts", meta: { label: "Roles in conflicts", kind: "number" } },
  { id: "missions", accessorKey: "missions", header: "Missions", meta: { label: "Missions led or contributed to", kind: "number" } },
];
