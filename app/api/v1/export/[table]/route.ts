import { apiError } from "@/lib/api";
import { sessionUserFromHeaders, type SessionUser } from "@/lib/auth-session";
import type { ExportFormat } from "@/lib/export/model";
import { exportResponse } from "@/lib/export/respond";
import { buildExport, EXPORT_TABLES, ExportParamError, ExportSignInError, isExportTable, repeatedParameter, type Scope } from "@/lib/export/tables";

/**
 * GET /api/v1/export/<table>?format=csv|xlsx|md[&scope=view|full][&view_url=/page?…]
 * with the page's own parameters (conflicts.sort=…, c=…, conflict=…): the file, streamed, as an
 * attachment, citing its sources, the export date and the view it came from. An unknown table,
 * format or parameter, or one given twice, answers 400 with a JSON error naming it.
 *
 * /compare's tables (comparison, mandates, deaths, strength, report) read `c` and the view as the
 * page does (lib/compare/params.ts), so the file equals the page: what the page leaves out with a
 * notice — a slug of no conflict, a malformed one, a conflict beyond the cap, a view setting it does
 * not understand, a year beyond the data — is left out of the file too and named in its citation
 * ("View note: …"). With no conflict left to compare, the answer is 400 naming `c`.
 *
 * The team's notes (`annotations`, and the report's `annotations=include`) need the caller's
 * session: without one the answer is 401 in JSON; with one, the notes are those the caller may
 * read (the same query as /annotations and GET /api/v1/annotations). With PARALLAX_REQUIRE_SIGN_IN
 * every export needs a session, as the whole API does (proxy.ts answers 401 before this runs).
 */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const url = new URL(request.url);
  const { table } = await params;
  if (!isExportTable(table)) return apiError(400, `Unknown table “${table}”. Exportable tables: ${EXPORT_TABLES.join(", ")}.`, "table");
  const repeated = repeatedParameter(url.searchParams);
  if (repeated !== null) return apiError(400, `Parameter “${repeated}” is given more than once.`, repeated);
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
  let viewer: Promise<SessionUser | null> | undefined;
  try {
    const built = await buildExport(table, url.searchParams, scope, { viewer: () => (viewer ??= sessionUserFromHeaders(request.headers)) });
    const viewUrl = viewPath ? new URL(viewPath, url.origin).toString() : url.toString();
    return exportResponse(built, format, viewUrl);
  } catch (error) {
    if (error instanceof ExportParamError) return apiError(400, error.message, error.parameter);
    if (error instanceof ExportSignInError) return apiError(401, error.message, error.parameter);
    throw error;
  }
}
