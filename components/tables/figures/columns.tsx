"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { FigureChip } from "@/components/ui/figure-chip";
import { describeLocator, sourceLabel } from "@/lib/citation-text";
import { formatFigurePeriod } from "@/lib/format";
import type { FigureView } from "@/lib/queries/figures";
import "../data-table/column-meta";

export const figureColumns: ColumnDef<FigureView, unknown>[] = [
  { id: "subject", accessorKey: "subject", header: "Subject", meta: { label: "Subject", kind: "text" }, enableHiding: false },
  { id: "measure", accessorKey: "measureLabel", header: "Measure", meta: { label: "Measure", kind: "category" } },
  {
    id: "value",
    accessorFn: (f) => f.best ?? f.high ?? f.low,
    header: "Value",
    meta: { label: "Value", kind: "number" },
    aggregationFn: undefined,
    cell: ({ row }) => <FigureChip figure={row.original} />,
  },
  { id: "unit", accessorKey: "unit", header: "Unit", meta: { label: "Unit", kind: "category" } },
  {
    id: "period",
    accessorFn: (f) => f.periodStart ?? (f.year !== null ? String(f.year) : null),
    header: "Date / period",
    meta: { label: "Date or period", kind: "date" },
    cell: ({ row }) => formatFigurePeriod(row.original),
  },
  {
    id: "about",
    accessorFn: (f) => f.conflict?.name ?? f.mission?.name ?? f.actor?.name ?? "",
    header: "About",
    meta: { label: "Conflict / mission / actor", kind: "category" },
    cell: ({ row }) => {
      const f = row.original;
      if (f.conflict) return <Link href={`/conflicts/${f.conflict.slug}`}>{f.conflict.name}</Link>;
      if (f.mission) return <Link href={`/missions/${f.mission.slug}`}>{f.mission.name}</Link>;
      if (f.actor) return <Link href={`/actors/${f.actor.slug}`}>{f.actor.name}</Link>;
      return "—";
    },
  },
  {
    id: "source",
    accessorFn: (f) => sourceLabel(f.source),
    header: "Source",
    meta: { label: "Source", kind: "category" },
    cell: ({ row }) => <Link href={`/sources/${encodeURIComponent(row.original.source.key)}`}>{sourceLabel(row.original.source)}</Link>,
  },
  {
    id: "locator",
    accessorFn: (f) => describeLocator(f.locator),
    header: "Locator",
    meta: { label: "Locator", kind: "text" },
    cell: ({ getValue }) => <span className="locator">{getValue() as string}</span>,
  },
];
