import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../tests/helpers/test-db";
import { importFile } from "../lib/importers";
import { FILES, dataFile, scratch, sha256Of } from "../lib/importers/test-helpers";
import { GED_COLUMNS, generateGedCsv } from "./ged-generator";

describe("the benchmark's GED-shaped CSV", () => {
  let s: ReturnType<typeof scratch>;
  beforeAll(() => {
    s = scratch();
  });
  afterAll(() => s.cleanup());

  it("has GED's 49 columns, in the order of UCDP's own file", () => {
    const header = fs.readFileSync(dataFile(FILES.gedSample), "utf8").split("\n")[0]!.trim().split(",");
    expect(header).toHaveLength(49);
    expect([...GED_COLUMNS]).toEqual(header);
    const file = path.join(s.dir, "a.csv");
    generateGedCsv(file, { events: 10 });
    expect(fs.readFileSync(file, "utf8").split("\n")[0]).toBe(header.join(","));
  });

  it("is the same file for the same seed, and another for another seed", () => {
    const a = path.join(s.dir, "a.csv");
    const b = path.join(s.dir, "b.csv");
    const c = path.join(s.dir, "c.csv");
    generateGedCsv(a, { events: 2000 });
    generateGedCsv(b, { events: 2000 });
    generateGedCsv(c, { events: 2000, seed: 7 });
    expect(sha256Of(a)).toBe(sha256Of(b));
    expect(sha256Of(a)).not.toBe(sha256Of(c));
  });

  it("imports without an error, into ~150 conflicts × 35 years", async () => {
    const file = path.join(s.dir, "ged-v99.1.csv");
    generateGedCsv(file, { events: 6000 });
    const t = createTestDb();
    try {
      const r = await importFile(t.db, { file });
      expect(r.errors).toEqual([]);
      expect(r).toMatchObject({ status: "imported", dataset: "ucdp-ged", version: "99.1", rowsRead: 6000 });
      const span = t.db.prepare(`SELECT COUNT(DISTINCT "conflictNewId") AS conflicts, MIN(year) AS y0, MAX(year) AS y1 FROM "GedEvent" WHERE "typeOfViolence" = 1`).get();
      expect(span).toEqual({ conflicts: 150, y0: 1989, y1: 2023 });
    } finally {
      t.cleanup();
    }
  });
});
