import { apiError } from "@/lib/api";

/** Any address under /api that no route handles: a JSON 404 that names the path, never an HTML page. */
function notFound(request: Request) {
  const { pathname } = new URL(request.url);
  return apiError(404, `There is no API endpoint ${pathname}. The endpoints are listed in the README (GET /api/v1/conflicts, /missions, /figures, /arguments, /export/<table>).`, "path");
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
