import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "../lib/db-core";
import { databaseFile, readEnv } from "../lib/env";
import { migrateIfBehind } from "../lib/migrate";
import { isEmpty, seed, SeedError } from "../seed";
import { buildIsCurrent } from "./build-stamp";
import { serverNodeOptions } from "./server-options";

/**
 * `npm start`: build if the sources changed since the last build, create the SQLite file on first
 * start, apply migrations, seed an empty database, then serve on PORT (default 3000).
 */
async function main(): Promise<void> {
  const env = readEnv();
  const file = databaseFile(env.DATABASE_URL);
  fs.mkdirSync(path.dirname(file), { recursive: true });

  if (!buildIsCurrent()) {
    console.log("Parallax: building (the sources changed since the last build, or there is none)…");
    execFileSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), path.join("scripts", "build.ts")], { stdio: "inherit" });
  }

  console.log(`Parallax: database ${path.relative(process.cwd(), file) || file}`);
  const applied = migrateIfBehind(file);
  if (applied.length) console.log(`Parallax: applied ${applied.length} migration(s): ${applied.join(", ")}`);
  const db = openDatabase(file);
  try {
    if (isEmpty(db)) {
      console.log("Parallax: the database is empty; seeding it from the dossier and ../shared/data…");
      await seed(db, { log: (line) => console.log(`  ${line}`) });
    }
  } finally {
    db.close();
  }

  console.log(`Parallax: serving on http://localhost:${env.PORT}`);
  const server = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(env.PORT)], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: `file:${file}`, NODE_ENV: "production", NODE_OPTIONS: serverNodeOptions(process.env.NODE_OPTIONS) },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedError || (error instanceof Error && /Invalid environment|Could not apply/.test(error.message)) ? error.message : error);
  process.exit(1);
});
