import { z } from "zod";
import { json, parseQuery } from "@/lib/api";
import { listConflicts } from "@/lib/queries/conflicts";

const Query = z.object({}).strict();

/** GET /api/v1/conflicts — every conflict with its UCDP aggregates (newest releases). */
export function GET(request: Request) {
  const q = parseQuery(new URL(request.url), Query);
  if (!q.ok) return q.response;
  const conflicts = listConflicts();
  return json({ count: conflicts.length, conflicts });
}
