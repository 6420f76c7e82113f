"use client";

import { DataTable } from "../data-table/data-table";
import type { MissionListRow } from "@/lib/queries/missions";
import { missionColumns } from "./columns";

const defaults = { sorting: [{ id: "startDate", desc: false }] };

export function MissionsTable({ rows }: { rows: MissionListRow[] }) {
  return <DataTable tableKey="missions" label="missions" columns={missionColumns} data={rows} defaults={defaults} />;
}
