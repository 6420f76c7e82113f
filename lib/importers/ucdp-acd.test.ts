import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, tableCounts } from "../../tests/helpers/test-db";
import { importFile, type ImportReport } from "./index";
import { revisionCounts } from "./revisions";
import { FILES, copyOf, dataFile, rowsOf, scratch, setCell, sha256Of } from "./test-helpers";

describe("ucdp-acd importer on the real files", () => {
  let t: ReturnType<typeof createTestDb>;
  let r221: ImportReport;
  let r201: ImportReport;
  beforeAll(async () => {
    t = createTestDb();
    r221 = await importFile(t.db, { file: dataFile(FILES.acd221), dataset: "ucdp-acd" });
    r201 = await importFile(t.db, { file: dataFile(FILES.acd201), dataset: "ucdp-acd" });
  });
  afterAll(() => t.cleanup());

  it("imports one conflict-year per row, two releases side by side", () => {
    expect(r221).toMatchObject({ status: "imported", version: "22.1", rowsRead: 2568, new: 2568, previous: null, latest: true, written: { AcdConflictYear: 2568 } });
    // 20.1 comes after 22.1 but is older: it supersedes nothing (every row new) and 22.1 stays the newest.
    expect(r201).toMatchObject({ status: "imported", version: "20.1", rowsRead: 2448, new: 2448, updated: 0, previous: null, latest: false });
    const counts = t.db
      .prepare(`SELECT s."key", s."shortTitle", s."rowCount", s."fileSha256", COUNT(a."id") AS n FROM "Source" s JOIN "AcdConflictYear" a ON a."sourceId" = s."id" GROUP BY s."id" ORDER BY s."key"`)
      .all();
    expect(counts).toEqual([
      { key: "ucdp-acd@20.1", shortTitle: "UCDP/PRIO ACD 20.1", rowCount: 2448, fileSha256: sha256Of(dataFile(FILES.acd201)), n: 2448 },
      { key: "ucdp-acd@22.1", shortTitle: "UCDP/PRIO ACD 22.1", rowCount: 2568, fileSha256: sha256Of(dataFile(FILES.acd221)), n: 2568 },
    ]);
    expect(tableCounts(t.db).Figure).toBe(0);
  });

  it("summarises 22.1 against 20.1, the release it supersedes, as the revisions table counts them", async () => {
    const b = createTestDb();
    try {
      const first = await importFile(b.db, { file: dataFile(FILES.acd201), dataset: "ucdp-acd" });
      const second = await importFile(b.db, { file: dataFile(FILES.acd221), dataset: "ucdp-acd" });
      const counts = revisionCounts(b.db, "ucdp-acd", first.sourceId!, second.sourceId!);
      // 22.1 adds the years 2020–2021 (and recodes a few conflicts); 3 conflict-years of 20.1 are gone.
      expect(counts).toMatchObject({ added: 123, removed: 3 });
      expect(second).toMatchObject({
        previous: { sourceId: first.sourceId, version: "20.1", shortTitle: "UCDP/PRIO ACD 20.1" },
        latest: true,
        new: 123,
        updated: counts.changed,
        unchanged: 2568 - 123 - counts.changed,
        removed: 3,
        derivedFigures: 0,
      });
    } finally {
      b.cleanup();
    }
  });

  it("maps every column; empty text stays empty text", () => {
    const row = t.db
      .prepare(`SELECT * FROM "AcdConflictYear" WHERE "sourceId" = ? AND "conflictId" = 11342 AND "year" = 2012`)
      .get(r221.sourceId);
    // "11342","India","Government of India","141","","GNLA","1163","","1","Garoland","2012","1","0","3","1997-05-29","1","2012-11-15","1","1","2012-12-21","","750","","","","750","3","22.1"
    expect(row).toMatchObject({
      location: "India",
      sideA: "Government of India",
      sideA2nd: "",
      sideB: "GNLA",
      sideB2nd: "",
      incompatibility: 1,
      territoryName: "Garoland",
      intensityLevel: 1,
      cumulativeIntensity: 0,
      typeOfConflict: 3,
      startDate: "1997-05-29",
      startPrec: 1,
      startDate2: "2012-11-15",
      startPrec2: 1,
      epEnd: 1,
      epEndDate: "2012-12-21",
      region: "3",
      gwnoLoc: "750",
      rowNumber: 2,
    });
    const open = t.db.prepare(`SELECT COUNT(*) AS n FROM "AcdConflictYear" WHERE "sourceId" = ? AND "epEnd" = 0 AND "epEndDate" = ''`).get(r221.sourceId);
    expect(open).toEqual({ n: 2027 });
  });

  it("changes nothing on a second import of the same file", async () => {
    const before = tableCounts(t.db);
    const again = await importFile(t.db, { file: dataFile(FILES.acd221), dataset: "ucdp-acd" });
    expect(again).toMatchObject({ status: "unchanged", version: "22.1", sourceId: r221.sourceId, unchanged: 2568 });
    expect(tableCounts(t.db)).toEqual(before);
  });
});

describe("ucdp-acd importer on edited copies", () => {
  let s: ReturnType<typeof scratch>;
  beforeAll(() => {
    s = scratch();
  });
  afterAll(() => s.cleanup());

  it("stores an empty start_prec as NULL", async () => {
    const t = createTestDb();
    try {
      const file = copyOf(s.dir, FILES.acd221, {
        as: "noprec.csv",
        edit: (lines) => lines.map((l, i) => (i === 1 ? setCell(l, lines[0]!, "start_prec", "") : l)),
      });
      const r = await importFile(t.db, { file, dataset: "ucdp-acd" });
      expect(r.status).toBe("imported");
      expect(r.version).toBe("22.1"); // from the version column, not the file name
      expect(t.db.prepare(`SELECT "startPrec", "startPrec2" FROM "AcdConflictYear" WHERE "rowNumber" = 2`).get()).toEqual({
        startPrec: null,
        startPrec2: 1,
      });
    } finally {
      t.cleanup();
    }
  });

  it("rejects bad codes, years and region codes with their lines, and writes nothing", async () => {
    const t = createTestDb();
    try {
      const file = copyOf(s.dir, FILES.acd221, {
        as: "bad.csv",
        edit: (lines) =>
          lines.map((l, i) => {
            if (i === 4) return setCell(l, lines[0]!, "intensity_level", "3");
            if (i === 5) return setCell(l, lines[0]!, "year", "1899");
            if (i === 6) return setCell(l, lines[0]!, "region", "7");
            if (i === 7) return setCell(l, lines[0]!, "start_date", "May 1997");
            return l;
          }),
      });
      const before = tableCounts(t.db);
      const r = await importFile(t.db, { file, dataset: "ucdp-acd" });
      expect(r.status).toBe("rejected");
      expect(r.rejected).toBe(4);
      expect(r.errors.map(({ line, column, value }) => ({ line, column, value }))).toEqual([
        { line: 5, column: "intensity_level", value: "3" },
        { line: 6, column: "year", value: "1899" },
        { line: 7, column: "region", value: "7" },
        { line: 8, column: "start_date", value: "May 1997" },
      ]);
      expect(r.errors[1]!.expected).toBe(`a year from 1946 to ${new Date().getUTCFullYear() + 1} (no later than next year)`);
      expect(tableCounts(t.db)).toEqual(before);
    } finally {
      t.cleanup();
    }
  });

  it("imports a BOM + CRLF copy exactly as the original", async () => {
    const a = createTestDb();
    const b = createTestDb();
    try {
      await importFile(a.db, { file: dataFile(FILES.acd201), dataset: "ucdp-acd" });
      const r = await importFile(b.db, { file: copyOf(s.dir, FILES.acd201, { eol: "\r\n", bom: true }), dataset: "ucdp-acd" });
      expect(r.status).toBe("imported");
      const sql = `SELECT * FROM "AcdConflictYear" ORDER BY "rowNumber"`;
      expect(rowsOf(b.db, sql)).toEqual(rowsOf(a.db, sql));
    } finally {
      a.cleanup();
      b.cleanup();
    }
  });
});
