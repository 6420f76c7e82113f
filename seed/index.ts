import path from "node:path";
import { pathToFileURL } from "node:url";
import { openDatabase, type Database } from "../lib/db-core";
import { databaseFile } from "../lib/env";
import { sharedDir } from "../lib/dossier/text";
import { importFile, type DatasetKey, type ImportReport } from "../lib/importers";
import { migrateIfBehind } from "../lib/migrate";
import { validateCurated, writeCurated, type CuratedData, type CuratedSummary } from "./curated";
import { deriveComparisonFigures, deriveConflictDates, pruneDerivedFigures } from "./derive";
import { actors } from "./data/actors";
import { articles } from "./data/articles";
import { dossierArguments } from "./data/arguments";
import { comparisons } from "./data/comparisons";
import { conflicts } from "./data/conflicts";
import { figures } from "./data/figures";
import { mandates } from "./data/mandates";
import { missions } from "./data/missions";
import { roles } from "./data/roles";
import { sources } from "./data/sources";

/**
 * The data sets the seed imports from ../shared/data, through the same importers users' files go
 * through. Both ACD releases are imported: UCDP revises dates and intensities between releases and
 * Parallax keeps every release. The 1,000-event GED sample is not: a random sample summed per year
 * would understate every total (the importer tests use it).
 */
export const SEED_DATASETS: { dataset: DatasetKey; file: string }[] = [
  { dataset: "ucdp-brd", file: "ucdp-brd-dyadic-v24.1.csv" },
  { dataset: "ucdp-acd", file: "ucdp-prio-acd-v20.1.csv" },
  { dataset: "ucdp-acd", file: "ucdp-prio-acd-v22.1.csv" },
  { dataset: "ucdp-ged", file: "ucdp-ged-v23.1-central-african-republic.geojson" },
  { dataset: "peace-ops", file: "peace-operations-monthly-sipri-ipi-1993-2016.csv" },
  { dataset: "owid-un-peacekeeping", file: "owid-un-peacekeeping-1947-2022.csv" },
];

export const curatedData: CuratedData = {
  sources,
  articles,
  conflicts,
  actors,
  roles,
  missions,
  mandates,
  figures,
  arguments: dossierArguments,
  comparisons,
};

export type SeedReport = { imports: ImportReport[]; curated: CuratedSummary; derivedDates: number; derivedFigures: number };

export class SeedError extends Error {}

/**
 * Builds the database from the dossier and the data sets; deterministic and idempotent:
 * a second run changes nothing (releases are found by their file hash, curated rows by their
 * natural keys). The curated part runs in one transaction: a problem writes nothing.
 */
export async function seed(db: Database, options: { log?: (line: string) => void } = {}): Promise<SeedReport> {
  const log = options.log ?? (() => {});
  const imports: ImportReport[] = [];
  for (const { dataset, file } of SEED_DATASETS) {
    const report = await importFile(db, { file: path.join(sharedDir(), "data", file), dataset, importedBy: "seed" });
    if (report.status === "rejected") throw new SeedError(`Seeding stopped: ${file} was rejected. ${report.message}`);
    log(`${dataset} ${report.version}: ${report.message}`);
    imports.push(report);
  }
  const problems = validateCurated(db, curatedData);
  if (problems.length) {
    throw new SeedError(`Seeding stopped: the curated data in seed/data has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
  }
  const result = db.transaction(() => {
    pruneDerivedFigures(db, comparisons, conflicts.map((c) => c.slug));
    const curated = writeCurated(db, curatedData);
    // The OWID importer links its figures to the UN actor when it exists; on a first run it does not yet.
    db.prepare(
      `UPDATE "Figure" SET "actorId" = (SELECT id FROM "Actor" WHERE slug = 'un')
       WHERE "actorId" IS NULL AND "sourceId" IN (SELECT id FROM "Source" WHERE dataset = 'owid-un-peacekeeping')`,
    ).run();
    return { curated, derivedDates: deriveConflictDates(db), derivedFigures: deriveComparisonFigures(db, comparisons) };
  })();
  log(`curated: ${Object.entries(result.curated).map(([k, v]) => `${v} ${k}`).join(", ")}`);
  log(`derived: ${result.derivedDates} conflict periods from the ACD, ${result.derivedFigures} UCDP comparison figures`);
  // The curated rows came after the imports' own ANALYZE: refresh the planner's statistics.
  db.exec("ANALYZE");
  return { imports, ...result };
}

export function isEmpty(db: Database): boolean {
  return (db.prepare(`SELECT COUNT(*) AS n FROM "Source"`).get() as { n: number }).n === 0;
}

async function main(): Promise<void> {
  const file = databaseFile();
  migrateIfBehind(file);
  const db = openDatabase(file);
  try {
    const started = Date.now();
    await seed(db, { log: (line) => console.log(`  ${line}`) });
    console.log(`Seeded ${path.relative(process.cwd(), file)} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    db.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof SeedError ? error.message : error);
    process.exit(1);
  });
}
