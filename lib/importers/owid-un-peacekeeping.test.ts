import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, tableCounts } from "../../tests/helpers/test-db";
import { importFile, type ImportReport } from "./index";
import { FILES, copyOf, dataFile, scratch } from "./test-helpers";

describe("owid-un-peacekeeping importer on the real file", () => {
  let t: ReturnType<typeof createTestDb>;
  let report: ImportReport;
  beforeAll(async () => {
    t = createTestDb();
    report = await importFile(t.db, { file: dataFile(FILES.owid), dataset: "owid-un-peacekeeping" });
  });
  afterAll(() => t.cleanup());

  it("imports five figures per year, skipping (and counting) the empty cells of 2022", () => {
    expect(report).toMatchObject({ status: "imported", version: "2022", rowsRead: 76, skipped: 4, new: 76, written: { Figure: 376 } });
    expect(report.message).toMatch(/4 empty cells skipped/);
    const years = t.db.prepare(`SELECT MIN("year") AS first, MAX("year") AS last, COUNT(DISTINCT "year") AS n FROM "Figure"`).get();
    expect(years).toEqual({ first: 1947, last: 2022, n: 76 });
    expect(t.db.prepare(`SELECT "measure", "best" FROM "Figure" WHERE "year" = 2022`).all()).toEqual([{ measure: "missions", best: 12 }]);
  });

  it("keeps the values and units (2021)", () => {
    const rows = t.db.prepare(`SELECT "measure", "unit", "best", "subject", "rowKey", "actorId" FROM "Figure" WHERE "year" = 2021 ORDER BY "measure"`).all();
    const row = (measure: string, unit: string, best: number) => ({
      measure,
      unit,
      best,
      subject: "UN peacekeeping, all missions",
      rowKey: "year=2021",
      actorId: null,
    });
    expect(rows).toEqual([
      row("missions", "missions", 12),
      row("observers", "people", 3097),
      row("personnel", "people", 75085),
      row("police", "people", 7676),
      row("troops", "people", 64312),
    ]);
  });
});

describe("owid-un-peacekeeping importer: the UN actor and broken copies", () => {
  it("links the figures to the Actor with slug 'un' when there is one", async () => {
    const t = createTestDb();
    try {
      const un = t.db
        .prepare(`INSERT INTO "Actor" ("slug", "name", "kind", "description") VALUES ('un', 'United Nations', 'international_org', 'test')`)
        .run().lastInsertRowid;
      await importFile(t.db, { file: dataFile(FILES.owid), dataset: "owid-un-peacekeeping" });
      expect(t.db.prepare(`SELECT DISTINCT "actorId" FROM "Figure"`).all()).toEqual([{ actorId: Number(un) }]);
    } finally {
      t.cleanup();
    }
  });

  it("rejects a negative count, another entity and a repeated year", async () => {
    const t = createTestDb();
    const s = scratch();
    try {
      const file = copyOf(s.dir, FILES.owid, {
        edit: (lines) =>
          lines.map((l, i) => (i === 3 ? l.replace(/,700,/, ",-700,") : i === 4 ? l.replace(/^World/, "Europe") : i === 6 ? l.replace(/,1952,/, ",1951,") : l)),
      });
      const before = tableCounts(t.db);
      const r = await importFile(t.db, { file, dataset: "owid-un-peacekeeping" });
      expect(r.status).toBe("rejected");
      expect(r.errors).toEqual([
        {
          line: 4,
          column: "Size of total peacekeeping force (United Nations Peacekeeping)",
          value: "-700",
          expected: "a count (a whole number ≥ 0), or empty",
        },
        { line: 5, column: "Entity", value: "Europe", expected: "one of: World" },
      ]);
      expect(r.rejected).toBe(2);
      expect(tableCounts(t.db)).toEqual(before);

      // On its own, the repeated year is caught by the release's unique row keys.
      const dup = copyOf(s.dir, FILES.owid, { as: "dup.csv", edit: (lines) => lines.map((l, i) => (i === 6 ? l.replace(/,1952,/, ",1951,") : l)) });
      const r2 = await importFile(t.db, { file: dup, dataset: "owid-un-peacekeeping" });
      expect(r2.errors).toEqual([{ line: 7, column: "Year", value: "1951", expected: "one row per year (line 6 has the same)" }]);
      expect(tableCounts(t.db)).toEqual(before);
    } finally {
      t.cleanup();
      s.cleanup();
    }
  });
});
