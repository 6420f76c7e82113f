import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "../../lib/db-core";
import { migrateDeploy } from "../../lib/migrate";
import { seed } from "../../seed";

/**
 * Vitest global set-up (epic-stack style): builds two template databases once per run —
 * an empty migrated one and a seeded one — that tests copy with tests/helpers/test-db.ts.
 */
export const TEMPLATE_DB = path.resolve(process.cwd(), "tmp", "vitest-template.db");
export const SEEDED_DB = path.resolve(process.cwd(), "tmp", "vitest-seeded.db");

function fresh(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
}

export default async function setup(): Promise<void> {
  fresh(TEMPLATE_DB);
  migrateDeploy(TEMPLATE_DB);
  fresh(SEEDED_DB);
  fs.copyFileSync(TEMPLATE_DB, SEEDED_DB);
  const db = openDatabase(SEEDED_DB);
  try {
    await seed(db);
    // Fold the WAL into the file so copies of it are complete.
    db.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    db.close();
  }
}
