import type { Database } from "../lib/db-core";

/**
 * Insert-or-update by a natural key (slug, key, or a tuple), returning the row id, so the seed
 * is idempotent and ids stay stable across runs (annotations will point at them).
 * `IS` compares NULLs as equal, which a tuple key with optional parts (a role's start date) needs.
 */
export function upsert(db: Database, table: string, key: Record<string, unknown>, values: Record<string, unknown>): number {
  const keyCols = Object.keys(key);
  const where = keyCols.map((k) => `"${k}" IS @k_${k}`).join(" AND ");
  const keyParams = Object.fromEntries(keyCols.map((k) => [`k_${k}`, normalise(key[k])]));
  const existing = db.prepare(`SELECT id FROM "${table}" WHERE ${where}`).get(keyParams) as { id: number } | undefined;
  const all = { ...key, ...values };
  const params = Object.fromEntries(Object.entries(all).map(([k, v]) => [k, normalise(v)]));
  if (existing) {
    const sets = Object.keys(values).map((k) => `"${k}" = @${k}`);
    if (sets.length) db.prepare(`UPDATE "${table}" SET ${sets.join(", ")} WHERE id = @__id`).run({ ...params, __id: existing.id });
    return existing.id;
  }
  const cols = Object.keys(all);
  const info = db.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map((c) => `@${c}`).join(", ")})`).run(params);
  return Number(info.lastInsertRowid);
}

/** Inserts a row and returns its id. */
export function insert(db: Database, table: string, values: Record<string, unknown>): number {
  const cols = Object.keys(values);
  const params = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, normalise(v)]));
  const info = db.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map((c) => `@${c}`).join(", ")})`).run(params);
  return Number(info.lastInsertRowid);
}

/** Insert a row of a link table unless it exists (composite primary key). */
export function link(db: Database, table: string, values: Record<string, number>): void {
  const cols = Object.keys(values);
  db.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map((c) => `@${c}`).join(", ")}) ON CONFLICT DO NOTHING`).run(values);
}

/** Deletes the rows of `table` matching `scope` whose id is not in `keep`. */
export function deleteOthers(db: Database, table: string, keep: Iterable<number>, scope = "1 = 1"): number {
  const ids = [...keep];
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS keep_ids (id INTEGER PRIMARY KEY)`);
  db.exec(`DELETE FROM keep_ids`);
  const insert = db.prepare(`INSERT INTO keep_ids (id) VALUES (?) ON CONFLICT DO NOTHING`);
  for (const id of ids) insert.run(id);
  return db.prepare(`DELETE FROM "${table}" WHERE ${scope} AND id NOT IN (SELECT id FROM keep_ids)`).run().changes;
}

function normalise(v: unknown): unknown {
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === undefined) return null;
  return v;
}
