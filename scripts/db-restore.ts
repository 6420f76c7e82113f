import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { openDatabase } from "../lib/db-core";
import { databaseFile } from "../lib/env";
import { migrateIfBehind } from "../lib/migrate";
import { checkIntegrity } from "./db-check";

/**
 * `npm run db:restore -- <file>`: checks the backup first (integrity, a Parallax database) and
 * only then copies it over the current database through SQLite's backup API, then applies any
 * migrations newer than the backup. A bad file is refused and the current database is untouched.
 */
async function main(): Promise<void> {
  const input = process.argv[2];
  if (!input) throw new Error("Name the backup to restore: npm run db:restore -- backups/parallax-2026-11-25.db");
  const backup = path.resolve(input);
  if (!fs.existsSync(backup)) throw new Error(`There is no file ${backup}.`);
  const check = checkIntegrity(backup);
  if (!check.ok) throw new Error(`Refusing to restore ${backup}: ${check.detail}. The current database was not touched.`);
  const target = databaseFile();
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Open the target like the app does (WAL), so the backup API writes through SQLite's locks.
  openDatabase(target).close();
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  const applied = migrateIfBehind(target);
  const after = checkIntegrity(target);
  if (!after.ok) throw new Error(`The restored database failed its integrity check: ${after.detail}.`);
  console.log(`Restored ${backup} into ${target} (integrity ok${applied.length ? `; applied ${applied.length} newer migration(s)` : ""}).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
