import fs from "node:fs";
import path from "node:path";
import { migrateDeploy } from "../../lib/migrate";

/**
 * Vitest global set-up: builds an empty, migrated template database once per run
 * (epic-stack style); tests copy it with tests/helpers/test-db.ts.
 */
export const TEMPLATE_DB = path.resolve(process.cwd(), "tmp", "vitest-template.db");

export default function setup(): void {
  fs.mkdirSync(path.dirname(TEMPLATE_DB), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(TEMPLATE_DB + suffix, { force: true });
  migrateDeploy(TEMPLATE_DB);
}
