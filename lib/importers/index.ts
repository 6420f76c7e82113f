import type { Database } from "../db-core";
import { runImport, type Importer } from "./run";
import { importBrd } from "./ucdp-brd";
import { importAcd } from "./ucdp-acd";
import { importGed } from "./ucdp-ged";
import { importPeaceOps } from "./peace-ops";
import { importOwidUnPeacekeeping } from "./owid-un-peacekeeping";
import type { DatasetKey, ImportOptions, ImportReport } from "./types";

/**
 * Data-set importers, shared by the seed, the command-line import and web uploads.
 *
 *   const report = await importFile(db, { file, dataset: "ucdp-brd" });
 *
 * Each import is one release of a data set: one Source row plus its figures (and, for ACD and
 * GED, its conflict-years or events), written through the better-sqlite3 handle in ONE
 * transaction: the whole file lands or nothing does. The same file twice changes nothing
 * ("unchanged"); another file under an existing data set and version is rejected (releases are
 * immutable). A file with any invalid row is rejected whole, with the first 20 errors by line.
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

export async function importFile(db: Database, opts: ImportOptions): Promise<ImportReport> {
  const importer = importers[opts.dataset];
  if (!importer) throw new Error(`Unknown data set "${String(opts.dataset)}"; known: ${Object.keys(importers).join(", ")}.`);
  const previous = queues.get(db) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => runImport(db, opts, importer));
  queues.set(db, run);
  try {
    return await run;
  } finally {
    if (queues.get(db) === run) queues.delete(db);
  }
}

export { datasets, datasetDefinition, type DatasetDefinition } from "./datasets";
export { datasetKeys, type DatasetKey, type ImportError, type ImportOptions, type ImportReport, type ImportStatus } from "./types";
export { versionFromFileName } from "./run";
