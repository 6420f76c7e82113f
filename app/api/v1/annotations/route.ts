import { z } from "zod";
import { apiError, json, parseQuery } from "@/lib/api";
import { TARGET_TYPES } from "@/lib/annotations";
import { sessionUserFromHeaders } from "@/lib/auth-session";
import { listVisibleNotes } from "@/lib/queries/annotations";

const Query = z
  .object({
    entry_type: z.enum(TARGET_TYPES, { message: `must be one of ${TARGET_TYPES.join(", ")}` }).optional(),
    entry: z.string().min(1, "must name an entry (a slug, “<mandate-slug>#<clause>” or a figure id)").max(200, "is too long").optional(),
    tag: z.string().min(1, "must be a tag").max(40, "is too long").optional(),
    limit: z.coerce.number({ message: "must be a number" }).int("must be a whole number").min(1, "must be at least 1").max(1000, "must be at most 1000").optional(),
    offset: z.coerce.number({ message: "must be a number" }).int("must be a whole number").min(0, "must be 0 or more").optional(),
  })
  .strict();

/**
 * GET /api/v1/annotations — the notes the caller may read: the team's and the caller's own private
 * ones, never anyone else's private notes nor deleted ones. Needs a session (the browser's cookie);
 * without one it answers 401. Filters: entry_type, entry (with entry_type), tag, limit, offset.
 */
export async function GET(request: Request) {
  const q = parseQuery(new URL(request.url), Query);
  if (!q.ok) return q.response;
  const user = await sessionUserFromHeaders(request.headers);
  if (!user) return apiError(401, "Sign in to read annotations: they are the team's working notes. Send the session cookie of a signed-in browser.");
  if (q.value.entry && !q.value.entry_type) return apiError(400, "Parameter “entry” needs entry_type (conflict, mission, mandate_clause, figure, argument or actor).", "entry");
  const limit = q.value.limit ?? 200;
  const offset = q.value.offset ?? 0;
  const { total, notes } = await listVisibleNotes(user, { targetType: q.value.entry_type, targetKey: q.value.entry, tag: q.value.tag, limit, offset });
  return json({
    total,
    limit,
    offset,
    count: notes.length,
    annotations: notes.map((n) => ({
      id: n.id,
      entry: n.target,
      author: n.author.name,
      visibility: n.visibility,
      tags: n.tags,
      version: n.version,
      createdAt: n.createdAt,
      updatedAt: n.updatedAt,
      updatedBy: n.updatedBy.name,
      markdown: n.body,
      html: n.html,
    })),
  });
}
