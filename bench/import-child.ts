import { openDatabase } from "../lib/db-core";
import { importFile } from "../lib/importers";

/**
 * One Parallax import in a process of its own (bench/import.ts runs it): prints, as JSON, the time
 * from the import call to the closed database and the process's peak resident memory.
 *   node --import tsx bench/import-child.ts <file.csv> <database>
 */
async function main(): Promise<void> {
  const [file, database] = process.argv.slice(2);
  if (!file || !database) throw new Error("usage: bench/import-child.ts <file.csv> <database>");
  const db = openDatabase(database);
  const started = performance.now();
  const report = await importFile(db, { file, dataset: "ucdp-ged", version: "99.1", importedBy: "bench" });
  db.close();
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, status: report.status, message: report.message }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
