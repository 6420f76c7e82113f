import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../tests/helpers/test-db";

const tsx = path.resolve("node_modules", "tsx", "dist", "cli.mjs");

function run(script: string, args: string[], databaseFile: string): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, [tsx, script, ...args], { env: { ...process.env, DATABASE_URL: `file:${databaseFile}` }, stdio: "pipe" }).toString();
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: Buffer; stderr: Buffer };
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

const figureCount = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM "Figure"`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe("db:backup and db:restore", () => {
  let t: ReturnType<typeof createTestDb>;
  let dir: string;
  beforeAll(() => {
    t = createTestDb({ seeded: true });
    dir = path.dirname(t.file);
  });
  afterAll(() => t.cleanup());

  it("round-trips: a backup restores the data removed after it", () => {
    const backup = path.join(dir, "backups", "parallax.db");
    const before = figureCount(t.file);
    const made = run("scripts/db-backup.ts", [backup], t.file);
    expect(made.code, made.out).toBe(0);
    expect(made.out).toMatch(/integrity ok/);
    expect(figureCount(backup)).toBe(before);

    t.db.prepare(`DELETE FROM "Figure" WHERE key IS NULL AND "pkoMissionId" IS NOT NULL`).run();
    expect(figureCount(t.file)).toBeLessThan(before);

    const restored = run("scripts/db-restore.ts", [backup], t.file);
    expect(restored.code, restored.out).toBe(0);
    expect(figureCount(t.file)).toBe(before);
  });

  it("never overwrites an existing backup", () => {
    const existing = path.join(dir, "existing.db");
    fs.writeFileSync(existing, "keep me");
    const result = run("scripts/db-backup.ts", [existing], t.file);
    expect(result.code).not.toBe(0);
    expect(result.out).toMatch(/exists already/);
    expect(fs.readFileSync(existing, "utf8")).toBe("keep me");
  });

  it("refuses a file that is not a sound Parallax database and leaves the current one untouched", () => {
    const before = figureCount(t.file);
    const junk = path.join(dir, "junk.db");
    fs.writeFileSync(junk, "this is not SQLite");
    const result = run("scripts/db-restore.ts", [junk], t.file);
    expect(result.code).not.toBe(0);
    expect(result.out).toMatch(/Refusing to restore/);
    expect(result.out).not.toMatch(/\n\s+at /); // no stack trace
    const other = path.join(dir, "other.db");
    new Database(other).exec("CREATE TABLE notes (x TEXT)");
    expect(run("scripts/db-restore.ts", [other], t.file).out).toMatch(/not a Parallax database/);
    expect(figureCount(t.file)).toBe(before);
  });
});
