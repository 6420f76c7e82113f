import { z } from "zod";
import { apiError, json, parseQuery, slugParam } from "@/lib/api";
import { listArguments } from "@/lib/queries/arguments";
import { findId } from "@/lib/queries/lookup";

const Query = z.object({ conflict: slugParam.optional(), article: slugParam.optional() }).strict();

/** GET /api/v1/arguments — the dossier's arguments with quote, locator and links; filters: conflict, article. */
export function GET(request: Request) {
  const q = parseQuery(new URL(request.url), Query);
  if (!q.ok) return q.response;
  const filter: { conflictId?: number; articleId?: number } = {};
  if (q.value.conflict) {
    const id = findId("Conflict", q.value.conflict);
    if (id === null) return apiError(404, `No conflict “${q.value.conflict}”. GET /api/v1/conflicts lists them.`, "conflict");
    filter.conflictId = id;
  }
  if (q.value.article) {
    const id = findId("Article", q.value.article);
    if (id === null) return apiError(404, `No dossier article “${q.value.article}”.`, "article");
    filter.articleId = id;
  }
  const args = listArguments(filter);
  return json({ count: args.length, arguments: args });
}
