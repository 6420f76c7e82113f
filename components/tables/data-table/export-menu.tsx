"use client";

import { usePath, useQuery } from "@/components/hooks/address";
import { useId, useState } from "react";

export type ExportTarget = {
  /** the export API's table name (conflicts, figures, comparison …) */
  table: string;
  /** parameters that say which rows the table holds on this page (conflict=donbas&curated=true) */
  params?: Record<string, string>;
  /** URL parameter prefixes of the view to carry (the table's own, e.g. "conflicts.") and exact names (c, metric …) */
  prefixes: string[];
  names?: string[];
  formats?: ("csv" | "xlsx" | "md")[];
  label?: string;
};

const FORMAT_LABELS = { csv: "CSV", xlsx: "Excel (XLSX)", md: "Markdown" } as const;

/** Builds the export API address for the current view (or the full table) of a table on this page. */
export function exportHref(target: ExportTarget, search: URLSearchParams, pathname: string, format: string, scope: "view" | "full"): string {
  const params = new URLSearchParams({ format, scope });
  for (const [k, v] of Object.entries(target.params ?? {})) params.set(k, v);
  if (scope === "view") {
    for (const [k, v] of search) if (target.prefixes.some((p) => k.startsWith(p)) || target.names?.includes(k)) params.set(k, v);
  } else {
    for (const name of target.names ?? []) if (name === "c" && search.get("c")) params.set("c", search.get("c")!);
  }
  // The view's address as a person reads it (":" and "," unescaped), cited in the file.
  const query = search.toString().replace(/%3A/gi, ":").replace(/%2C/gi, ",");
  params.set("view_url", `${pathname}${query ? `?${query}` : ""}`);
  return `/api/v1/export/${target.table}?${params.toString()}`;
}

/** "Export": choose the current view or the full table, then a format — two clicks to a file. */
export function ExportMenu({ target }: { target: ExportTarget }) {
  const search = useQuery();
  const pathname = usePath();
  const [scope, setScope] = useState<"view" | "full">("view");
  const name = useId();
  const formats = target.formats ?? ["csv", "xlsx", "md"];
  return (
    <details className="dt-popover export-menu">
      <summary>{target.label ?? "Export"}</summary>
      <div className="panel" role="group" aria-label={target.label ?? "Export"}>
        <fieldset className="export-scope">
          <legend className="small muted">Rows and columns</legend>
          <label>
            <input type="radio" name={name} checked={scope === "view"} onChange={() => setScope("view")} /> Current view
          </label>
          <label>
            <input type="radio" name={name} checked={scope === "full"} onChange={() => setScope("full")} /> Full table
          </label>
        </fieldset>
        {formats.map((format) => (
          <a key={format} className="export-link" href={exportHref(target, new URLSearchParams(search.toString()), pathname, format, scope)} download>
            {FORMAT_LABELS[format]}
          </a>
        ))}
      </div>
    </details>
  );
}
