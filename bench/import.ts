import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { migrateDeploy } from "../lib/migrate";
import { generateGedCsv } from "./ged-generator";

/**
 * Import benchmark: `npx tsx bench/import.ts [--events 300000]`.
 *
 * Generates a GED-shaped CSV (bench/ged-generator.ts: GED's 49 columns, fixed seed) at two
 * sizes (the given number of events and twice it) into tmp/bench/, then for each size times
 *   (a) Parallax's import of the file into a fresh migrated database (bench/import-child.ts, in a
 *       process of its own so its peak memory is its own), from the call to the closed database;
 *   (b) the sqlite3 shell's `.import` of the same file into a bare table of a new database
 *       (Debian's sqlite3; `apt-get install sqlite3` when missing);
 * and prints the ratio a/b (target ≤ 3, at the given size) and the import's peak RSS (target
 * < 300 MB, and flat: about the same at both sizes, because the file is streamed, never held in
 * memory; what grows with a small file is SQLite's page cache, capped at 64 MB for the import).
 *
 * Writes its numbers into bench/results.json as { name, value, baseline, ratio, target, unit, note },
 * replacing its own earlier entries (named import.ged-…) and keeping every other benchmark's.
 */

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "tmp", "bench");
const RESULTS = path.join(ROOT, "bench", "results.json");
const SQLITE3 = process.env.SQLITE3 ?? "/usr/bin/sqlite3";

export type BenchEntry = { name: string; value: number; baseline: number | null; ratio: number | null; target: number; unit: string; note?: string };

function freshFile(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

function csvFor(events: number): string {
  const file = path.join(OUT, `ged-${events}.csv`);
  const marker = `${file}.done`;
  if (!fs.existsSync(file) || !fs.existsSync(marker)) {
    process.stdout.write(`Generating ${path.relative(ROOT, file)} (${events.toLocaleString("en-US")} events)… `);
    const bytes = generateGedCsv(file, { events });
    fs.writeFileSync(marker, String(bytes));
    console.log(`${(bytes / 1e6).toFixed(0)} MB`);
  }
  return file;
}

function parallaxImport(csv: string, template: string): { seconds: number; peakRssMb: number; message: string } {
  const db = path.join(OUT, "parallax.db");
  freshFile(db);
  fs.copyFileSync(template, db);
  const child = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "bench", "import-child.ts"), csv, db], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`the Parallax import failed: ${child.stderr || child.stdout}`);
  const result = JSON.parse(child.stdout.trim().split("\n").pop()!) as { ms: number; maxRssKb: number; status: string; message: string };
  if (result.status !== "imported") throw new Error(`the Parallax import did not import: ${result.message}`);
  freshFile(db);
  return { seconds: result.ms / 1000, peakRssMb: result.maxRssKb / 1024, message: result.message };
}

function sqliteImport(csv: string): number {
  if (!fs.existsSync(SQLITE3)) throw new Error(`${SQLITE3} is missing: install Debian's sqlite3 (apt-get install sqlite3) or set SQLITE3.`);
  const db = path.join(OUT, "bare.db");
  freshFile(db);
  const started = performance.now();
  const child = spawnSync(SQLITE3, [db, ".mode csv", `.import ${csv} ged`], { encoding: "utf8" });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0 || child.stderr) throw new Error(`sqlite3 .import failed: ${child.stderr}`);
  freshFile(db);
  return seconds;
}

function mergeResults(entries: BenchEntry[]): void {
  let existing: BenchEntry[] = [];
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(RESULTS, "utf8"));
    if (Array.isArray(parsed)) existing = parsed as BenchEntry[];
  } catch {
    /* no results yet */
  }
  // This benchmark owns the "import.ged-" entries: a run replaces them all (sizes may differ), others stay.
  const ours = (e: BenchEntry) => e.name.startsWith("import.ged-");
  fs.writeFileSync(RESULTS, `${JSON.stringify([...existing.filter((e) => !ours(e)), ...entries], null, 2)}\n`);
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

function main(): void {
  const { values } = parseArgs({ options: { events: { type: "string", default: "300000" } } });
  const events = Number(values.events);
  if (!Number.isInteger(events) || events < 1000) throw new Error("--events must be a whole number ≥ 1000.");
  const sizes = [events, events * 2];
  fs.mkdirSync(OUT, { recursive: true });

  const template = path.join(OUT, "template.db");
  freshFile(template);
  migrateDeploy(template);

  const entries: BenchEntry[] = [];
  const rows: { events: number; a: number; b: number; rss: number }[] = [];
  for (const n of sizes) {
    const csv = csvFor(n);
    const mb = fs.statSync(csv).size / 1e6;
    const b = sqliteImport(csv);
    const a = parallaxImport(csv, template);
    rows.push({ events: n, a: a.seconds, b, rss: a.peakRssMb });
    console.log(
      `${n.toLocaleString("en-US").padStart(9)} events (${mb.toFixed(0)} MB): Parallax ${a.seconds.toFixed(2)} s, sqlite3 .import ${b.toFixed(2)} s, ratio ${(a.seconds / b).toFixed(2)}; peak RSS ${a.peakRssMb.toFixed(0)} MB`,
    );
    entries.push({
      name: `import.ged-${n}.time`,
      value: round(a.seconds),
      baseline: round(b),
      ratio: round(a.seconds / b),
      target: 3,
      unit: "s",
      note: `${n.toLocaleString("en-US")} GED events: Parallax import (value) vs the sqlite3 shell's .import (baseline)`,
    });
  }
  const [main, large] = rows as [(typeof rows)[number], (typeof rows)[number]];
  entries.push({
    name: `import.ged-${main.events}.peak-rss`,
    value: round(main.rss, 0),
    baseline: 300,
    ratio: round(main.rss / 300),
    target: 1,
    unit: "MB",
    note: `peak RSS of the import process; ${round(large.rss, 0)} MB at ${large.events.toLocaleString("en-US")} events (flat if close)`,
  });
  mergeResults(entries);

  const ratio = main.a / main.b;
  const flat = large.rss / main.rss < 1.15;
  console.log(
    [
      "",
      `Ratio Parallax / sqlite3 .import at ${main.events.toLocaleString("en-US")} events: ${ratio.toFixed(2)} (target ≤ 3) ${ratio <= 3 ? "ok" : "ABOVE TARGET"}`,
      `Peak RSS: ${main.rss.toFixed(0)} MB at ${main.events.toLocaleString("en-US")} events, ${large.rss.toFixed(0)} MB at ${large.events.toLocaleString("en-US")} (target < 300 MB, flat) ${large.rss < 300 && flat ? "ok" : "ABOVE TARGET"}`,
      `Written to ${path.relative(ROOT, RESULTS)}.`,
    ].join("\n"),
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
