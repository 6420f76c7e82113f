import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { openDatabase } from "../lib/db-core";
import { databaseFile } from "../lib/env";
import { datasetKeys, importFile, type ImportError, type ImportProgress, type ImportReport } from "../lib/importers";
import { comparedWith, summaryRows } from "../lib/importers/summary";
import { migrateIfBehind } from "../lib/migrate";

/**
 * `npm run import -- <file> [--dataset …] [--version …] [--dry-run] [--date-order dmy|mdy]`
 *
 * Imports one data file into DATABASE_URL (the default database when unset; migrated first if it
 * is new or behind) as one release, in one transaction: the whole file or nothing. Prints a
 * progress bar on a terminal (stderr) and a summary (stdout). Exit codes: 0 imported, unchanged or
 * a clean dry run; 1 the file was rejected (nothing written); 2 a usage or set-up problem.
 */

const USAGE = `Usage: npm run import -- <file> [options]

Imports a data file as one release of a data set, in one transaction (all rows or none).

Options:
  --dataset <key>       ${datasetKeys.join(" | ")}
                        (default: detected from the file's header)
  --version <release>   the release, e.g. 24.1 (default: the file's version column,
                        a v24.1 token in its name, or the data set's default)
  --dry-run             validate and report, write nothing
  --date-order <order>  dmy or mdy, for a spreadsheet copy whose dates cannot tell
                        (every day ≤ 12)
  --by <name>           who imports (default: cli:<your user name>)
  --progress            show the progress bar even when stderr is not a terminal
  -h, --help            this text

The database is DATABASE_URL (default file:./data/parallax.db).`;

const Args = z.object({
  file: z.string({ error: "Name the file to import." }).min(1, "Name the file to import."),
  dataset: z.enum(datasetKeys, { error: `--dataset must be one of ${datasetKeys.join(", ")}.` }).optional(),
  version: z.string().min(1, "--version needs a value, e.g. 24.1.").optional(),
  dryRun: z.boolean(),
  dateOrder: z.enum(["dmy", "mdy"], { error: "--date-order must be dmy (29/05/1997) or mdy (5/29/97)." }).optional(),
  by: z.string().min(1).optional(),
  progress: z.boolean(),
});
type Args = z.infer<typeof Args>;

class UsageError extends Error {}

export function parseCommandLine(argv: string[]): Args | "help" {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        dataset: { type: "string" },
        version: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        "date-order": { type: "string" },
        by: { type: "string" },
        progress: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[\w+\]: /, ""));
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (positionals.length > 1) throw new UsageError(`Import one file at a time (got ${positionals.length}: ${positionals.join(", ")}).`);
  const result = Args.safeParse({
    file: positionals[0],
    dataset: values.dataset,
    version: values.version,
    dryRun: values["dry-run"],
    dateOrder: values["date-order"],
    by: values.by,
    progress: values.progress,
  });
  if (!result.success) throw new UsageError(result.error.issues.map((i) => i.message).join(" "));
  return result.data;
}

const fmt = (n: number) => n.toLocaleString("en-US");

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "–:––";
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** A one-line progress bar on stderr, redrawn at most ten times a second. */
export function progressBar(stream: NodeJS.WriteStream) {
  let readingSince = 0;
  let last = 0;
  let drawn = false;
  const width = 24;
  return {
    update(p: ImportProgress, force = false) {
      const now = performance.now();
      if (!force && now - last < 100) return;
      last = now;
      const fraction = p.totalBytes > 0 ? Math.min(1, p.bytesRead / p.totalBytes) : 0;
      const filled = Math.round(fraction * width);
      const bar = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}%`;
      let text: string;
      if (p.phase === "hashing") text = `${bar}  checking the file (SHA-256)`;
      else if (p.phase === "finishing") text = `${bar}  ${fmt(p.rowsRead)} rows  finishing (aggregates, commit)`;
      else {
        if (!readingSince) readingSince = now;
        const secs = (now - readingSince) / 1000;
        const rate = secs > 0 ? p.rowsRead / secs : 0;
        const eta = fraction > 0 ? (secs / fraction) * (1 - fraction) : NaN;
        text = `${bar}  ${fmt(p.rowsRead)} rows  ${fmt(Math.round(rate))} rows/s  ETA ${duration(eta)}`;
      }
      stream.write(`\r${text}\u001b[K`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write("\r\u001b[K");
    },
  };
}

function errorLine(e: ImportError): string {
  const where = `line ${e.line}${e.feature ? ` (feature ${e.feature})` : ""}`;
  return `  ${where.padEnd(10)} ${e.column}${e.value ? ` "${e.value}"` : ""}: expected ${e.expected}`;
}

/**
 * The summary printed after an import: what happened, the counts (rows read and rejected; new,
 * updated, unchanged and removed against the release it supersedes; derived figures apart: the
 * same rows as the /imports upload report, lib/importers/summary.ts), then the first errors and warnings.
 */
export function formatReport(report: ImportReport, args: { dryRun?: boolean } = {}): string {
  const lines = [report.message, ""];
  if (report.dataset === null) {
    // No format matched: the file's columns, then what each format needs.
    lines.push(`The file's columns: ${report.errors[0]?.value ?? "none"}`, "", "What each data set needs:");
    for (const e of report.errors) lines.push(`  ${e.expected}`);
    return lines.join("\n");
  }
  const label = (text: string) => `  ${text.padEnd(16)}`;
  lines.push(`${label("data set")}${report.dataset}${report.detected ? `, ${report.detected}` : ""}`);
  if (report.version) lines.push(`${label("release")}${report.version}${args.dryRun ? " (dry run: the counts are what an import would do)" : ""}`);
  const compared = comparedWith(report);
  if (compared) lines.push(`${label("compared with")}${compared}`);
  for (const row of summaryRows(report)) {
    lines.push(`${label(row.label.toLowerCase())}${fmt(row.value).padStart(10)}${row.note ? `  (${row.note})` : ""}`);
  }
  if (report.merged) lines.push(`${label("merged")}${fmt(report.merged).padStart(10)}  (repeated rows, identical to an earlier one)`);
  if (report.skipped) lines.push(`${label("skipped")}${fmt(report.skipped).padStart(10)}  (empty cells)`);
  const written = Object.entries(report.written).filter(([, n]) => n > 0);
  if (written.length) lines.push(`${label(args.dryRun ? "would write" : "written")}${written.map(([t, n]) => `${fmt(n)} ${t}`).join(", ")}`);
  lines.push(`${label("time")}${(report.durationMs / 1000).toFixed(1)} s`);
  if (report.errors.length) {
    const more = report.rejected > report.errors.length ? ` (the first ${report.errors.length})` : "";
    lines.push("", `Errors${more}:`, ...report.errors.map(errorLine));
  }
  if (report.warningCount) {
    const first = report.warningCount > report.warnings.length ? ` (the first ${report.warnings.length})` : "";
    lines.push("", `Warnings: ${fmt(report.warningCount)} row(s) kept as published${first}:`, ...report.warnings.map(errorLine));
  }
  return lines.join("\n");
}

async function main(argv: string[]): Promise<number> {
  let args: Args | "help";
  try {
    args = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args === "help") {
    console.log(USAGE);
    return 0;
  }
  // npm run starts scripts in the project root; INIT_CWD is where the user typed the command.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), args.file);
  if (!fs.existsSync(file)) {
    console.error(`There is no file ${file}.`);
    return 2;
  }
  const dbFile = databaseFile();
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  const applied = migrateIfBehind(dbFile);
  if (applied.length) console.error(`Applied ${applied.length} migration(s) to ${dbFile}.`);

  // Its own connection: the import holds it inside one transaction until it ends (lib/importers/run.ts).
  const db = openDatabase(dbFile);
  const bar = process.stderr.isTTY || args.progress ? progressBar(process.stderr) : null;
  // Ctrl-C: the transaction was never committed, so SQLite discards it; say so instead of a trace.
  process.once("SIGINT", () => {
    bar?.done();
    console.error("Interrupted: the import was not committed, nothing was written.");
    process.exit(130);
  });
  try {
    const report = await importFile(db, {
      file,
      dataset: args.dataset,
      version: args.version,
      dryRun: args.dryRun,
      dateOrder: args.dateOrder,
      importedBy: args.by ?? `cli:${os.userInfo().username}`,
      onProgress: bar ? (p) => bar.update(p) : undefined,
    });
    bar?.done();
    console.log(formatReport(report, { dryRun: args.dryRun }));
    return report.status === "rejected" ? 1 : 0;
  } finally {
    db.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      // Never a stack trace: the message is what a user can act on.
      console.error(`The import failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    },
  );
}
