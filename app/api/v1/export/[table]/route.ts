import { apiError } from "@/lib/api";
import type { ExportFormat } from "@/lib/export/model";
import { exportResponse } from "@/lib/export/respond";
import { buildExport, ExportParamError, type Scope } from "@/lib/export/tables";

/**
 * GET /api/v1/export/<table>?format=csv|xlsx|md[&scope=view|full][&view_url=/page?…]
 * with the page's own parameters (conflicts.sort=…, c=…, conflict=…): the file, streamed, as an
 * attachment, citing its sources, the export date and the view it came from. An unknown table,
 * format or parameter answers 400 with a JSON error naming it.
 */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const url = new URL(request.url);
  const { table } = await params;
  const format = url.searchParams.get("format");
  if (format !== "csv" && format !== "xlsx" && format !== "md") {
    return apiError(400, `Parameter “format” must be csv, xlsx or md${format ? `, not “${format}”` : ""}.`, "format");
  }
  const scope = url.searchParams.get("scope") ?? "view";
  if (scope !== "view" && scope !== "full") return apiError(400, `Parameter “scope” must be view or full, not “${scope}”.`, "scope");
  const viewPath = url.searchParams.get("view_url");
  if (viewPath !== null && !/^\/(?!\/)[^\s]*$/.test(viewPath)) {
    return apiError(400, "Parameter “view_url” must be a path of this site, such as /conflicts?conflicts.sort=name:asc.", "view_url");
  }
  if (table === "report" && format !== "xlsx") return apiError(400, "The report is a workbook: use format=xlsx.", "format");
  try {
    const built = await buildExport(table, url.searchParams, scope as Scope);
    const viewUrl = viewPath ? new URL(viewPath, url.origin).toString() : url.toString();
    return exportResponse(built, format as ExportFormat, viewUrl);
  } catch (error) {
    if (error instanceof ExportParamError) return apiError(400, error.message, error.parameter);
    throw error;
  }
}
