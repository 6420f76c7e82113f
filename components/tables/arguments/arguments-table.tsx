"use client";

import Link from "next/link";
import type { ArgumentListRow } from "@/lib/queries/arguments";
import { specDefaults } from "@/lib/tables/fields";
import { argumentsTable } from "@/lib/tables/specs";
import { DataTable } from "../data-table/data-table";
import { columnsFromFields } from "../data-table/from-fields";

const columns = columnsFromFields<ArgumentListRow>(argumentsTable.fields, {
  summary: (r) => <Link href={`/dossier/${r.articleSlug}#${r.slug}`}>{r.summary}</Link>,
  quote: (r) => <q>{r.quote}</q>,
});
const defaults = specDefaults(argumentsTable);

export function ArgumentsTable({ rows, exportParams }: { rows: ArgumentListRow[]; exportParams?: Record<string, string> }) {
  return <DataTable tableKey={argumentsTable.key} label={argumentsTable.label} columns={columns} data={rows} defaults={defaults} exportTarget={{ table: "arguments", params: exportParams }} />;
}
