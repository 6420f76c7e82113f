"use client";

import Link from "next/link";
import { Sourced } from "@/components/ui/sourced";
import { derivedTip } from "@/lib/citation-text";
import { formatNumber } from "@/lib/format";
import type { MissionListRow } from "@/lib/queries/missions";
import { specDefaults } from "@/lib/tables/fields";
import { missionsTable } from "@/lib/tables/specs";
import { DataTable } from "../data-table/data-table";
import { columnsFromFields } from "../data-table/from-fields";

const columns = columnsFromFields<MissionListRow>(missionsTable.fields, {
  name: (r) => <Link href={`/missions/${r.slug}`}>{r.name}</Link>,
  lead: (r) => (r.leadSlug ? <Link href={`/actors/${r.leadSlug}`}>{r.lead}</Link> : "—"),
  peakStrength: (r) => strengthValue(r, r.peakStrength, "the highest monthly total of personnel"),
  latestStrength: (r) => strengthValue(r, r.latestStrength, `personnel in the last month the panel covers (${r.latestPeriod ?? "—"})`),
});

/** A SIPRI/IPI panel value with its release one hover away, the monthly series one click away. */
function strengthValue(r: MissionListRow, value: number | null, how: string) {
  if (value === null) return "—";
  return <Sourced text={formatNumber(value)} href={`/missions/${r.slug}#strength`} tip={derivedTip(r.strengthRelease, how)} />;
}
const defaults = specDefaults(missionsTable);

export function MissionsTable({ rows }: { rows: MissionListRow[] }) {
  return <DataTable tableKey={missionsTable.key} label={missionsTable.label} columns={columns} data={rows} defaults={defaults} exportTarget={{ table: "missions" }} />;
}
