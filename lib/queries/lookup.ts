import "server-only";
import { getSqlite } from "../db";

/** Slug → id for API filters; null when no such entity exists. */
export function findId(table: "Conflict" | "Mission" | "Actor" | "Article", slug: string): number | null {
  const row = getSqlite().prepare(`SELECT id FROM "${table}" WHERE slug = ?`).get(slug) as { id: number } | undefined;
  return row?.id ?? null;
}

export function findSourceId(key: string): number | null {
  const row = getSqlite().prepare(`SELECT id FROM "Source" WHERE key = ?`).get(key) as { id: number } | undefined;
  return row?.id ?? null;
}
