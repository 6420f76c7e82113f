import "server-only";
import { openDatabase, createPrisma, type Database, type PrismaClient } from "./db-core";

/**
 * The only database module the app imports. Two handles on the one SQLite file:
 * - `prisma` for typed CRUD and entity graphs;
 * - `sqlite`, a better-sqlite3 connection, for aggregates and bulk imports where Prisma would
 *   be slow (docs/decisions/0002-two-handles-one-file.md explains why both exist).
 * Both are created once per process and kept on globalThis so dev-mode reloads reuse them.
 */
const globalForDb = globalThis as unknown as {
  parallaxPrisma?: PrismaClient;
  parallaxSqlite?: Database;
};

export function getSqlite(): Database {
  globalForDb.parallaxSqlite ??= openDatabase();
  return globalForDb.parallaxSqlite;
}

export function getPrisma(): PrismaClient {
  globalForDb.parallaxPrisma ??= createPrisma();
  return globalForDb.parallaxPrisma;
}
