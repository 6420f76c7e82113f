import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// Prisma 6.19 in its engine-free setup: the CLI (migrate deploy/status/diff, db push) runs the
// JavaScript schema engine over the better-sqlite3 driver adapter, because the native engines
// cannot be downloaded on our machines. `migrate dev` needs a shadow database and does not work;
// see README "Adding a migration".
const url = `file:${path.resolve(process.cwd(), (process.env.DATABASE_URL ?? "file:./data/parallax.db").replace(/^file:/, ""))}`;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaBetterSQLite3({ url });
  },
});
