"use client";

import { DataTable } from "../data-table/data-table";
import type { ConflictListRow } from "@/lib/queries/conflicts";
import { conflictColumns } from "./columns";

const defaults = { sorting: [{ id: "name", desc: false }] };

export function ConflictsTable({ rows }: { rows: ConflictListRow[] }) {
  return <DataTable tableKey="conflicts" label="conflicts" columns={conflictColumns} data={rows} defaults={defaults} />;
}
