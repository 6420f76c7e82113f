import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, tableCounts } from "../../tests/helpers/test-db";
import type { Database } from "../db-core";
import { importFile, type ImportReport } from "./index";
import { FILES, copyOf, dataFile, rowsOf, scratch, setCell, sha256Of } from "./test-helpers";

const BRD = FILES.brd;
/** Conflict 388 (Nagorno-Karabakh), 2020, is on this line of the file. */
const LINE_388_2020 = 1632;

describe("ucdp-brd importer on the real file", () => {
  let t: ReturnType<typeof createTestDb>;
  let report: ImportReport;
  beforeAll(async () => {
    t = createTestDb();
    report = await importFile(t.db, { file: dataFile(BRD), dataset: "ucdp-brd", importedBy: "test" });
  });
  afterAll(() => t.cleanup());

  it("imports every dyad-year as one figure", () => {
    expect(report.status).toBe("imported");
    expect(report.errors).toEqual([]);
    expect(report.rowsRead).toBe(1920);
    // The data set's first release: every row is new.
    expect(report).toMatchObject({ previous: null, latest: true, new: 1920, updated: 0, unchanged: 0, removed: 0, derivedFigures: 0, derivedChanges: null });
    expect(report.written).toEqual({ Figure: 1920 });
    expect(tableCounts(t.db).Figure).toBe(1920);
    expect(report.message).toMatch(/^Imported ucdp-brd-dyadic-v24\.1\.csv as UCDP BRD 24\.1: 1,920 rows/);
  });

  it("records the release as a Source row", () => {
    const source = t.db.prepare(`SELECT * FROM "Source"`).get() as Record<string, unknown>;
    expect(report.sourceId).toBe(source.id);
    expect(source).toMatchObject({
      key: "ucdp-brd@24.1",
      kind: "dataset",
      dataset: "ucdp-brd",
      version: "24.1",
      shortTitle: "UCDP BRD 24.1",
      fileName: BRD,
      fileSha256: sha256Of(dataFile(BRD)),
      rowCount: 1920,
      importedBy: "test",
      licence: "CC BY 4.0",
      outsideDossier: 0,
    });
    expect(source.citation).toMatch(/Davies, Pettersson & Öberg \(2024\)/);
    expect(new Date(String(source.importedAt)).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("keeps UCDP's values: Ukraine 2014 and 2015, Nagorno-Karabakh 2020", () => {
    const sum = (year: number) =>
      (
        t.db
          .prepare(
            `SELECT SUM("best") AS n FROM "Figure" WHERE "measure" = 'battle_related_deaths' AND "year" = ? AND "ucdpConflictId" IN (13219, 13246, 13247, 13306)`,
          )
          .get(year) as { n: number }
      ).n;
    expect(sum(2014)).toBe(4893);
    expect(
      (t.db.prepare(`SELECT SUM("best") AS n FROM "Figure" WHERE "year" = 2015 AND "ucdpConflictId" = 13306`).get() as { n: number }).n,
    ).toBe(1787);

    const nk = t.db.prepare(`SELECT * FROM "Figure" WHERE "ucdpConflictId" = 388 AND "year" = 2020`).all();
    expect(nk).toHaveLength(1);
    expect(nk[0]).toMatchObject({
      measure: "battle_related_deaths",
      unit: "deaths",
      best: 7646,
      low: 7548,
      high: 9077,
      qualifier: "exact",
      ucdpDyadId: 833,
      variant: "",
      subject: "Government of Azerbaijan – Republic of Artsakh (Azerbaijan)",
      rowKey: "conflict_id=388;dyad_id=833;year=2020",
      rowNumber: LINE_388_2020,
    });
  });

  it("keeps the 7 rows UCDP publishes with low/best/high out of order, as warnings with a note", () => {
    expect(report.warningCount).toBe(7);
    expect(report.warnings[0]).toEqual({ line: 485, column: "bd_low", value: "198", expected: "at most bd_best (197): low ≤ best ≤ high" });
    const fig = t.db.prepare(`SELECT "low", "best", "high", "note" FROM "Figure" WHERE "rowNumber" = 485`).get();
    expect(fig).toMatchObject({ low: 198, best: 197, high: 207 });
    expect((fig as { note: string }).note).toMatch(/As published/);
  });

  it("changes nothing when the same file comes again", async () => {
    const before = tableCounts(t.db);
    const again = await importFile(t.db, { file: dataFile(BRD), dataset: "ucdp-brd" });
    expect(again.status).toBe("unchanged");
    expect(again.sourceId).toBe(report.sourceId);
    expect(again).toMatchObject({ unchanged: 1920, new: 0, updated: 0, removed: 0, rowsRead: 0, written: {} });
    expect(again.message).toMatch(/already imported as UCDP BRD 24\.1.*nothing changed/);
    expect(tableCounts(t.db)).toEqual(before);
  });

  it("rejects another file under the same release (releases are immutable)", async () => {
    const s = scratch();
    try {
      const edited = copyOf(s.dir, BRD, { edit: (lines) => lines.slice(0, 100) });
      const before = tableCounts(t.db);
      const r = await importFile(t.db, { file: edited, dataset: "ucdp-brd" });
      expect(r.status).toBe("rejected");
      expect(r.message).toMatch(/UCDP BRD 24\.1 is already imported from another file.*immutable/);
      expect(tableCounts(t.db)).toEqual(before);
    } finally {
      s.cleanup();
    }
  });
});

describe("ucdp-brd importer on broken copies", () => {
  let t: ReturnType<typeof createTestDb>;
  let s: ReturnType<typeof scratch>;
  let db: Database;
  beforeAll(() => {
    t = createTestDb();
    db = t.db;
    s = scratch();
  });
  afterAll(() => {
    t.cleanup();
    s.cleanup();
  });

  async function rejected(file: string, options: { rangeOrder?: "reject" } = {}) {
    const before = tableCounts(db);
    const r = await importFile(db, { file, dataset: "ucdp-brd", ...options });
    expect(r.status).toBe("rejected");
    expect(r.sourceId).toBeNull();
    expect(tableCounts(db)).toEqual(before);
    return r;
  }

  it("names the line and column of a non-numeric bd_best, and writes nothing", async () => {
    const file = copyOf(s.dir, BRD, {
      as: "nonnumeric-v24.1.csv",
      edit: (lines) => lines.map((l, i) => (i === LINE_388_2020 - 1 ? setCell(l, lines[0]!, "bd_best", "n/a") : l)),
    });
    const r = await rejected(file);
    expect(r.rejected).toBe(1);
    expect(r.errors).toEqual([{ line: LINE_388_2020, column: "bd_best", value: "n/a", expected: "a count: a whole number ≥ 0" }]);
    expect(r.message).toMatch(/^Rejected nonnumeric-v24\.1\.csv as UCDP BRD 24\.1: 1 row has errors; first: line 1632, bd_best "n\/a"/);
    expect(r.message).toMatch(/nothing was written\.$/);
  });

  it("rejects low > best when asked to (rangeOrder: reject), naming line and column", async () => {
    const file = copyOf(s.dir, BRD, {
      as: "lowbest-v24.1.csv",
      edit: (lines) => lines.map((l, i) => (i === LINE_388_2020 - 1 ? setCell(l, lines[0]!, "bd_low", "8000") : l)),
    });
    const r = await rejected(file, { rangeOrder: "reject" });
    // UCDP's own 7 out-of-order rows count too when ranges are strict.
    expect(r.rejected).toBe(8);
    expect(r.errors).toContainEqual({ line: LINE_388_2020, column: "bd_low", value: "8000", expected: "at most bd_best (7646): low ≤ best ≤ high" });
  });

  it("lists the expected columns when one is missing", async () => {
    const file = copyOf(s.dir, BRD, {
      as: "missing-v24.1.csv",
      edit: (lines) => lines.map((l, i) => (i === 0 ? l.replace(',"bd_high"', ',"bd_hi"') : l)),
    });
    const r = await rejected(file);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 1, column: "bd_high", value: "" });
    expect(r.errors[0]!.expected).toContain("conflict_id, dyad_id, location_inc, side_a, side_b, year, bd_best, bd_low, bd_high, region");
    expect(r.rowsRead).toBe(0);
  });

  it("rejects a duplicate column name", async () => {
    const file = copyOf(s.dir, BRD, {
      as: "dupcol-v24.1.csv",
      edit: (lines) => lines.map((l, i) => (i === 0 ? l.replace('"side_b_2nd"', '"side_b"') : l)),
    });
    const r = await rejected(file);
    expect(r.errors[0]).toMatchObject({ line: 1, column: "side_b", expected: 'unique column names ("side_b" appears 2 times)' });
  });

  it("rejects a repeated dyad-year, naming the first line", async () => {
    const file = copyOf(s.dir, BRD, { as: "dup-v24.1.csv", edit: (lines) => [...lines, lines[1]!] });
    const r = await rejected(file);
    expect(r.errors).toEqual([
      { line: 1922, column: "conflict_id, dyad_id, year", value: "11342, 11971, 2012", expected: "one row per dyad and year (line 2 has the same)" },
    ]);
  });

  it("rejects rows whose version disagrees with the file's or the caller's", async () => {
    const file = copyOf(s.dir, BRD, {
      as: "mixed.csv",
      edit: (lines) => lines.map((l, i) => (i === 10 ? setCell(l, lines[0]!, "version", "23.1") : l)),
    });
    const r = await rejected(file);
    expect(r.errors).toEqual([{ line: 11, column: "version", value: "23.1", expected: "24.1 as on line 2: a file holds one release" }]);

    const given = await importFile(db, { file: dataFile(BRD), dataset: "ucdp-brd", version: "25.1", dryRun: true });
    expect(given.status).toBe("rejected");
    expect(given.errors[0]).toMatchObject({ line: 2, column: "version", value: "24.1", expected: "25.1, the version given for this import" });
  });

  it("gives the real line of a row after a quoted cell with line breaks (LF and CRLF)", async () => {
    for (const eol of ["\n", "\r\n"] as const) {
      const file = copyOf(s.dir, BRD, {
        as: `multiline-${eol.length}-v24.1.csv`,
        eol,
        edit: (lines) =>
          lines.map((l, i) =>
            i === 1 ? setCell(l, lines[0]!, "side_b", `GN${eol}L${eol}A`) : i === 9 ? setCell(l, lines[0]!, "bd_best", "x") : l,
          ),
      });
      const r = await rejected(file);
      // Line 2's cell now spans lines 2–4, so the original line 10 is line 12.
      expect(r.errors).toEqual([{ line: 12, column: "bd_best", value: "x", expected: "a count: a whole number ≥ 0" }]);
    }
  });
});

describe("ucdp-brd importer: encodings and dry runs", () => {
  it("imports a BOM + CRLF copy exactly as the original", async () => {
    const a = createTestDb();
    const b = createTestDb();
    const s = scratch();
    try {
      const copy = copyOf(s.dir, BRD, { eol: "\r\n", bom: true });
      const ra = await importFile(a.db, { file: dataFile(BRD), dataset: "ucdp-brd" });
      const rb = await importFile(b.db, { file: copy, dataset: "ucdp-brd" });
      expect(rb.status).toBe("imported");
      expect(rb.version).toBe("24.1");
      expect(rb.rowsRead).toBe(ra.rowsRead);
      const sql = `SELECT * FROM "Figure" ORDER BY "rowNumber"`;
      expect(rowsOf(b.db, sql)).toEqual(rowsOf(a.db, sql));
    } finally {
      a.cleanup();
      b.cleanup();
      s.cleanup();
    }
  });

  it("validates on a dry run and writes nothing", async () => {
    const t = createTestDb();
    try {
      const before = tableCounts(t.db);
      const r = await importFile(t.db, { file: dataFile(BRD), dataset: "ucdp-brd", dryRun: true });
      expect(r.status).toBe("dry-run");
      expect(r.sourceId).toBeNull();
      expect(r).toMatchObject({ new: 1920, updated: 0, unchanged: 0, written: { Figure: 1920 } });
      expect(r.message).toMatch(/^Dry run of .* would write 1,920 figures.*nothing was written\.$/);
      expect(tableCounts(t.db)).toEqual(before);
      // …and a real import afterwards still works.
      expect((await importFile(t.db, { file: dataFile(BRD), dataset: "ucdp-brd" })).status).toBe("imported");
    } finally {
      t.cleanup();
    }
  });
});
