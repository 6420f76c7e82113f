import fs from "node:fs";
import path from "node:path";
import { databaseFile } from "../lib/env";
import { migrateDeploy } from "../lib/migrate";

/** `npm run db:migrate`: apply the committed migrations to DATABASE_URL (created if missing). */
const file = databaseFile();
fs.mkdirSync(path.dirname(file), { recursive: true });
migrateDeploy(file);
console.log(`Migrations applied to ${file}.`);
