"use client";

import Link from "next/link";
import { FigureChip } from "@/components/ui/figure-chip";
import { sourceLabel } from "@/lib/citation-text";
import { formatFigurePeriod } from "@/lib/format";
import type { FigureView } from "@/lib/queries/figures";
import { specDefaults } from "@/lib/tables/fields";
import { figuresTable } from "@/lib/tables/specs";
import { DataTable } from "../data-table/data-table";
import { columnsFromFields } from "../data-table/from-fields";

const columns = columnsFromFields<FigureView>(figuresTable.fields, {
  value: (f) => <FigureChip figure={f} />,
  period: (f) => formatFigurePeriod(f),
  about: (f) =>
    f.conflict ? (
      <Link href={`/conflicts/${f.conflict.slug}`}>{f.conflict.name}</Link>
    ) : f.mission ? (
      <Link href={`/missions/${f.mission.slug}`}>{f.mission.name}</Link>
    ) : f.actor ? (
      <Link href={`/actors/${f.actor.slug}`}>{f.actor.name}</Link>
    ) : (
      "—"
    ),
  source: (f) => <Link href={`/sources/${encodeURIComponent(f.source.key)}`}>{sourceLabel(f.source)}</Link>,
  locator: (f) => <span className="locator">{figuresTable.fields.find((x) => x.id === "locator")!.value(f)}</span>,
});
const defaults = specDefaults(figuresTable);

/** `exportParams` say which figures the table holds (conflict=donbas&curated=true), so the export holds the same. */
export function FiguresTable({ rows, exportParams }: { rows: FigureView[]; exportParams: Record<string, string> }) {
  return <DataTable tableKey={figuresTable.key} label={figuresTable.label} columns={columns} data={rows} defaults={defaults} exportTarget={{ table: "figures", params: exportParams }} />;
}
