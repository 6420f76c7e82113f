/**
 * `IN (…)` with one named parameter per value: portable SQL (no SQLite-only json_each),
 * and an empty list never matches instead of being a syntax error.
 */
export function inList(prefix: string, values: readonly unknown[], params: Record<string, unknown>): string {
  if (values.length === 0) return "(NULL)";
  return `(${values
    .map((value, i) => {
      params[`${prefix}${i}`] = value;
      return `:${prefix}${i}`;
    })
    .join(", ")})`;
}
