import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Database } from "../db-core";
import { datasets, type DatasetDefinition } from "./datasets";
import { VERSION, shown } from "./fields";
import { derivedChanges, neighbours, rowChanges } from "./revisions";
import { NO_CHANGES } from "./summary";
import type { ImportError, ImportOptions, ImportProgress, ImportReport } from "./types";

/**
 * The part every importer shares: the release (one Source row), the transaction, the error
 * list and the report.
 *
 * Transactions. A file is streamed (fs read stream → csv.ts's parser or stream-json), so the work
 * between the first and the last insert awaits I/O. better-sqlite3's `db.transaction(fn)` only
 * takes a synchronous `fn`: it commits when `fn` returns, so an async `fn` would commit at its
 * first `await` and run the rest outside any transaction. We therefore drive the transaction by
 * hand on the handle: `BEGIN IMMEDIATE` before the first row, `COMMIT` after the last, and
 * `ROLLBACK` on any error, a rejected file or a dry run. IMMEDIATE takes SQLite's write lock at
 * once, so a busy database fails before any work (after the handle's busy timeout) rather than
 * halfway, and no other writer can slip in between our statements.
 *
 * Consequences for callers: the handle is inside our transaction until importFile resolves, so
 * give imports their own connection (openDatabase()) rather than the app's shared one; anything
 * else written through the same handle meanwhile would join (and share the fate of) the import.
 * importFile refuses a handle that is already inside a transaction, and runs imports given the
 * same handle one after another. The write lock is held for the whole import (a 300,000-event
 * GED CSV takes about 6 s, bench/import.ts), so writers on other connections wait up to their busy timeout
 * (5 s, lib/db-core.ts) and then fail with SQLITE_BUSY; readers are not blocked (WAL). A dry run
 * also inserts (so unique keys and foreign keys are checked) and rolls back.
 *
 * The file is read twice, streaming both times: first only to hash it (a file already imported
 * is then "unchanged" without parsing it), then to parse it while hashing again, which catches a
 * file that changed in between.
 *
 * A file under a version that is already imported (from another file) is still read and validated
 * to the end, under a provisional release the rollback removes, so its report lists its errors
 * as well as the clash.
 *
 * The summary. Before committing (or rolling back a dry run) the new release is compared, on this
 * connection, with the release it supersedes (revisions.ts, the comparison /imports shows): how
 * many of its rows are new, updated, unchanged, and how many of the older release's are gone;
 * figures computed from the rows (GED's sums) are counted apart. Then ANALYZE gives SQLite's
 * planner statistics for the tables as the import leaves them.
 */

/** Stops an import: the file is rejected with this message (and the errors gathered so far). */
export class ImportAbort extends Error {}

const MAX_ERRORS = 20;

export type ImportContext = {
  readonly db: Database;
  readonly options: ImportOptions;
  readonly definition: DatasetDefinition;
  readonly fileName: string;
  /** The file's bytes, streamed (and hashed on the way). Call once. */
  chunks(): AsyncIterable<Buffer>;
  /** A data row (CSV record, GeoJSON feature) was read. */
  rowRead(): void;
  /** Errors of one row: the row counts once as rejected. */
  rowErrors(errors: ImportError[]): void;
  /** A problem with the file as a whole (header, syntax, missing structure). */
  fileError(error: ImportError): void;
  warn(warning: ImportError): void;
  /** Whether any error has been recorded: importers stop writing (but keep validating) once it is. */
  readonly failed: boolean;
  /**
   * The file's own version column for a row. Returns false (and records the error) when it disagrees
   * with the version given for the import or with the earlier rows.
   */
  fileVersion(value: string, line: number): boolean;
  /** The id of the release's Source row; creates it (inside the transaction) on first call. */
  sourceId(): number;
  wrote(table: string, n?: number): void;
  /** Figures computed from the rows (aggregates), not read from them: written, and counted apart in the summary. */
  derived(n: number): void;
  merge(): void;
  skip(n?: number): void;
};

type Counters = {
  rowsRead: number;
  rejected: number;
  errorCount: number;
  errors: ImportError[];
  warningCount: number;
  warnings: ImportError[];
  written: Record<string, number>;
  derived: number;
  merged: number;
  skipped: number;
};

export type Importer = (ctx: ImportContext) => Promise<void>;

function fmt(n: number): string {
  return n.toLocaleString("en-US");
}

function describeWritten(written: Record<string, number>): string {
  const names: Record<string, [string, string]> = {
    Figure: ["figure", "figures"],
    GedEvent: ["event", "events"],
    AcdConflictYear: ["conflict-year", "conflict-years"],
  };
  const parts = Object.entries(written)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${fmt(n)} ${(names[table] ?? [table, table])[n === 1 ? 0 : 1]}`);
  return parts.length > 0 ? parts.join(" and ") : "no rows";
}

/**
 * A `v23.1`-style token in a file name: "ucdp-ged-v23.1-sample1000.csv" → "23.1"; UCDP's own
 * download names write it "GEDEvent_v23_1.csv" → "23.1".
 */
export function versionFromFileName(fileName: string): string | undefined {
  const m = /(?:^|[^A-Za-z0-9])v(\d+(?:[._]\d+)*)(?=$|[^A-Za-z0-9]|\.[A-Za-z])/i.exec(path.basename(fileName));
  return m?.[1]?.replace(/_/g, ".");
}

async function hashFile(file: string, progress?: (bytesRead: number) => void): Promise<string> {
  const hash = createHash("sha256");
  let bytesRead = 0;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    bytesRead += (chunk as Buffer).length;
    progress?.(bytesRead);
  }
  return hash.digest("hex");
}

/**
 * SQLite's page cache for the import's connection, in KiB (negative cache_size). The default
 * (2 MB) is far smaller than GedEvent's three indexes on a large release, so each insert into
 * them would evict pages and read them back: 300,000 events took 3× longer. 64 MB stays well
 * inside the import's memory budget (bench/import.ts: peak RSS under 300 MB) and is restored
 * when the import ends.
 */
const IMPORT_CACHE_KIB = 64 * 1024;

/** Prisma stores DateTime in SQLite as ISO text with an explicit offset (see @prisma/adapter-better-sqlite3). */
function prismaDateTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

export async function runImport(db: Database, options: ImportOptions, importer: Importer): Promise<ImportReport> {
  const started = performance.now();
  const definition = datasets[options.dataset];
  if (!definition) throw new Error(`Unknown data set "${String(options.dataset)}"; known: ${Object.keys(datasets).join(", ")}.`);
  if (db.inTransaction) {
    throw new Error("importFile needs a database handle outside any transaction (give the import its own connection).");
  }
  const fileName = path.basename(options.fileName ?? options.file);
  const c: Counters = {
    rowsRead: 0,
    rejected: 0,
    errorCount: 0,
    errors: [],
    warningCount: 0,
    warnings: [],
    written: {},
    derived: 0,
    merged: 0,
    skipped: 0,
  };
  let version: string | null = options.version ?? null;
  let sourceId: number | null = null;
  /** The refusal when the version is already imported from another file (the file is still validated to its end). */
  let clashMessage: string | null = null;
  let summary: Pick<ImportReport, "previous" | "latest" | "new" | "updated" | "unchanged" | "removed" | "derivedChanges"> = NO_CHANGES;

  const report = (status: ImportReport["status"], message: string, extra: Partial<ImportReport> = {}): ImportReport => ({
    dataset: options.dataset,
    version,
    sourceId: status === "imported" || status === "unchanged" ? sourceId : null,
    status,
    rowsRead: c.rowsRead,
    rejected: c.rejected,
    // A rejected file writes nothing (its transaction is rolled back), whatever it inserted before its first error.
    ...(status === "rejected"
      ? { previous: null, latest: false, new: 0, updated: 0, unchanged: 0, removed: 0, derivedChanges: null }
      : summary),
    derivedFigures: status === "rejected" ? 0 : c.derived,
    errors: c.errors,
    message,
    written: status === "rejected" ? {} : c.written,
    merged: c.merged,
    skipped: c.skipped,
    warningCount: c.warningCount,
    warnings: c.warnings,
    durationMs: Math.round(performance.now() - started),
    ...extra,
  });
  const refuse = (message: string): ImportReport => report("rejected", message);

  // The file.
  let stat: fs.Stats;
  try {
    stat = fs.statSync(options.file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    return refuse(`Rejected ${fileName}: the file cannot be read (${code === "ENOENT" ? `${options.file} does not exist` : code ?? "unknown error"}).`);
  }
  if (!stat.isFile()) return refuse(`Rejected ${fileName}: ${options.file} is not a file.`);
  if (options.version !== undefined && !VERSION.test(options.version)) {
    version = null;
    return refuse(`Rejected ${fileName}: "${shown(options.version)}" is not a version (expected something like 24.1 or 2016).`);
  }

  // Same file again: nothing to do.
  const progress = (phase: ImportProgress["phase"], bytesRead: number) =>
    options.onProgress?.({ phase, bytesRead, totalBytes: stat.size, rowsRead: c.rowsRead });
  const sha256 = await hashFile(options.file, options.onProgress ? (n) => progress("hashing", n) : undefined);
  const existing = db
    .prepare(`SELECT "id", "version", "rowCount", "fileName" FROM "Source" WHERE "dataset" = ? AND "fileSha256" = ? ORDER BY "id" LIMIT 1`)
    .get(options.dataset, sha256) as { id: number; version: string; rowCount: number | null; fileName: string | null } | undefined;
  if (existing) {
    version = existing.version;
    sourceId = existing.id;
    summary = { ...summary, latest: neighbours(db, options.dataset, existing.id, existing.version).latest };
    return report(
      "unchanged",
      `${fileName} is already imported as ${definition.shortName} ${existing.version} (same SHA-256${
        existing.fileName && existing.fileName !== fileName ? `, imported from ${existing.fileName}` : ""
      }), so nothing changed.`,
      {
        unchanged: existing.rowCount ?? 0,
        derivedFigures: options.dataset === "ucdp-ged" ? countFigures(db, existing.id) : 0,
      },
    );
  }

  // Version: given > file column (reported through fileVersion) > file name > family default.
  let fromFile: { value: string; line: number } | undefined;
  const resolveVersion = (): string => {
    const v = options.version ?? fromFile?.value ?? versionFromFileName(fileName) ?? definition.defaultVersion;
    if (!v) {
      throw new ImportAbort(
        `Rejected ${fileName}: the file does not say which ${definition.shortName} release it is; give a version (for example 24.1) with the import.`,
      );
    }
    return v;
  };

  const hash = createHash("sha256");
  let readComplete = false;
  let chunksTaken = false;
  const insertSource = db.prepare(
    `INSERT INTO "Source" ("key", "kind", "title", "shortTitle", "publisher", "dataset", "version", "url", "licence", "citation",
       "outsideDossier", "fileName", "fileSha256", "rowCount", "importedAt", "importedBy", "note")
     VALUES (@key, 'dataset', @title, @shortTitle, @publisher, @dataset, @version, @url, @licence, @citation,
       0, @fileName, @fileSha256, NULL, @importedAt, @importedBy, @note)`,
  );
  const clash = db.prepare(
    `SELECT "fileName", "fileSha256", "key" FROM "Source" WHERE ("dataset" = ? AND "version" = ?) OR "key" = ? LIMIT 1`,
  );

  const ctx: ImportContext = {
    db,
    options,
    definition,
    fileName,
    chunks() {
      if (chunksTaken) throw new Error("ImportContext.chunks() can be read once.");
      chunksTaken = true;
      return (async function* () {
        let bytesRead = 0;
        for await (const chunk of fs.createReadStream(options.file, { highWaterMark: 1 << 16 })) {
          hash.update(chunk as Buffer);
          bytesRead += (chunk as Buffer).length;
          if (options.onProgress) progress("reading", bytesRead);
          yield chunk as Buffer;
        }
        readComplete = true;
        if (options.onProgress) progress("finishing", bytesRead);
      })();
    },
    rowRead() {
      c.rowsRead++;
    },
    rowErrors(errors) {
      if (errors.length === 0) return;
      c.rejected++;
      for (const e of errors) {
        c.errorCount++;
        if (c.errors.length < MAX_ERRORS) c.errors.push(e);
      }
    },
    fileError(error) {
      c.errorCount++;
      if (c.errors.length < MAX_ERRORS) c.errors.push(error);
    },
    warn(warning) {
      c.warningCount++;
      if (c.warnings.length < MAX_ERRORS) c.warnings.push(warning);
    },
    get failed() {
      return c.errorCount > 0;
    },
    fileVersion(value, line) {
      const v = value.trim();
      if (options.version !== undefined && v !== options.version) {
        ctx.rowErrors([{ line, column: "version", value: shown(value), expected: `${options.version}, the version given for this import` }]);
        return false;
      }
      if (!fromFile) {
        fromFile = { value: v, line };
        return true;
      }
      if (v !== fromFile.value) {
        ctx.rowErrors([
          { line, column: "version", value: shown(value), expected: `${fromFile.value} as on line ${fromFile.line}: a file holds one release` },
        ]);
        return false;
      }
      return true;
    },
    sourceId() {
      if (sourceId !== null) return sourceId;
      version = resolveVersion();
      let key = `${options.dataset}@${version}`;
      const other = clash.get(options.dataset, version, key) as { fileName: string | null; fileSha256: string | null; key: string } | undefined;
      if (other) {
        clashMessage = `${definition.shortName} ${version} is already imported from another file (${
          other.fileName ?? other.key
        }, SHA-256 ${other.fileSha256?.slice(0, 12) ?? "unknown"}…); releases are immutable, so import this file under a new version`;
        // Validate the rest of the file (keys included: they are checked by inserting) under a
        // provisional release without a version, which the rollback removes.
        key = `${key}#pending-${sha256.slice(0, 16)}`;
      }
      const result = insertSource.run({
        key,
        title: definition.title(version),
        shortTitle: `${definition.shortName} ${version}`,
        publisher: definition.publisher,
        dataset: options.dataset,
        version: clashMessage === null ? version : null,
        url: definition.url,
        licence: definition.licence,
        citation: definition.citation(version),
        fileName,
        fileSha256: sha256,
        importedAt: prismaDateTime(new Date()),
        importedBy: options.importedBy ?? null,
        note: definition.note,
      });
      sourceId = Number(result.lastInsertRowid);
      return sourceId;
    },
    wrote(table, n = 1) {
      c.written[table] = (c.written[table] ?? 0) + n;
    },
    derived(n) {
      c.derived += n;
      ctx.wrote("Figure", n);
    },
    merge() {
      c.merged++;
    },
    skip(n = 1) {
      c.skipped += n;
    },
  };

  if (db.inTransaction) {
    throw new Error("importFile needs a database handle outside any transaction (give the import its own connection).");
  }
  const cacheSize = db.pragma("cache_size", { simple: true }) as number;
  db.pragma(`cache_size = ${-IMPORT_CACHE_KIB}`);
  try {
    return await transaction();
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }

  async function transaction(): Promise<ImportReport> {
    db.exec("BEGIN IMMEDIATE");
    let abort: string | undefined;
    try {
      await importer(ctx);
      if (!ctx.failed && readComplete && hash.digest("hex") !== sha256) {
        throw new ImportAbort(`Rejected ${fileName}: the file changed while it was being imported; nothing was written.`);
      }
      if (!ctx.failed && c.rowsRead === 0) {
        ctx.fileError({ line: 1, column: "(file)", value: "", expected: "at least one data row" });
      }
      if (!ctx.failed && sourceId !== null && clashMessage === null) {
        db.prepare(`UPDATE "Source" SET "rowCount" = ? WHERE "id" = ?`).run(c.rowsRead, sourceId);
        summarise(sourceId, version!);
        if (!options.dryRun) analyze(db);
      }
    } catch (error) {
      if (error instanceof ImportAbort) {
        abort = error.message;
      } else {
        db.exec("ROLLBACK");
        throw error;
      }
    }

    const rejected = abort !== undefined || ctx.failed || clashMessage !== null;
    if (rejected || options.dryRun) {
      db.exec("ROLLBACK");
    } else {
      db.exec("COMMIT");
    }

    const what = `${definition.shortName}${version ? ` ${version}` : ""}`;
    const warned =
      c.warningCount > 0
        ? `; ${fmt(c.warningCount)} row${c.warningCount === 1 ? "" : "s"} kept as published with low, best and high out of order (see warnings)`
        : "";
    const mergedSkipped = [
      c.merged > 0 ? `${fmt(c.merged)} repeated row${c.merged === 1 ? "" : "s"} merged` : "",
      c.skipped > 0 ? `${fmt(c.skipped)} empty cell${c.skipped === 1 ? "" : "s"} skipped` : "",
    ]
      .filter(Boolean)
      .join(", ");
    const extra = `${mergedSkipped ? ` (${mergedSkipped})` : ""}${warned}`;

    if (rejected) {
      if (abort !== undefined) return report("rejected", clashMessage ? `${abort} Also, ${clashMessage}.` : abort);
      if (!ctx.failed) return report("rejected", `Rejected ${fileName}: ${clashMessage}.`);
      const first = c.errors[0];
      const firstText = first
        ? `; first: line ${first.line}${first.feature ? ` (feature ${first.feature})` : ""}, ${first.column}${first.value ? ` "${first.value}"` : ""}: expected ${first.expected}`
        : "";
      const rows = c.rejected > 0 ? `${fmt(c.rejected)} row${c.rejected === 1 ? " has" : "s have"} errors` : "the file has errors";
      const clashText = clashMessage ? `; and ${clashMessage}` : "";
      return report("rejected", `Rejected ${fileName} as ${what}: ${rows}${firstText}${clashText}; nothing was written.`);
    }
    if (options.dryRun) {
      return report(
        "dry-run",
        `Dry run of ${fileName} as ${what}: ${fmt(c.rowsRead)} rows are valid and would write ${describeWritten(c.written)}${extra}; nothing was written.`,
      );
    }
    return report("imported", `Imported ${fileName} as ${what}: ${fmt(c.rowsRead)} rows read, ${describeWritten(c.written)} written${extra}.`);
  }

  /** The new release against the one it supersedes (inside the transaction, before commit or rollback). */
  function summarise(id: number, v: string): void {
    const { previous, latest } = neighbours(db, options.dataset, id, v);
    const rows = rowChanges(db, options.dataset, previous?.sourceId ?? null, id);
    summary = {
      previous,
      latest,
      ...rows,
      derivedChanges: c.derived > 0 ? derivedChanges(db, previous?.sourceId ?? null, id, c.derived) : null,
    };
  }
}

/** Figures of a release that are its own (not curated figures citing it). */
function countFigures(db: Database, sourceId: number): number {
  return (
    db.prepare(`SELECT COUNT(*) AS n FROM "Figure" WHERE "sourceId" = ? AND "rowKey" IS NOT NULL AND COALESCE(key, '') = ''`).get(sourceId) as { n: number }
  ).n;
}

/**
 * Planner statistics (sqlite_stat1, and sqlite_stat4's samples: better-sqlite3 builds SQLite with
 * STAT4) for the tables as the import leaves them, inside its transaction. Without them SQLite
 * guesses every table's size and every index's selectivity. A full ANALYZE, not a sampled one
 * (PRAGMA analysis_limit, which PRAGMA optimize uses): on a database with a 300,000-event release it
 * takes about 0.2 s. Measured there: sampled statistics (no stat4; NULL-heavy indexes such as
 * Figure(conflictId) judged unselective) made /compare's data layer 1.5× and the figures list 5×
 * slower than no statistics at all; full ones made /compare's 1.7× faster.
 */
function analyze(db: Database): void {
  db.exec("ANALYZE");
}

/** True for a UNIQUE constraint failure (a duplicate row key in the file). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE";
}
