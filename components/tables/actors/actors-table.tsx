"use client";

import Link from "next/link";
import type { ActorListRow } from "@/lib/queries/actors";
import { specDefaults } from "@/lib/tables/fields";
import { actorsTable } from "@/lib/tables/specs";
import { DataTable } from "../data-table/data-table";
import { columnsFromFields } from "../data-table/from-fields";

const columns = columnsFromFields<ActorListRow>(actorsTable.fields, { name: (r) => <Link href={`/actors/${r.slug}`}>{r.name}</Link> });
const defaults = specDefaults(actorsTable);

export function ActorsTable({ rows }: { rows: ActorListRow[] }) {
  return <DataTable tableKey={actorsTable.key} label={actorsTable.label} columns={columns} data={rows} defaults={defaults} exportTarget={{ table: "actors" }} />;
}
