import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, tableCounts } from "../../tests/helpers/test-db";
import { datasets, importFile, type ImportReport } from "./index";
import { FILES, copyOf, dataFile, scratch, setCell, sha256Of } from "./test-helpers";

describe("peace-ops importer on the real file", () => {
  let t: ReturnType<typeof createTestDb>;
  let report: ImportReport;
  beforeAll(async () => {
    t = createTestDb();
    report = await importFile(t.db, { file: dataFile(FILES.peaceOps), dataset: "peace-ops" });
  });
  afterAll(() => t.cleanup());

  it("keeps one row per mission-month and merges the per-episode repeats", () => {
    // 8,100 rows = 6,422 mission-months + 1,678 repeats (one per extra UCDP conflict episode).
    expect(report).toMatchObject({ status: "imported", version: "2016", rowsRead: 8100, merged: 1678, rejected: 0 });
    const byVariant = t.db
      .prepare(`SELECT "variant", "measure", COUNT(*) AS n FROM "Figure" GROUP BY "variant", "measure" ORDER BY "variant", "measure"`)
      .all();
    expect(byVariant).toEqual([
      { variant: "IPI", measure: "observers", n: 2912 },
      { variant: "IPI", measure: "personnel", n: 2912 },
      { variant: "IPI", measure: "police", n: 2912 },
      { variant: "IPI", measure: "troops", n: 2912 },
      { variant: "SIPRI", measure: "observers", n: 623 },
      { variant: "SIPRI", measure: "personnel", n: 623 },
      { variant: "SIPRI", measure: "police", n: 623 },
      { variant: "SIPRI", measure: "troops", n: 623 },
      { variant: "panel monthly", measure: "personnel", n: 6422 },
    ]);
    expect(report.written).toEqual({ Figure: 20562 });
    // Rows are mission-months (row keys): all new in the panel's first release.
    expect(report).toMatchObject({ new: 6422, updated: 0, unchanged: 0, removed: 0, derivedFigures: 0 });
    expect(tableCounts(t.db).Figure).toBe(20562);
  });

  it("records the release with the default version and the registry's note", () => {
    const source = t.db.prepare(`SELECT * FROM "Source"`).get() as Record<string, unknown>;
    expect(source).toMatchObject({
      key: "peace-ops@2016",
      version: "2016",
      rowCount: 8100,
      fileSha256: sha256Of(dataFile(FILES.peaceOps)),
      note: datasets["peace-ops"].note,
    });
    expect(String(source.citation)).toMatch(/^SIPRI \/ IPI figures via this panel/);
  });

  it("has the JCC (Moldova) SIPRI total for December 2016", () => {
    const jcc = t.db
      .prepare(`SELECT * FROM "Figure" WHERE "pkoMissionId" = '359044' AND "rowKey" = 'missionid=359044;date=2016m12' AND "measure" = 'personnel' ORDER BY "variant"`)
      .all();
    expect(jcc).toHaveLength(2);
    expect(jcc[0]).toMatchObject({
      variant: "SIPRI",
      best: 1136,
      unit: "people",
      year: 2016,
      month: 12,
      periodStart: "2016-12",
      subject: "JCC (Moldova)",
    });
    expect(jcc[1]).toMatchObject({ variant: "panel monthly", best: 1136 });
  });

  it("carries the panel's monthly series between SIPRI reports (JCC 1994: 3,995 → 3,400)", () => {
    const months = t.db
      .prepare(`SELECT "month", "best" FROM "Figure" WHERE "pkoMissionId" = '359044' AND "variant" = 'panel monthly' AND "year" = 1994 ORDER BY "month"`)
      .all() as { month: number; best: number }[];
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: 1, best: 3945 });
    expect(months[11]).toEqual({ month: 12, best: 3400 });
    expect(months.every((m, i) => i === 0 || m.best < months[i - 1]!.best)).toBe(true);
  });

  it("changes nothing on a second import", async () => {
    const before = tableCounts(t.db);
    expect((await importFile(t.db, { file: dataFile(FILES.peaceOps), dataset: "peace-ops" })).status).toBe("unchanged");
    expect(tableCounts(t.db)).toEqual(before);
  });
});

describe("peace-ops importer on broken copies", () => {
  let t: ReturnType<typeof createTestDb>;
  let s: ReturnType<typeof scratch>;
  beforeAll(() => {
    t = createTestDb();
    s = scratch();
  });
  afterAll(() => {
    t.cleanup();
    s.cleanup();
  });

  it("rejects repeats of a mission-month whose figures differ, naming both lines", async () => {
    // Lines 470 and 7547 are the same mission-month (490034, 2007m2) for two conflict episodes.
    const file = copyOf(s.dir, FILES.peaceOps, {
      edit: (lines) => lines.map((l, i) => (i === 7546 ? setCell(l, lines[0]!, "SIPRI_totals", "999") : l)),
    });
    const before = tableCounts(t.db);
    const r = await importFile(t.db, { file, dataset: "peace-ops" });
    expect(r.status).toBe("rejected");
    expect(r.errors).toEqual([
      {
        line: 7547,
        column: "SIPRI_totals",
        value: "999",
        expected: '"" as on line 470, the same mission-month (missionid=490034;date=2007m2) for another conflict episode',
      },
    ]);
    expect(tableCounts(t.db)).toEqual(before);
  });

  it("rejects a year that is not the date's, and a bad month", async () => {
    const file = copyOf(s.dir, FILES.peaceOps, {
      edit: (lines) =>
        lines.map((l, i) => (i === 1 ? setCell(l, lines[0]!, "year", "1998") : i === 2 ? setCell(l, lines[0]!, "date", "1997m13") : l)),
    });
    const before = tableCounts(t.db);
    const r = await importFile(t.db, { file, dataset: "peace-ops" });
    expect(r.status).toBe("rejected");
    expect(r.errors).toEqual([
      { line: 2, column: "year", value: "1998", expected: "1997, the year of date 1997m1" },
      { line: 3, column: "date", value: "1997m13", expected: 'a month as YYYYmM, e.g. "1997m3"' },
    ]);
    expect(tableCounts(t.db)).toEqual(before);
  });
});
