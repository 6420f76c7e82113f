import { z } from "zod";
import { apiError, json, parseQuery, slugParam } from "@/lib/api";
import { getConflictDetail } from "@/lib/queries/conflicts";

const Query = z.object({}).strict();

/** GET /api/v1/conflicts/:slug — a conflict with roles, missions and mandates, figures with sources, arguments, UCDP series. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const q = parseQuery(new URL(request.url), Query);
  if (!q.ok) return q.response;
  const { slug } = await params;
  const parsed = slugParam.safeParse(slug);
  if (!parsed.success) return apiError(400, `Conflict “${slug}” ${parsed.error.issues[0]?.message}.`, "slug");
  const detail = await getConflictDetail(parsed.data);
  if (!detail) return apiError(404, `No conflict “${parsed.data}”. GET /api/v1/conflicts lists them.`, "slug");
  return json(detail);
}
