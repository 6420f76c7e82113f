import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, tableCounts } from "../../tests/helpers/test-db";
import { compareVersions } from "../versions";
import { datasetKeys, datasets, importFile, versionFromFileName } from "./index";
import { latestPlausibleYear } from "./fields";
import { revisionCounts } from "./revisions";
import { FILES, copyOf, csvCells, dataFile, scratch, setCell } from "./test-helpers";

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

  it("orders releases: numbers as numbers, a pre-release-style suffix below the plain release", () => {
    const sorted = (versions: string[]) => [...versions].sort(compareVersions);
    expect(sorted(["24.1", "20.1", "22.1", "2016", "24.10", "24.9"])).toEqual(["20.1", "22.1", "24.1", "24.9", "24.10", "2016"]);
    expect(sorted(["23.1", "23.1-sample", "23.2-rc1", "23.1-sample2", "23.2", "22.1"])).toEqual(["22.1", "23.1-sample", "23.1-sample2", "23.1", "23.2-rc1", "23.2"]);
    expect(compareVersions("23.1-sample", "23.1")).toBeLessThan(0);
    expect(compareVersions("23.1", "23.1-sample")).toBeGreaterThan(0);
    expect(compareVersions("99.1-bench", "23.1")).toBeGreaterThan(0);
    expect(compareVersions("v24.1", "24.0")).toBeGreaterThan(0);
    expect(compareVersions("beta", "1.0")).toBeLessThan(0);
    expect(compareVersions("24.1", "24.1")).toBe(0);
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

/** BRD 24.1 relabelled `version`, with `edit` applied to its lines (index 0 = header). */
function brdCopy(dir: string, version: string, edit: (lines: string[], header: string) => string[] = (l) => l): string {
  return copyOf(dir, FILES.brd, {
    as: `ucdp-brd-dyadic-v${version}.csv`,
    edit: (lines) => edit(lines.map((l, i) => (i === 0 ? l : setCell(l, lines[0]!, "version", version))), lines[0]!),
  });
}

/** bd_best of a line, plus `by`. */
function bump(line: string, header: string, by: number): string {
  return setCell(line, header, "bd_best", String(Number(csvCells(line)[csvCells(header).indexOf("bd_best")]) + by));
}

describe("the summary: a release against the one it supersedes", () => {
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

  it("counts every row of a data set's first release as new", async () => {
    const r = await importFile(t.db, { file: dataFile(FILES.brd) });
    expect(r).toMatchObject({ status: "imported", rowsRead: 1920, rejected: 0, previous: null, latest: true, new: 1920, updated: 0, unchanged: 0, removed: 0 });
    expect(r).toMatchObject({ derivedFigures: 0, derivedChanges: null });
  });

  it("counts new, updated, unchanged and removed rows by row key, as the revisions table does", async () => {
    // 24.2: three values revised, one row dropped.
    const file = brdCopy(s.dir, "24.2", (lines, header) => {
      const out = [...lines];
      for (const i of [10, 500, 1631]) out[i] = bump(out[i]!, header, 1);
      out.splice(1900, 1);
      return out;
    });
    const r = await importFile(t.db, { file });
    expect(r).toMatchObject({
      status: "imported",
      version: "24.2",
      rowsRead: 1919,
      rejected: 0,
      previous: { version: "24.1", shortTitle: "UCDP BRD 24.1" },
      latest: true,
      new: 0,
      updated: 3,
      unchanged: 1920 - 4,
      removed: 1,
      derivedFigures: 0,
      written: { Figure: 1919 },
    });
    expect(revisionCounts(t.db, "ucdp-brd", r.previous!.sourceId, r.sourceId!)).toEqual({ changed: 3, added: 0, removed: 1 });
  });

  it("compares a dry run too, and a release slotted between two with the one below it", async () => {
    // 24.1.5 sorts between 24.1 and 24.2: compared with 24.1; one row added, one revised.
    const file = brdCopy(s.dir, "24.1.5", (lines, header) => [...lines.slice(0, 20), bump(lines[20]!, header, 5), ...lines.slice(21), setCell(lines[30]!, header, "year", "2024")]);
    const before = tableCounts(t.db);
    const dry = await importFile(t.db, { file, dryRun: true });
    expect(dry).toMatchObject({ status: "dry-run", previous: { version: "24.1" }, latest: false, new: 1, updated: 1, unchanged: 1919, removed: 0 });
    expect(tableCounts(t.db)).toEqual(before);
  });

  it("sorts a pre-release-style version below the plain release: 24.2-sample is compared with 24.1, and 24.2 stays the newest", async () => {
    const file = brdCopy(s.dir, "24.2-sample", (lines) => lines.slice(0, 101));
    const r = await importFile(t.db, { file });
    expect(r).toMatchObject({ status: "imported", version: "24.2-sample", previous: { version: "24.1" }, latest: false, new: 0, updated: 0, unchanged: 100, removed: 1820 });
  });

  it("gives the planner statistics: ANALYZE runs at the end of the import", () => {
    const stat = t.db.prepare(`SELECT tbl, idx, stat FROM sqlite_stat1 WHERE tbl = 'Figure' AND idx = 'Figure_sourceId_rowKey_measure_variant_key'`).get() as
      | { stat: string }
      | undefined;
    expect(stat).toBeDefined();
    expect(Number(stat!.stat.split(" ")[0])).toBeGreaterThan(1000);
  });
});

describe("validation before refusal", () => {
  it("rejects years after next year, with a clear message", async () => {
    const t = createTestDb();
    const s = scratch();
    try {
      const next = latestPlausibleYear();
      expect(next).toBe(new Date().getUTCFullYear() + 1);
      // It moves with the calendar (a server running past New Year).
      expect(latestPlausibleYear(Date.UTC(2030, 11, 31, 23, 59))).toBe(2031);
      expect(latestPlausibleYear(Date.UTC(2031, 0, 1))).toBe(2032);
      expect(latestPlausibleYear()).toBe(next);
      const file = brdCopy(s.dir, "24.1", (lines, header) => lines.map((l, i) => (i === 100 ? setCell(l, header, "year", "2099") : i === 101 ? setCell(l, header, "year", String(next)) : l)));
      const r = await importFile(t.db, { file });
      expect(r.status).toBe("rejected");
      // 2099 is refused; next year still passes.
      expect(r.errors).toEqual([{ line: 101, column: "year", value: "2099", expected: `a year from 1946 to ${next} (no later than next year)` }]);
      expect(r.message).toMatch(new RegExp(`^Rejected ucdp-brd-dyadic-v24\\.1\\.csv as UCDP BRD 24\\.1: 1 row has errors; first: line 101, year "2099": expected a year from 1946 to ${next}`));
      expect(tableCounts(t.db).Source).toBe(0);
    } finally {
      t.cleanup();
      s.cleanup();
    }
  });

  it("validates a file under an already imported version to its end: its errors and the clash are both reported", async () => {
    const t = createTestDb();
    const s = scratch();
    try {
      expect((await importFile(t.db, { file: dataFile(FILES.brd) })).status).toBe("imported");
      const before = tableCounts(t.db);
      const broken = brdCopy(s.dir, "24.1", (lines, header) =>
        lines.map((l, i) => (i === 1000 ? setCell(l, header, "bd_best", "many") : i === 1500 ? setCell(l, header, "year", "2099") : l)),
      );
      const r = await importFile(t.db, { file: broken, fileName: "colleague-copy-v24.1.csv" });
      expect(r.status).toBe("rejected");
      expect(r.rowsRead).toBe(1920);
      expect(r.errors.map(({ line, column }) => [line, column])).toEqual([
        [1001, "bd_best"],
        [1501, "year"],
      ]);
      expect(r.message).toMatch(
        /^Rejected colleague-copy-v24\.1\.csv as UCDP BRD 24\.1: 2 rows have errors; first: line 1001, bd_best "many": .*; and UCDP BRD 24\.1 is already imported from another file \(ucdp-brd-dyadic-v24\.1\.csv, SHA-256 [0-9a-f]{12}…\); releases are immutable, so import this file under a new version; nothing was written\.$/,
      );
      expect(tableCounts(t.db)).toEqual(before);

      // Row keys are still checked (by inserting, under a provisional release the rollback removes).
      const repeated = brdCopy(s.dir, "24.1", (lines) => [...lines, lines[7]!]);
      const twice = await importFile(t.db, { file: repeated });
      expect(twice.errors).toEqual([
        { line: 1922, column: "conflict_id, dyad_id, year", value: expect.any(String), expected: "one row per dyad and year (line 8 has the same)" },
      ]);
      expect(twice.message).toMatch(/1 row has errors; first: line 1922, .*; and UCDP BRD 24\.1 is already imported from another file/);
      expect(tableCounts(t.db)).toEqual(before);

      // A valid file under the taken version: read to its end, then refused for the clash alone.
      const valid = brdCopy(s.dir, "24.1", (lines) => lines.slice(0, 50));
      const clash = await importFile(t.db, { file: valid });
      expect(clash).toMatchObject({ status: "rejected", rowsRead: 49, rejected: 0, errors: [], new: 0 });
      expect(clash.message).toMatch(/^Rejected ucdp-brd-dyadic-v24\.1\.csv: UCDP BRD 24\.1 is already imported from another file .*immutable/);
      expect(tableCounts(t.db)).toEqual(before);
    } finally {
      t.cleanup();
      s.cleanup();
    }
  });
});
