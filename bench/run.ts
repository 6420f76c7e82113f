/**
 * `npm run bench` — the performance suite (issue 7), against a production build (`next build` +
 * `next start`) on a throwaway database: the seed plus a generated GED-scale release (300,000 events
 * over 150 conflicts × 35 years, fixed seed) loaded through Parallax's own importer. Every ratio is
 * measured against its baseline in the same run, so the machine's noise cancels. Prints a table and
 * writes bench/results.json ({ name, value, baseline, ratio, target, unit }).
 *
 *   npm run bench                 the full suite (about 10 minutes on a 2-core machine)
 *   npm run bench -- --smoke      a tiny data set and short runs: checks the harness works (used by npm test)
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { openDatabase } from "../lib/db-core";
import { importFile } from "../lib/importers";
import { migrateDeploy } from "../lib/migrate";
import { seed } from "../seed";
import { buildIsCurrent } from "../scripts/build-stamp";
import { generateGedCsv } from "./ged-generator";
import { loadedJavaScriptKb, medianResponseMs, pageJavaScriptKb, peakRssMb, startServer, withoutNodeOptions } from "./http";
import { loadTest } from "./load";
import { median, printResults, recordResults, RESULTS_FILE, type BenchResult } from "./results";

const { values: args } = parseArgs({ options: { smoke: { type: "boolean", default: false }, events: { type: "string" }, port: { type: "string", default: "3171" } } });
const SMOKE = args.smoke ?? false;
const EVENTS = Number(args.events ?? (SMOKE ? 2_000 : 300_000));
const PORT = Number(args.port);
const OUT = path.resolve("tmp", "bench");
const DB = path.join(OUT, SMOKE ? "smoke.db" : "app.db");
const REQUESTS = SMOKE ? 3 : 20;
const LOAD_SECONDS = SMOKE ? 2 : 20;
const COMPARE_SLUGS = ["nagorno-karabakh", "transnistria", "abkhazia", "donbas", "south-ossetia", "tajikistan"];

function log(line: string): void {
  console.log(`[bench] ${line}`);
}

async function prepareDatabase(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  for (const s of ["", "-wal", "-shm"]) fs.rmSync(DB + s, { force: true });
  migrateDeploy(DB);
  const db = openDatabase(DB);
  try {
    await seed(db);
    // The compared conflicts' UCDP ids come first, so /compare and the conflict pages meet the generated events.
    const ids = (
      db
        .prepare(
          `SELECT DISTINCT l."ucdpConflictId" AS id FROM "ConflictUcdpLink" l JOIN "Conflict" c ON c.id = l."conflictId"
           WHERE c.slug IN (${COMPARE_SLUGS.map(() => "?").join(", ")}) ORDER BY l."ucdpConflictId"`,
        )
        .all(...COMPARE_SLUGS) as { id: number }[]
    ).map((r) => r.id);
    const csv = path.join(OUT, `ged-${EVENTS}-${ids.join("-")}.csv`);
    if (!fs.existsSync(`${csv}.done`)) {
      generateGedCsv(csv, { events: EVENTS, conflictIds: ids });
      fs.writeFileSync(`${csv}.done`, "1");
    }
    const report = await importFile(db, { file: csv, dataset: "ucdp-ged", version: "99.1-bench", importedBy: "bench" });
    if (report.status !== "imported") throw new Error(`the generated GED file was not imported: ${report.message}`);
    log(`database: seed + ${EVENTS.toLocaleString("en")} generated GED events`);
  } finally {
    db.close();
  }
}

/** Records every statement the data layer runs, so the same SQL can be replayed directly on a bare connection. */
function captureSql(db: Database.Database): { calls: { sql: string; params: unknown[]; method: "all" | "get" }[]; stop: () => void } {
  const calls: { sql: string; params: unknown[]; method: "all" | "get" }[] = [];
  const original = db.prepare.bind(db);
  (db as unknown as { prepare: (sql: string) => Database.Statement }).prepare = (sql: string) => {
    const statement = original(sql);
    const all = statement.all.bind(statement);
    const get = statement.get.bind(statement);
    (statement as unknown as { all: (...p: unknown[]) => unknown }).all = (...params: unknown[]) => {
      calls.push({ sql, params, method: "all" });
      return all(...params);
    };
    (statement as unknown as { get: (...p: unknown[]) => unknown }).get = (...params: unknown[]) => {
      calls.push({ sql, params, method: "get" });
      return get(...params);
    };
    return statement;
  };
  return { calls, stop: () => ((db as unknown as { prepare: typeof original }).prepare = original) };
}

function replay(db: Database.Database, calls: { sql: string; params: unknown[]; method: "all" | "get" }[]): void {
  for (const c of calls) {
    const st = db.prepare(c.sql);
    if (c.method === "all") st.all(...(c.params as never[]));
    else st.get(...(c.params as never[]));
  }
}

async function timeMedian(n: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** The data layer of /compare (all its queries) against the same SQL run directly on a bare connection. */
async function benchDataLayer(results: BenchResult[]): Promise<{ largest: string }> {
  process.env.DATABASE_URL = `file:${DB}`;
  const { getSqlite } = await import("../lib/db");
  const { getComparisonData } = await import("../lib/queries/compare");
  const { listFigures, countFigures } = await import("../lib/queries/figures");
  const { findId } = await import("../lib/queries/lookup");
  const direct = new Database(DB, { readonly: true });
  const n = SMOKE ? 3 : 30;

  await getComparisonData(COMPARE_SLUGS);
  const capture = captureSql(getSqlite());
  await getComparisonData(COMPARE_SLUGS);
  capture.stop();
  const layer = await timeMedian(n, () => getComparisonData(COMPARE_SLUGS));
  replay(direct, capture.calls);
  const sql = await timeMedian(n, () => replay(direct, capture.calls));
  results.push({ name: "compare-data", value: layer, baseline: sql, ratio: layer / sql, target: 1.5, unit: "ms", note: `getComparisonData for 6 conflicts (${capture.calls.length} statements) vs the same SQL on a bare better-sqlite3 connection` });

  // The conflict with the most figures, for the page and API benchmarks.
  const largest = direct
    .prepare(
      `SELECT c.slug FROM "Conflict" c JOIN "ConflictUcdpLink" l ON l."conflictId" = c.id JOIN "Figure" f ON f."ucdpConflictId" = l."ucdpConflictId"
       GROUP BY c.id ORDER BY COUNT(*) DESC LIMIT 1`,
    )
    .get() as { slug: string };
  const conflictId = findId("Conflict", largest.slug)!;
  const api = captureSql(getSqlite());
  countFigures({ conflictId });
  listFigures({ conflictId }, { limit: 1000 });
  api.stop();
  const apiSql = await timeMedian(n, () => replay(direct, api.calls));
  direct.close();
  (globalThis as { __apiSql?: number }).__apiSql = apiSql;
  return { largest: largest.slug };
}

async function main(): Promise<void> {
  const started = performance.now();
  if (!buildIsCurrent()) {
    log("building (next build)…");
    execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/build.ts"], { stdio: "inherit", env: withoutNodeOptions(process.env) });
  }
  log(`preparing the database (${SMOKE ? "smoke" : "full"} run)…`);
  await prepareDatabase();
  const results: BenchResult[] = [];
  const { largest } = await benchDataLayer(results);
  const apiSql = (globalThis as { __apiSql?: number }).__apiSql!;

  log("starting next start…");
  const server = await startServer(DB, PORT);
  try {
    const compare = `${server.url}/compare?c=${COMPARE_SLUGS.join(",")}`;
    const statik = `${server.url}/about`;
    const conflict = `${server.url}/conflicts/${largest}`;
    const apiFigures = `${server.url}/api/v1/figures?conflict=${largest}`;

    const staticMs = await medianResponseMs(statik, REQUESTS);
    const compareMs = await medianResponseMs(compare, REQUESTS);
    const conflictMs = await medianResponseMs(conflict, REQUESTS);
    const apiMs = await medianResponseMs(apiFigures, REQUESTS);
    results.push({ name: "compare-page", value: compareMs, baseline: staticMs, ratio: compareMs / staticMs, target: 3, unit: "ms", note: `median of ${REQUESTS} after warm-up vs the static /about page` });
    results.push({ name: "conflict-page", value: conflictMs, baseline: staticMs, ratio: conflictMs / staticMs, target: 3, unit: "ms", note: `/conflicts/${largest} (the conflict with the most figures)` });
    results.push({ name: "api-figures", value: apiMs, baseline: apiSql, ratio: apiMs / apiSql, target: 2, unit: "ms", note: `/api/v1/figures?conflict=${largest} (HTTP) vs its SQL run directly` });

    log(`load: ${LOAD_SECONDS} s × 20 connections on /about, then on /compare…`);
    const loadStatic = await loadTest(statik, 20, LOAD_SECONDS);
    const loadCompare = await loadTest(compare, 20, LOAD_SECONDS);
    const failures = loadCompare.errors + loadCompare.non2xx + loadCompare.timeouts + loadStatic.errors + loadStatic.non2xx;
    results.push({
      name: "load",
      value: loadCompare.requestsPerSecond,
      baseline: loadStatic.requestsPerSecond,
      ratio: failures > 0 ? Number.POSITIVE_INFINITY : loadStatic.requestsPerSecond / loadCompare.requestsPerSecond,
      target: 4,
      unit: "req/s",
      note: `static/compare throughput; errors ${loadCompare.errors + loadStatic.errors}, non-2xx ${loadCompare.non2xx + loadStatic.non2xx}, timeouts ${loadCompare.timeouts}`,
    });
    const serverPeak = peakRssMb(server.process.pid!);
    results.push({ name: "server-peak-rss", value: serverPeak, baseline: 300, ratio: serverPeak / 300, target: 1, unit: "MB", note: "peak RSS (VmHWM) of next start through the whole run, load test included" });

    const comparePath = `/compare?c=${COMPARE_SLUGS.join(",")}`;
    const bundle = await pageJavaScriptKb(server.url, comparePath);
    const loaded = await loadedJavaScriptKb(server.url, comparePath);
    results.push({
      name: "bundle",
      value: bundle.kb,
      baseline: 250,
      ratio: bundle.kb / 250,
      target: 1,
      unit: "KB",
      note: `first-load JavaScript of /compare, gzip, ${bundle.files} files, vs a 250 KB budget; with the chart code loaded once the page is interactive, the browser receives ${loaded.kb.toFixed(1)} KB in ${loaded.files} files`,
    });

    const pages = SMOKE ? ["/"] : ["/", `/conflicts/${largest}`, `/compare?c=${COMPARE_SLUGS.join(",")}`];
    log(`lighthouse (desktop) on ${pages.join(", ")}…`);
    const scores = JSON.parse(
      execFileSync(process.execPath, ["bench/lighthouse-child.mjs", ...pages.map((p) => `${server.url}${p}`)], { env: withoutNodeOptions(process.env), maxBuffer: 1 << 20 }).toString().trim().split("\n").pop()!,
    ) as { url: string; performance: number; accessibility: number; failingAccessibilityAudits: string[] }[];
    for (const score of scores) {
      const page = score.url.replace(server.url, "");
      results.push({ name: `lighthouse-performance ${page}`, value: score.performance, baseline: 95, ratio: 95 / Math.max(1, score.performance), target: 1, unit: "score" });
      results.push({
        name: `lighthouse-accessibility ${page}`,
        value: score.accessibility,
        baseline: 100,
        ratio: 100 / Math.max(1, score.accessibility),
        target: 1,
        unit: "score",
        ...(score.failingAccessibilityAudits.length ? { note: `failing: ${score.failingAccessibilityAudits.join(", ")}` } : {}),
      });
    }
  } finally {
    await server.stop();
  }

  if (!SMOKE) {
    log("import benchmark (bench/import.ts)…");
    execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "bench/import.ts", "--events", String(EVENTS)], { stdio: "inherit", env: withoutNodeOptions(process.env) });
    log("export benchmark (bench/export.ts)…");
    execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "bench/export.ts"], { stdio: "inherit", env: { ...process.env, NODE_OPTIONS: "--conditions=react-server" } });
  }
  // A smoke run checks the harness; its numbers never replace a full run's.
  const file = SMOKE ? RESULTS_FILE.replace(/\.json$/, ".smoke.json") : RESULTS_FILE;
  recordResults(results, file);
  const all = JSON.parse(fs.readFileSync(file, "utf8")) as BenchResult[];
  console.log("\nResults (bench/results.json):");
  printResults(SMOKE ? results : all);
  const over = (SMOKE ? results : all).filter((r) => !(r.ratio <= r.target));
  console.log(`\n${over.length ? `${over.length} over target: ${over.map((r) => r.name).join(", ")}` : "every ratio within its target"} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
