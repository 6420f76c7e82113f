import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, tableCounts } from "../../tests/helpers/test-db";
import { datasetKeys, datasets, importFile, versionFromFileName } from "./index";
import { FILES, copyOf, dataFile, scratch, setCell } from "./test-helpers";

describe("versions", () => {
  it("reads a v-token from a file name", () => {
    expect(versionFromFileName("ucdp-ged-v23.1-sample1000.csv")).toBe("23.1");
    expect(versionFromFileName("/x/ucdp-brd-dyadic-v24.1.csv")).toBe("24.1");
    expect(versionFromFileName("GEDEvent_v23_1.csv")).toBe("23.1"); // UCDP's own download names
    expect(versionFromFileName("ucdp-prio-acd-v221.csv")).toBe("221");
    expect(versionFromFileName("ged231.csv")).toBeUndefined();
    expect(versionFromFileName("peace-operations-monthly-sipri-ipi-1993-2016.csv")).toBeUndefined();
    expect(versionFromFileName("movies.csv")).toBeUndefined();
  });

  it("describes every data set in the registry", () => {
    for (const key of datasetKeys) {
      const d = datasets[key];
      expect(d.key).toBe(key);
      expect(d.citation("1.0").length).toBeGreaterThan(20);
      expect(d.licence).toBeTruthy();
    }
    expect(datasets["peace-ops"].defaultVersion).toBe("2016");
    expect(datasets["owid-un-peacekeeping"].defaultVersion).toBe("2022");
  });
});

describe("files that cannot be imported", () => {
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

  it("reports a missing file", async () => {
    const r = await importFile(t.db, { file: path.join(s.dir, "nope-v1.0.csv"), dataset: "ucdp-brd" });
    expect(r).toMatchObject({ status: "rejected", rowsRead: 0 });
    expect(r.message).toMatch(/cannot be read/);
  });

  it("rejects an empty file and a header without rows", async () => {
    const empty = path.join(s.dir, "empty-v1.0.csv");
    fs.writeFileSync(empty, "");
    const r = await importFile(t.db, { file: empty, dataset: "ucdp-brd" });
    expect(r.status).toBe("rejected");
    expect(r.errors[0]).toMatchObject({ line: 1, column: "(file)", expected: "a header row naming the columns" });

    const headerOnly = copyOf(s.dir, FILES.brd, { as: "header-v1.0.csv", edit: (lines) => lines.slice(0, 1) });
    const r2 = await importFile(t.db, { file: headerOnly, dataset: "ucdp-brd" });
    expect(r2.errors[0]).toMatchObject({ line: 1, column: "(file)", expected: "at least one data row" });
    expect(tableCounts(t.db).Source).toBe(0);
  });

  it("rejects malformed CSV with its line", async () => {
    const file = copyOf(s.dir, FILES.brd, { as: "quote-v1.0.csv", edit: (lines) => lines.map((l, i) => (i === 6 ? l.replace(/^"(\d+)"/, '"$1"x') : l)) });
    const r = await importFile(t.db, { file, dataset: "ucdp-brd" });
    expect(r.status).toBe("rejected");
    expect(r.errors[0]).toMatchObject({ line: 7, column: "(file)" });
    expect(r.errors[0]!.expected).toMatch(/^well-formed CSV/);
  });

  it("rejects a file that is not UTF-8, with the line", async () => {
    const file = copyOf(s.dir, FILES.owid, { as: "latin1.csv" });
    const bytes = fs.readFileSync(file);
    const at = bytes.indexOf("World,1990");
    fs.writeFileSync(file, Buffer.concat([bytes.subarray(0, at), Buffer.from([0x57, 0xf6]), bytes.subarray(at + 2)])); // "Wö" in Latin-1
    const r = await importFile(t.db, { file, dataset: "owid-un-peacekeeping" });
    expect(r.status).toBe("rejected");
    expect(r.errors).toEqual([{ line: 45, column: "(file)", value: "", expected: "UTF-8 text (save the file as UTF-8)" }]);
  });

  it("rejects a version that is not one", async () => {
    const r = await importFile(t.db, { file: dataFile(FILES.owid), dataset: "owid-un-peacekeeping", version: "../../etc" });
    expect(r.status).toBe("rejected");
    expect(r.message).toMatch(/is not a version/);
  });

  it("refuses a handle that is inside a transaction, and unknown data sets", async () => {
    t.db.exec("BEGIN");
    try {
      await expect(importFile(t.db, { file: dataFile(FILES.owid), dataset: "owid-un-peacekeeping" })).rejects.toThrow(/outside any transaction/);
    } finally {
      t.db.exec("ROLLBACK");
    }
    await expect(importFile(t.db, { file: dataFile(FILES.owid), dataset: "nope" as never })).rejects.toThrow(/Unknown data set/);
  });
});

describe("several imports", () => {
  it("run one after another on one handle, each in its own transaction", async () => {
    const t = createTestDb();
    try {
      const reports = await Promise.all([
        importFile(t.db, { file: dataFile(FILES.owid), dataset: "owid-un-peacekeeping" }),
        importFile(t.db, { file: dataFile(FILES.brd), dataset: "ucdp-brd" }),
        importFile(t.db, { file: dataFile(FILES.owid), dataset: "owid-un-peacekeeping" }),
      ]);
      expect(reports.map((r) => r.status)).toEqual(["imported", "imported", "unchanged"]);
      expect(tableCounts(t.db)).toMatchObject({ Source: 2, Figure: 376 + 1920 });
    } finally {
      t.cleanup();
    }
  });

  it("keep a rejected file from touching earlier releases", async () => {
    const t = createTestDb();
    const s = scratch();
    try {
      await importFile(t.db, { file: dataFile(FILES.owid), dataset: "owid-un-peacekeeping" });
      const before = tableCounts(t.db);
      const broken = copyOf(s.dir, FILES.brd, { edit: (lines) => lines.map((l, i) => (i === 1900 ? setCell(l, lines[0]!, "year", "twenty") : l)) });
      const r = await importFile(t.db, { file: broken, dataset: "ucdp-brd" });
      expect(r.status).toBe("rejected");
      expect(tableCounts(t.db)).toEqual(before);
    } finally {
      t.cleanup();
      s.cleanup();
    }
  });
});
