/**
 * Export benchmark (issue 5): 100,000 figure rows exported as CSV and as XLSX, each timed against
 * the bare cost of the same query plus JSON.stringify of the rows, in the same run; peak memory
 * at 50,000 and 100,000 rows to show it stays flat.
 *
 *   NODE_OPTIONS=--conditions=react-server npx tsx bench/export.ts [--rows 100000]
 * (the react-server condition lets lib/db's "server-only" guard load outside Next).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { openDatabase } from "../lib/db-core";
import { migrateDeploy } from "../lib/migrate";
import { seed } from "../seed";
import { median, peakRss, printResults, recordResults, type BenchResult } from "./results";

const ROWS = Number(process.argv[process.argv.indexOf("--rows") + 1] || 100_000) || 100_000;
const DB = path.resolve("tmp", "bench", "export.db");

async function prepare(): Promise<void> {
  fs.mkdirSync(path.dirname(DB), { recursive: true });
  for (const s of ["", "-wal", "-shm"]) fs.rmSync(DB + s, { force: true });
  migrateDeploy(DB);
  const db = openDatabase(DB);
  await seed(db);
  // A synthetic release of ROWS figures (fixed values, no randomness): what a large GED import leaves behind.
  const source = db
    .prepare(`INSERT INTO "Source" (key, kind, title, "shortTitle", citation, dataset, version, "fileName") VALUES ('bench-synthetic@1', 'dataset', 'Synthetic benchmark release', 'BENCH 1', 'Synthetic data for the export benchmark', 'bench-synthetic', '1', 'synthetic.csv')`)
    .run().lastInsertRowid;
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO "Figure" (measure, unit, best, low, high, qualifier, year, month, "periodStart", subject, "ucdpConflictId", variant, "sourceId", "rowKey", "rowNumber")
     SELECT 'fatalities', 'deaths', (i * 7) % 500, (i * 7) % 500, (i * 7) % 500 + 3, 'exact', 1989 + i % 35, 1 + i % 12,
            printf('%04d-%02d', 1989 + i % 35, 1 + i % 12), 'Synthetic conflict ' || (i % 150) || ', event group ' || i, 100000 + i % 150, 'state-based', ?, 'id=' || i, i + 1
     FROM n`,
  ).run(ROWS, source);
  db.close();
}

const PHASE = process.argv.includes("--phase") ? process.argv[process.argv.indexOf("--phase") + 1] : undefined;
const TOTAL = Number(process.argv[process.argv.indexOf("--total") + 1] || ROWS) || ROWS;

async function main(): Promise<void> {
  if (!PHASE) {
    console.log(`Preparing ${ROWS.toLocaleString("en")} figure rows…`);
    await prepare();
  }
  process.env.DATABASE_URL = `file:${DB}`;
  const { listFigures, countFigures } = await import("../lib/queries/figures");
  const { buildExport } = await import("../lib/export/tables");
  const { toCsv } = await import("../lib/export/csv");
  const { toXlsx } = await import("../lib/export/xlsx");
  const { findSourceId } = await import("../lib/queries/lookup");
  const sourceId = findSourceId("bench-synthetic@1")!;
  if (!PHASE) console.log(`  ${countFigures({ sourceId, allReleases: true }).toLocaleString("en")} rows in the release`);

  // Half the rows: the first half of the years (the synthetic rows spread evenly over 35 years).
  const params = (rows: number) => new URLSearchParams({ format: "csv", scope: "full", source: "bench-synthetic@1", release: "all", ...(rows < TOTAL ? { year_to: String(1989 + Math.round((35 * rows) / TOTAL) - 1) } : {}) });
  const citation = (sources: never[]) => ({ viewUrl: "http://bench/", exportedAt: new Date(), sources });

  const baseline = async () => {
    const t = performance.now();
    const rows = listFigures({ sourceId, allReleases: true }, { limit: ROWS });
    const json = JSON.stringify(rows);
    if (json.length === 0) throw new Error("empty");
    return performance.now() - t;
  };
  const csv = async (rows = ROWS) => {
    const t = performance.now();
    const built = await buildExport("figures", params(rows), "full");
    let bytes = 0;
    for await (const chunk of toCsv(built.tables[0]!, citation(built.sources as never[]))) bytes += chunk.length;
    if (bytes === 0) throw new Error("empty");
    return performance.now() - t;
  };
  const xlsx = async (rows = ROWS) => {
    const t = performance.now();
    const built = await buildExport("figures", params(rows), "full");
    let bytes = 0;
    for await (const chunk of toXlsx(built.tables, citation(built.sources as never[])) as AsyncIterable<Buffer>) bytes += chunk.length;
    if (bytes === 0) throw new Error("empty");
    return performance.now() - t;
  };

  if (PHASE) {
    const { peakMb } = await peakRss(() => (PHASE === "csv" ? csv(ROWS) : xlsx(ROWS)));
    console.log(JSON.stringify({ peakMb }));
    return;
  }
  // Warm up once, then alternate the three so machine noise hits them alike.
  await baseline();
  await csv();
  const times = { baseline: [] as number[], csv: [] as number[], xlsx: [] as number[] };
  for (let i = 0; i < 3; i++) {
    times.baseline.push(await baseline());
    times.csv.push(await csv());
    times.xlsx.push(await xlsx());
  }
  const b = median(times.baseline);
  // Peak memory of each export alone, in a fresh process, at half and full size: flat means it does not grow with the rows.
  const peak = (phase: "csv" | "xlsx", rows: number) => {
    const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, "--phase", phase, "--rows", String(rows), "--total", String(ROWS)], {
      env: { ...process.env, DATABASE_URL: `file:${DB}` },
    }).toString();
    return (JSON.parse(out.trim().split("\n").pop()!) as { peakMb: number }).peakMb;
  };
  const mem = { csvHalf: peak("csv", ROWS / 2), csvFull: peak("csv", ROWS), xlsxHalf: peak("xlsx", ROWS / 2), xlsxFull: peak("xlsx", ROWS) };
  const results: BenchResult[] = [
    { name: "export-csv", value: median(times.csv), baseline: b, ratio: median(times.csv) / b, target: 2, unit: "ms", note: `${ROWS.toLocaleString("en")} rows vs query + JSON.stringify` },
    { name: "export-xlsx", value: median(times.xlsx), baseline: b, ratio: median(times.xlsx) / b, target: 6, unit: "ms", note: `${ROWS.toLocaleString("en")} rows vs query + JSON.stringify` },
    { name: "export-csv-peak-rss", value: mem.csvFull, baseline: 300, ratio: mem.csvFull / 300, target: 1, unit: "MB", note: `${(ROWS / 2).toLocaleString("en")} rows: ${mem.csvHalf.toFixed(0)} MB (flat if close)` },
    { name: "export-xlsx-peak-rss", value: mem.xlsxFull, baseline: 300, ratio: mem.xlsxFull / 300, target: 1, unit: "MB", note: `${(ROWS / 2).toLocaleString("en")} rows: ${mem.xlsxHalf.toFixed(0)} MB (flat if close)` },
  ];
  printResults(results);
  recordResults(results);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
