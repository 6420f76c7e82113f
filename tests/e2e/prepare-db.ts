import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "../../lib/db-core";
import { migrateDeploy } from "../../lib/migrate";
import { seed } from "../../seed";
import { E2E_DB_FILE } from "./config";
import { createE2eUsers } from "./users";

/** Builds the browser tests' database from scratch: migrations, then the seed. */
async function main(): Promise<void> {
  fs.mkdirSync(path.dirname(E2E_DB_FILE), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(E2E_DB_FILE + suffix, { force: true });
  migrateDeploy(E2E_DB_FILE);
  const db = openDatabase(E2E_DB_FILE);
  try {
    await seed(db);
  } finally {
    db.close();
  }
  await createE2eUsers(E2E_DB_FILE);
  console.log(`e2e database ready: ${path.relative(process.cwd(), E2E_DB_FILE)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
