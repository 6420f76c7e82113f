import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Applies the committed migrations to an SQLite file with Prisma's own CLI
 * (`prisma migrate deploy`, engine-free through prisma.config.ts). The one way Parallax
 * migrates a database: used by `npm start`, db:restore, the import CLI and the test set-up.
 *
 * Prisma's JavaScript schema engine needs the database to itself: while another connection is
 * open (a running server), `migrate deploy` waits for a lock and fails. So callers check
 * `pendingMigrations` first and only migrate a database that is behind.
 */
export function migrateDeploy(file: string): void {
  const cli = path.resolve(process.cwd(), "node_modules", "prisma", "build", "index.js");
  try {
    execFileSync(process.execPath, [cli, "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: `file:${file}`, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    const detail = `${e.stdout?.toString() ?? ""}${e.stderr?.toString() ?? ""}`;
    const busy = /SocketTimeout|database is locked|SQLITE_BUSY/.test(detail);
    throw new Error(
      busy
        ? `Could not apply the migrations to ${file}: another process has the database open (is Parallax running?). Stop it and run npm run db:migrate.`
        : `Could not apply the migrations to ${file}:\n${detail.split("\n").filter((l) => !/^\s+at /.test(l)).join("\n").trim()}`,
    );
  }
}

/** Names of the committed migrations (prisma/migrations/<name>/migration.sql), oldest first. */
export function committedMigrations(root = process.cwd()): string[] {
  const dir = path.join(root, "prisma", "migrations");
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

/** The committed migrations a database has not applied yet (all of them for a new file). */
export function pendingMigrations(file: string): string[] {
  const all = committedMigrations();
  if (!fs.existsSync(file)) return all;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
    if (!table) return all;
    const applied = new Set(
      (db.prepare(`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).all() as { name: string }[]).map((r) => r.name),
    );
    return all.filter((name) => !applied.has(name));
  } finally {
    db.close();
  }
}

/** Migrates the database only when it is new or behind; returns the migrations applied. */
export function migrateIfBehind(file: string): string[] {
  const pending = pendingMigrations(file);
  if (pending.length) migrateDeploy(file);
  return pending;
}
