"use client";

import { DataTable } from "../data-table/data-table";
import type { ActorListRow } from "@/lib/queries/actors";
import { actorColumns } from "./columns";

const defaults = { sorting: [{ id: "name", desc: false }], pagination: { pageIndex: 0, pageSize: 50 } };

export function ActorsTable({ rows }: { rows: ActorListRow[] }) {
  return <DataTable tableKey="actors" label="actors" columns={actorColumns} data={rows} defaults={defaults} />;
}
