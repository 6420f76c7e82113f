import { z } from "zod";
import { apiError, boolParam, json, parseQuery, slugParam, yearParam } from "@/lib/api";
import { measureKeys } from "@/lib/measures";
import { countFigures, FIGURE_SORTS, listFigures, type FigureFilter } from "@/lib/queries/figures";
import { findId, findSourceId } from "@/lib/queries/lookup";

const Query = z
  .object({
    conflict: slugParam.optional(),
    mission: slugParam.optional(),
    actor: slugParam.optional(),
    measure: z.string().pipe(z.enum(measureKeys, { message: `must be one of ${measureKeys.join(", ")}` })).optional(),
    source: z.string().min(1, "must be a source key such as ispi-2021 or ucdp-brd@24.1").optional(),
    year_from: yearParam.optional(),
    year_to: yearParam.optional(),
    curated: boolParam.optional(),
    release: z.enum(["latest", "all"], { message: "must be latest or all" }).optional(),
    limit: z.coerce.number({ message: "must be a number" }).int("must be a whole number").min(1, "must be at least 1").max(10_000, "must be at most 10000").optional(),
    offset: z.coerce.number({ message: "must be a number" }).int("must be a whole number").min(0, "must be 0 or more").optional(),
    sort: z.enum(FIGURE_SORTS, { message: `must be one of ${FIGURE_SORTS.join(", ")}` }).optional(),
  })
  .strict();

/**
 * GET /api/v1/figures — sourced figures, each with its source, locator and quote.
 * Filters: conflict, mission, actor (slugs), measure, source (key), year_from, year_to,
 * curated (true: dossier and documents only), release (latest — the default — or all), limit, offset,
 * sort (value, date or subject; "-" first for descending), applied in SQL before the page is cut.
 */
export function GET(request: Request) {
  const q = parseQuery(new URL(request.url), Query);
  if (!q.ok) return q.response;
  const p = q.value;
  const filter: FigureFilter = {};
  if (p.conflict) {
    const id = findId("Conflict", p.conflict);
    if (id === null) return apiError(404, `No conflict “${p.conflict}”. GET /api/v1/conflicts lists them.`, "conflict");
    filter.conflictId = id;
  }
  if (p.mission) {
    const id = findId("Mission", p.mission);
    if (id === null) return apiError(404, `No mission “${p.mission}”. GET /api/v1/missions lists them.`, "mission");
    filter.missionId = id;
  }
  if (p.actor) {
    const id = findId("Actor", p.actor);
    if (id === null) return apiError(404, `No actor “${p.actor}”.`, "actor");
    filter.actorId = id;
  }
  if (p.source) {
    const id = findSourceId(p.source);
    if (id === null) return apiError(404, `No source “${p.source}”. The sources page lists their keys.`, "source");
    filter.sourceId = id;
  }
  if (p.year_from !== undefined && p.year_to !== undefined && p.year_from > p.year_to) {
    return apiError(400, `Parameter “year_from” (${p.year_from}) is after year_to (${p.year_to}).`, "year_from");
  }
  if (p.measure) filter.measure = p.measure;
  filter.yearFrom = p.year_from;
  filter.yearTo = p.year_to;
  filter.curatedOnly = p.curated ?? false;
  filter.allReleases = p.release === "all";
  const limit = p.limit ?? 1000;
  const offset = p.offset ?? 0;
  const total = countFigures(filter);
  const figures = listFigures(filter, { limit, offset, sort: p.sort });
  return json({ total, limit, offset, count: figures.length, figures });
}
