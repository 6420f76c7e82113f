import { NextResponse } from "next/server";
import { z } from "zod";

/**
 * The read-only JSON API's conventions: every parameter is validated with zod; an unknown or
 * malformed parameter answers 400 and an unknown entity 404, with a JSON error that names the
 * parameter; no stack trace ever leaves the server.
 */

export type ApiError = { error: { status: number; parameter?: string; message: string } };

export function apiError(status: number, message: string, parameter?: string): NextResponse<ApiError> {
  return NextResponse.json({ error: { status, ...(parameter ? { parameter } : {}), message } }, { status });
}

export type QueryResult<T> = { ok: true; value: T } | { ok: false; response: NextResponse<ApiError> };

/** Validates a request's query string against a strict object schema: unknown names are errors too. */
export function parseQuery<S extends z.ZodObject>(url: URL, schema: S): QueryResult<z.infer<S>> {
  const known = new Set(Object.keys(schema.shape));
  const raw: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (!known.has(name)) {
      const expected = known.size ? `Known parameters: ${[...known].join(", ")}.` : "This endpoint takes no parameters.";
      return { ok: false, response: apiError(400, `Unknown parameter “${name}”. ${expected}`, name) };
    }
    if (name in raw) return { ok: false, response: apiError(400, `Parameter “${name}” is given more than once.`, name) };
    raw[name] = value;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const parameter = String(issue.path[0] ?? "");
    return { ok: false, response: apiError(400, `Parameter “${parameter}”: ${issue.message}.`, parameter) };
  }
  return { ok: true, value: parsed.data };
}

export const slugParam = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a slug such as nagorno-karabakh (lower-case letters, digits and hyphens)");
export const yearParam = z.coerce.number({ message: "must be a year such as 2014" }).int("must be a whole year").min(1900, "must be 1900 or later").max(2100, "must be 2100 or earlier");
export const boolParam = z.enum(["true", "false"], { message: "must be true or false" }).transform((v) => v === "true");

export function json<T>(body: T, init?: ResponseInit): NextResponse<T> {
  return NextResponse.json(body, { ...init, headers: { "Cache-Control": "no-store", ...(init?.headers ?? {}) } });
}
