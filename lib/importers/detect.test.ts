import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, tableCounts } from "../../tests/helpers/test-db";
import { detectDataset, importFile } from "./index";
import { FILES, copyOf, dataFile, scratch } from "./test-helpers";

describe("format detection from the header", () => {
  let s: ReturnType<typeof scratch>;
  beforeAll(() => {
    s = scratch();
  });
  afterAll(() => s.cleanup());

  it("recognises every real file", () => {
    const expected: [string, string][] = [
      [FILES.brd, "ucdp-brd"],
      [FILES.acd201, "ucdp-acd"],
      [FILES.acd221, "ucdp-acd"],
      [FILES.gedSample, "ucdp-ged"],
      [FILES.gedCar, "ucdp-ged"],
      [FILES.peaceOps, "peace-ops"],
      [FILES.owid, "owid-un-peacekeeping"],
    ];
    for (const [file, dataset] of expected) expect(detectDataset(dataFile(file)), file).toMatchObject({ ok: true, dataset });
    expect(detectDataset(dataFile(FILES.brd))).toMatchObject({ how: "detected from the header (the UCDP BRD columns)" });
    expect(detectDataset(dataFile(FILES.gedCar))).toMatchObject({ how: "detected as GeoJSON: a UCDP GED FeatureCollection" });
  });

  it("refuses a file of no known format, listing what each format expects and what the closest lacks", () => {
    const d = detectDataset(dataFile("geo-pko-v2-deployments.csv"));
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.message).toMatch(/^Rejected geo-pko-v2-deployments\.csv: its header matches no data set Parallax imports/);
    expect(d.errors.map((e) => e.expected.split(":")[0])).toEqual([
      "UCDP BRD (--dataset ucdp-brd)",
      "UCDP/PRIO ACD (--dataset ucdp-acd)",
      "UCDP GED (--dataset ucdp-ged)",
      "SIPRI/IPI panel (--dataset peace-ops)",
      "OWID UN peacekeeping (--dataset owid-un-peacekeeping)",
    ]);
    expect(d.errors[0]).toMatchObject({ line: 1, column: "(header)" });
    expect(d.errors[0]!.value).toMatch(/^Source, Mission, year, month/);

    // One column renamed: the closest format is named with what it lacks.
    const renamed = copyOf(s.dir, FILES.brd, { as: "renamed.csv", edit: (lines) => [lines[0]!.replace('"bd_best"', '"deaths"'), ...lines.slice(1)] });
    const r = detectDataset(renamed);
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.message).toMatch(/The closest is UCDP BRD, which also needs bd_best\./);
  });

  it("importFile without a data set detects it, and refuses an unknown format without writing anything", async () => {
    const t = createTestDb();
    try {
      const ok = await importFile(t.db, { file: dataFile(FILES.owid) });
      expect(ok).toMatchObject({ status: "imported", dataset: "owid-un-peacekeeping", detected: "detected from the header (the OWID UN peacekeeping columns)" });
      const before = tableCounts(t.db);
      const unknown = path.join(s.dir, "movies.csv");
      fs.writeFileSync(unknown, "title,year,rating\nAlien,1979,8.5\n");
      const r = await importFile(t.db, { file: unknown });
      expect(r).toMatchObject({ status: "rejected", dataset: null, sourceId: null, rowsRead: 0 });
      expect(r.errors).toHaveLength(5);
      expect(tableCounts(t.db)).toEqual(before);
      const empty = path.join(s.dir, "empty.csv");
      fs.writeFileSync(empty, "");
      expect(await importFile(t.db, { file: empty })).toMatchObject({ status: "rejected", dataset: null });
    } finally {
      t.cleanup();
    }
  });
});
