import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { databaseFile } from "./env";

export type { PrismaClient };
export type Database = Database.Database;

/** How long a writer waits for a lock before SQLITE_BUSY, in ms. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens a better-sqlite3 connection with the settings every Parallax connection needs:
 * WAL (readers never block the writer), foreign keys enforced, a busy timeout.
 * Shared by the app (lib/db.ts), the seed, the importers' CLI and the tests.
 */
export function openDatabase(file: string = databaseFile(), options: { readonly?: boolean } = {}): Database {
  const db = new Database(file, { readonly: options.readonly ?? false, timeout: BUSY_TIMEOUT_MS, fileMustExist: options.readonly ?? false });
  if (!options.readonly) db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("synchronous = NORMAL");
  return db;
}

/**
 * A Prisma client over the better-sqlite3 driver adapter (no native engine: see prisma.config.ts).
 * The adapter opens its own connection and sets no pragmas, so we turn foreign keys on through
 * a client extension that runs once before the first query.
 */
export function createPrisma(file: string = databaseFile()): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: `file:${file}`, timeout: BUSY_TIMEOUT_MS });
  const client = new PrismaClient({ adapter });
  let ready: Promise<unknown> | undefined;
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        ready ??= client.$executeRawUnsafe("PRAGMA foreign_keys = ON");
        await ready;
        return query(args);
      },
    },
  }) as unknown as PrismaClient;
}
