"use client";

import { usePath, useQuery } from "@/components/hooks/address";
import { ExportMenu, exportHref } from "@/components/tables/data-table/export-menu";
import { COMPARE_NAMES } from "./comparison-table";

/** Export of one of /compare's derived tables (deaths by year, strength, mandate matrix) for the selection and view. */
export function CompareTableExport({ table, label }: { table: "deaths" | "strength" | "mandates"; label: string }) {
  return <ExportMenu target={{ table, prefixes: [], names: COMPARE_NAMES, label }} />;
}

/** One workbook with every table of the comparison and its sources. */
export function ExportReportButton() {
  const search = useQuery();
  const pathname = usePath();
  const href = exportHref({ table: "report", prefixes: ["table."], names: COMPARE_NAMES }, new URLSearchParams(search.toString()), pathname, "xlsx", "view");
  return (
    <a className="button primary" href={href} download>
      Export report (XLSX)
    </a>
  );
}
