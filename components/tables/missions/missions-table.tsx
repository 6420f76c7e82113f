"use client";

import Link from "next/link";
import type { MissionListRow } from "@/lib/queries/missions";
import { specDefaults } from "@/lib/tables/fields";
import { missionsTable } from "@/lib/tables/specs";
import { DataTable } from "../data-table/data-table";
import { columnsFromFields } from "../data-table/from-fields";

const columns = columnsFromFields<MissionListRow>(missionsTable.fields, {
  name: (r) => <Link href={`/missions/${r.slug}`}>{r.name}</Link>,
  lead: (r) => (r.leadSlug ? <Link href={`/actors/${r.leadSlug}`}>{r.lead}</Link> : "—"),
});
const defaults = specDefaults(missionsTable);

export function MissionsTable({ rows }: { rows: MissionListRow[] }) {
  return <DataTable tableKey={missionsTable.key} label={missionsTable.label} columns={columns} data={rows} defaults={defaults} exportTarget={{ table: "missions" }} />;
}
