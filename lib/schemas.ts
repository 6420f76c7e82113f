import { z } from "zod";

/**
 * Schemas for what comes from outside: URL parameters of pages and API requests.
 * Messages are sentences that name the parameter and say what to send instead.
 */

export const IdParam = z
  .string()
  .regex(/^[1-9]\d{0,15}$/, "must be a positive whole number such as 42")
  .transform(Number);

export const PageParam = z
  .string()
  .regex(/^[1-9]\d{0,6}$/, "is not a page number (1, 2, 3 …)")
  .transform(Number);

export type ParamProblem = { parameter: string; message: string };

/** Reads one optional search parameter through a schema; a bad value becomes a named problem and the default. */
export function readParam<T>(
  params: Record<string, string | string[] | undefined>,
  name: string,
  schema: z.ZodType<T>,
  fallback: T,
  problems: ParamProblem[],
): T {
  const raw = params[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Array.isArray(raw) ? raw[0] : raw;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  problems.push({ parameter: name, message: `“${value}” ${parsed.error.issues[0]?.message ?? "is not valid"}` });
  return fallback;
}
