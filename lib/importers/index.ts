import type { Database } from "../db-core";
import { runImport, type Importer } from "./run";
import { importBrd } from "./ucdp-brd";
import { importAcd } from "./ucdp-acd";
import { importGed } from "./ucdp-ged";
import { importPeaceOps } from "./peace-ops";
import { importOwidUnPeacekeeping } from "./owid-un-peacekeeping";
import { detectDataset } from "./detect";
import { NO_CHANGES } from "./summary";
import type { DatasetKey, ImportReport, ImportRequest } from "./types";

/**
 * Data-set importers, shared by the seed, the command-line import and web uploads.
 *
 *   const report = await importFile(db, { file, dataset: "ucdp-brd" });
 *   const report = await importFile(db, { file });   // the data set detected from the header
 *
 * Each import is one release of a data set: one Source row plus its figures (and, for ACD and
 * GED, its conflict-years or events), written through the better-sqlite3 handle in ONE
 * transaction: the whole file lands or nothing does. The same file twice changes nothing
 * ("unchanged"); another file under an existing data set and version is rejected (releases are
 * immutable), after it is validated to its end. A file with any invalid row is rejected whole,
 * with the first 20 errors by line. The report compares the new release with the one it
 * supersedes: rows new, updated, unchanged and removed (revisions.ts), derived figures apart.
 * Give the import its own connection (openDatabase()): the handle stays inside the import's
 * transaction until the promise settles (see run.ts).
 */
const importers: Record<DatasetKey, Importer> = {
  "ucdp-brd": importBrd,
  "ucdp-acd": importAcd,
  "ucdp-ged": importGed,
  "peace-ops": importPeaceOps,
  "owid-un-peacekeeping": importOwidUnPeacekeeping,
};

/** Imports through one handle run one after another (each holds the handle's transaction while it streams). */
const queues = new WeakMap<Database, Promise<unknown>>();

export async function importFile(db: Database, request: ImportRequest): Promise<ImportReport> {
  let detected: string | undefined;
  let dataset = request.dataset;
  if (dataset === undefined) {
    const detection = detectDataset(request.file, request.fileName);
    if (!detection.ok) return unknownFormat(detection.message, detection.errors);
    dataset = detection.dataset;
    detected = detection.how;
  }
  const importer = importers[dataset];
  if (!importer) throw new Error(`Unknown data set "${String(dataset)}"; known: ${Object.keys(importers).join(", ")}.`);
  const opts = { ...request, dataset };
  const previous = queues.get(db) ?? Promise.resolve();
  const run = previous
    .catch(() => undefined)
    .then(() => runImport(db, opts, importer))
    .then((report) => (detected ? { ...report, detected } : report));
  queues.set(db, run);
  try {
    return await run;
  } finally {
    if (queues.get(db) === run) queues.delete(db);
  }
}

/** The report of a file whose format matched no data set: nothing was read, nothing written. */
function unknownFormat(message: string, errors: ImportReport["errors"]): ImportReport {
  return {
    dataset: null,
    version: null,
    sourceId: null,
    status: "rejected",
    rowsRead: 0,
    rejected: 0,
    ...NO_CHANGES,
    derivedFigures: 0,
    errors,
    message,
    written: {},
    merged: 0,
    skipped: 0,
    warningCount: 0,
    warnings: [],
    durationMs: 0,
  };
}

export { detectDataset, formatColumns, type Detection } from "./detect";
export { datasets, datasetDefinition, type DatasetDefinition } from "./datasets";
export {
  datasetKeys,
  type DatasetKey,
  type ImportError,
  type ImportOptions,
  type ImportProgress,
  type ImportReport,
  type ImportRequest,
  type ImportStatus,
  type RowChanges,
} from "./types";
export { versionFromFileName } from "./run";
