"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import type { ArgumentListRow } from "@/lib/queries/arguments";
import "../data-table/column-meta";

export const argumentColumns: ColumnDef<ArgumentListRow, unknown>[] = [
  {
    id: "summary",
    accessorKey: "summary",
    header: "Argument",
    meta: { label: "Argument", kind: "text" },
    enableHiding: false,
    cell: ({ row }) => <Link href={`/dossier/${row.original.articleSlug}#${row.original.slug}`}>{row.original.summary}</Link>,
  },
  {
    id: "quote",
    accessorKey: "quote",
    header: "Quote",
    meta: { label: "Exact quote", kind: "text" },
    cell: ({ row }) => (
      <span>
        <q>{row.original.quote}</q>{" "}
        <span className="locator">
          lines {row.original.lineStart}–{row.original.lineEnd}
        </span>
      </span>
    ),
  },
  { id: "author", accessorKey: "author", header: "Author", meta: { label: "Author", kind: "category" } },
  { id: "article", accessorFn: (r) => `${r.articleNumber}. ${r.articleTitle}`, header: "Article", meta: { label: "Article", kind: "category" } },
  { id: "conflicts", accessorKey: "conflicts", header: "Conflicts", meta: { label: "Conflicts", kind: "category" } },
  { id: "missions", accessorKey: "missions", header: "Missions", meta: { label: "Missions", kind: "text" } },
  { id: "actors", accessorKey: "actors", header: "Actors", meta: { label: "Actors", kind: "text" } },
  { id: "figures", accessorKey: "figures", header: "Figures", meta: { label: "Linked figures", kind: "number" } },
];
