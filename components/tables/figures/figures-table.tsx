"use client";

import { DataTable } from "../data-table/data-table";
import type { FigureView } from "@/lib/queries/figures";
import { figureColumns } from "./columns";

const defaults = { columnVisibility: { unit: false }, pagination: { pageIndex: 0, pageSize: 50 } };

export function FiguresTable({ rows, tableKey = "figures" }: { rows: FigureView[]; tableKey?: string }) {
  return <DataTable tableKey={tableKey} label="figures" columns={figureColumns} data={rows} defaults={defaults} />;
}
