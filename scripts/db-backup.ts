import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseFile } from "../lib/env";
import { checkIntegrity } from "./db-check";

/**
 * `npm run db:backup -- <file>`: an online, consistent copy of the database through SQLite's
 * backup API (the server may keep running), checked with PRAGMA integrity_check.
 */
async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target) throw new Error("Name the backup file: npm run db:backup -- backups/parallax-2026-11-25.db");
  const source = databaseFile();
  if (!fs.existsSync(source)) throw new Error(`There is no database at ${source} to back up. Start Parallax once (npm start) or set DATABASE_URL.`);
  const out = path.resolve(target);
  if (fs.existsSync(out)) throw new Error(`${out} exists already; choose a new file name so no backup is overwritten.`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(out);
  } finally {
    db.close();
  }
  const check = checkIntegrity(out);
  if (!check.ok) {
    fs.rmSync(out, { force: true });
    throw new Error(`The copy failed its integrity check (${check.detail}); nothing was kept.`);
  }
  console.log(`Backed up ${source} to ${out} (${check.tables} tables, integrity ok).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
