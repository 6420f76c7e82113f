import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Database } from "../../lib/db-core";
import { SEEDED_DB, TEMPLATE_DB } from "../setup/global-db";

/**
 * A fresh copy of a template database in a temporary directory, removed by `cleanup`:
 * the empty migrated one by default, or the seeded one ({ seeded: true }).
 */
export function createTestDb(options: { seeded?: boolean } = {}): { file: string; db: Database; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-test-"));
  const file = path.join(dir, "test.db");
  fs.copyFileSync(options.seeded ? SEEDED_DB : TEMPLATE_DB, file);
  const db = openDatabase(file);
  return {
    file,
    db,
    cleanup: () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Row counts of every table: a test compares them before and after a rejected import. */
export function tableCounts(db: Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name")
    .all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n]));
}
