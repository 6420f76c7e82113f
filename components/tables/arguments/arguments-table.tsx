"use client";

import { DataTable } from "../data-table/data-table";
import type { ArgumentListRow } from "@/lib/queries/arguments";
import { argumentColumns } from "./columns";

const defaults = { columnVisibility: { missions: false, actors: false }, pagination: { pageIndex: 0, pageSize: 50 } };

export function ArgumentsTable({ rows, tableKey = "arguments" }: { rows: ArgumentListRow[]; tableKey?: string }) {
  return <DataTable tableKey={tableKey} label="arguments" columns={argumentColumns} data={rows} defaults={defaults} />;
}
