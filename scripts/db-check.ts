import Database from "better-sqlite3";

/** PRAGMA integrity_check on a database file, and whether it looks like a Parallax database. */
export function checkIntegrity(file: string): { ok: boolean; detail: string; tables: number } {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const result = db.pragma("integrity_check", { simple: true }) as string;
    const tables = (db.prepare(`SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number }).n;
    const parallax = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name IN ('Source', 'Figure', '_prisma_migrations')`).all().length === 3;
    if (result !== "ok") return { ok: false, detail: result, tables };
    if (!parallax) return { ok: false, detail: "it is not a Parallax database (no Source, Figure and _prisma_migrations tables)", tables };
    return { ok: true, detail: "ok", tables };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error), tables: 0 };
  } finally {
    db?.close();
  }
}
