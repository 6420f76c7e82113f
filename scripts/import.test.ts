import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../lib/db-core";
import { FILES, copyOf, csvCells, dataFile, scratch, setCell } from "../lib/importers/test-helpers";
import { createTestDb, tableCounts } from "../tests/helpers/test-db";
import { generateGedCsv } from "../bench/ged-generator";

/**
 * The command line, run as a user runs it (a process of its own against DATABASE_URL): output,
 * exit codes, and what is left in the database, including after the process is killed halfway.
 */
const ROOT = process.cwd();
const CLI = ["--import", "tsx", path.join(ROOT, "scripts", "import.ts")];

function cli(database: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...CLI, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: `file:${database}`, INIT_CWD: ROOT },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function integrity(file: string): string {
  const db = openDatabase(file, { readonly: true });
  try {
    return db.pragma("integrity_check", { simple: true }) as string;
  } finally {
    db.close();
  }
}

function countsOf(file: string): Record<string, number> {
  const db = openDatabase(file, { readonly: true });
  try {
    return tableCounts(db);
  } finally {
    db.close();
  }
}

let s: ReturnType<typeof scratch>;
beforeAll(() => {
  s = scratch();
});
afterAll(() => s.cleanup());

describe("npm run import", () => {
  it("migrates a new database, detects the format, imports, and says unchanged the second time", () => {
    const database = path.join(s.dir, "new.db");
    const first = cli(database, dataFile(FILES.brd));
    expect(first.stderr).toMatch(/Applied \d+ migration\(s\)/);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Imported ucdp-brd-dyadic-v24\.1\.csv as UCDP BRD 24\.1: 1,920 rows read/);
    expect(first.stdout).toContain("data set        ucdp-brd, detected from the header (the UCDP BRD columns)");
    expect(first.stdout).toContain("compared with   nothing: the data set's first release (by version order), so every row is new");
    expect(first.stdout).toMatch(/\n {2}rows read\s+1,920\n {2}rejected\s+0\n {2}new\s+1,920\n {2}updated\s+0\n {2}unchanged\s+0\n {2}removed\s+0\n/);
    expect(first.stdout).not.toMatch(/inserted|derived figures/);
    expect(first.stdout).toMatch(/Warnings: 7 row\(s\) kept as published:\n\s+line 485\s+bd_low "198": expected at most bd_best \(197\)/);

    const again = cli(database, dataFile(FILES.brd), "--dataset", "ucdp-brd");
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/already imported as UCDP BRD 24\.1 .*nothing changed/);
    expect(again.stdout).toMatch(/\n {2}unchanged\s+1,920 {2}\(the rows of the release already imported from this file\)/);
    expect(countsOf(database)).toMatchObject({ Source: 1, Figure: 1920 });

    // A revised copy as 24.2: three values changed, one row dropped. Compared with 24.1, the
    // release it supersedes, by row key: the numbers /imports's revisions table shows.
    const revised = copyOf(s.dir, FILES.brd, {
      as: "ucdp-brd-dyadic-v24.2.csv",
      edit: (lines) => {
        const header = lines[0]!;
        const out = lines.map((l, i) => (i === 0 ? l : setCell(l, header, "version", "24.2")));
        for (const i of [10, 500, 1631]) out[i] = setCell(out[i]!, header, "bd_best", String(Number(csvCells(out[i]!)[csvCells(header).indexOf("bd_best")]) + 1));
        out.splice(1900, 1);
        return out;
      },
    });
    const next = cli(database, revised);
    expect(next.code).toBe(0);
    expect(next.stdout).toMatch(/^Imported ucdp-brd-dyadic-v24\.2\.csv as UCDP BRD 24\.2: 1,919 rows read, 1,919 figures written/);
    expect(next.stdout).toContain("compared with   UCDP BRD 24.1, the release it supersedes (rows matched by row key)");
    expect(next.stdout).toMatch(/\n {2}rows read\s+1,919\n {2}rejected\s+0\n {2}new\s+0\n {2}updated\s+3\n {2}unchanged\s+1,916\n {2}removed\s+1\n/);
    expect(countsOf(database)).toMatchObject({ Source: 2, Figure: 1920 + 1919 });
  });

  it("rejects a file with errors (exit 1), naming line, column, value and what was expected, and writes nothing", () => {
    const t = createTestDb({ seeded: true });
    t.db.close();
    const before = countsOf(t.file);
    const broken = copyOf(s.dir, FILES.brd, {
      as: "brd-broken.csv",
      edit: (lines) =>
        lines
          .map((l, i) => (i === 0 ? l : setCell(l, lines[0]!, "version", "24.2")))
          .map((l, i) => (i === 1631 ? setCell(l, lines[0]!, "bd_best", "n/a") : i === 1700 ? setCell(l, lines[0]!, "year", "19") : l)),
    });
    const r = cli(t.file, broken);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Rejected brd-broken\.csv as UCDP BRD 24\.2: 2 rows have errors; first: line 1632, bd_best "n\/a"/);
    expect(r.stdout).toContain('line 1632  bd_best "n/a": expected a count: a whole number ≥ 0');
    expect(r.stdout).toContain(`line 1701  year "19": expected a year from 1946 to ${new Date().getUTCFullYear() + 1} (no later than next year)`);
    expect(r.stdout).toMatch(/\n {2}rows read\s+1,920\n {2}rejected\s+2\n {2}time/); // nothing compared: nothing was written
    expect(r.stdout).not.toMatch(/\n\s+at /); // no stack trace
    expect(countsOf(t.file)).toEqual(before);
    fs.rmSync(path.dirname(t.file), { recursive: true, force: true });
  });

  it("refuses a file of no known format, listing the columns each format expects", () => {
    const database = path.join(s.dir, "unknown.db");
    const r = cli(database, dataFile("geo-pko-v2-deployments.csv"));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Rejected geo-pko-v2-deployments\.csv: its header matches no data set/);
    expect(r.stdout).toContain("The file's columns: Source, Mission, year, month");
    expect(r.stdout).toContain("UCDP BRD (--dataset ucdp-brd): the columns conflict_id, dyad_id, location_inc");
    expect(r.stdout).toContain("UCDP GED (--dataset ucdp-ged): the columns id, relid, year");
    expect(countsOf(database).Source).toBe(0);
  });

  it("explains a usage mistake (exit 2) without a stack trace", () => {
    const database = path.join(s.dir, "usage.db");
    const none = cli(database);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^Name the file to import\.\n\nUsage: npm run import -- <file>/);
    const bad = cli(database, dataFile(FILES.brd), "--dataset", "ucdp");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^--dataset must be one of ucdp-brd, ucdp-acd/);
    const missing = cli(database, path.join(s.dir, "nope.csv"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^There is no file .*nope\.csv\./);
    for (const r of [none, bad, missing]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("leaves the database exactly as before when the process is killed halfway (SIGKILL)", async () => {
    const t = createTestDb({ seeded: true });
    t.db.close();
    const before = countsOf(t.file);
    const csv = path.join(s.dir, "ged-kill.csv");
    generateGedCsv(csv, { events: 150_000 });

    const child = spawn(process.execPath, [...CLI, csv, "--dataset", "ucdp-ged", "--version", "98.1", "--progress"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${t.file}` },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    const killedAt = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the import never got going: ${stderr}${stdout}`)), 30_000);
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
        // The progress bar's latest count of rows read (and inserted, inside the open transaction).
        const counts = [...stderr.matchAll(/\s([\d,]+) rows\s/g)].map((m) => Number(m[1]!.replace(/,/g, "")));
        const rows = counts[counts.length - 1] ?? 0;
        if (rows >= 20_000 && child.exitCode === null && !child.killed) {
          clearTimeout(timer);
          child.kill("SIGKILL");
          resolve(rows);
        }
      });
      child.on("exit", () => {
        clearTimeout(timer);
        reject(new Error(`the import ended before it was killed: ${stdout}`));
      });
    });
    await new Promise((resolve) => child.once("close", resolve));
    expect(child.signalCode).toBe("SIGKILL");
    expect(killedAt).toBeGreaterThanOrEqual(20_000);
    expect(killedAt).toBeLessThan(150_000);
    expect(stdout).toBe(""); // no summary: it never finished

    expect(integrity(t.file)).toBe("ok");
    expect(countsOf(t.file)).toEqual(before);
    const db = openDatabase(t.file, { readonly: true });
    try {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM "Source" WHERE dataset = 'ucdp-ged' AND version = '98.1'`).get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
    fs.rmSync(path.dirname(t.file), { recursive: true, force: true });
  });
});
