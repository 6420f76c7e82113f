import fs from "node:fs";
import path from "node:path";
import { databaseFile } from "../lib/env";
import { migrateIfBehind } from "../lib/migrate";

/** `npm run db:migrate`: apply the committed migrations to DATABASE_URL (created if missing). */
const file = databaseFile();
fs.mkdirSync(path.dirname(file), { recursive: true });
const applied = migrateIfBehind(file);
console.log(applied.length ? `Applied ${applied.join(", ")} to ${file}.` : `${file} is up to date.`);
