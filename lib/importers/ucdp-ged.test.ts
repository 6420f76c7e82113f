import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, tableCounts } from "../../tests/helpers/test-db";
import type { Database } from "../db-core";
import { importFile, type ImportReport } from "./index";
import { revisionCounts } from "./revisions";
import { FILES, copyOf, dataFile, rowsOf, scratch, sha256Of } from "./test-helpers";

type Event = { id: number; year: number; month: number; type: number; conflict: number; country: number; best: number; low: number; high: number };

/** The raw file, read independently of the importer (whole-file parsers are fine for a test). */
function carEvents(): Event[] {
  const fc = JSON.parse(fs.readFileSync(dataFile(FILES.gedCar), "utf8")) as { features: { properties: Record<string, number> }[] };
  return fc.features.map(({ properties: p }) => ({
    id: p.id!,
    year: p.year!,
    month: Number(String(p.date_start).slice(5, 7)),
    type: p.type_of_violence!,
    conflict: p.conflict_new_id!,
    country: p.country_id!,
    best: p.best!,
    low: p.low!,
    high: p.high!,
  }));
}
function sampleEvents(): Event[] {
  const rows = parse(fs.readFileSync(dataFile(FILES.gedSample)), { columns: true, bom: true }) as Record<string, string>[];
  return rows.map((r) => ({
    id: Number(r.id),
    year: Number(r.year),
    month: Number(r.date_start!.slice(5, 7)),
    type: Number(r.type_of_violence),
    conflict: Number(r.conflict_new_id),
    country: Number(r.country_id),
    best: Number(r.best),
    low: Number(r.low),
    high: Number(r.high),
  }));
}

/** Sums by a key, as "key → [best, low, high]". */
function sums(events: Event[], key: (e: Event) => string): Map<string, [number, number, number]> {
  const out = new Map<string, [number, number, number]>();
  for (const e of events) {
    const s = out.get(key(e)) ?? [0, 0, 0];
    out.set(key(e), [s[0] + e.best, s[1] + e.low, s[2] + e.high]);
  }
  return out;
}

function figureSums(db: Database, sourceId: number, rowKeyPrefix: string): Map<string, [number, number, number]> {
  const rows = db
    .prepare(`SELECT "rowKey", "best", "low", "high" FROM "Figure" WHERE "sourceId" = ? AND "rowKey" LIKE ? ORDER BY "rowKey"`)
    .all(sourceId, `${rowKeyPrefix}%`) as { rowKey: string; best: number; low: number; high: number }[];
  return new Map(rows.map((r) => [r.rowKey, [r.best, r.low, r.high]]));
}

function checkAggregates(db: Database, sourceId: number, events: Event[]) {
  const byCountry = sums(events, (e) => `country_id=${e.country};year=${e.year};type_of_violence=${e.type}`);
  expect(figureSums(db, sourceId, "country_id=")).toEqual(byCountry);
  // Per UCDP id and year (state-based conflicts; non-state conflicts and one-sided actors with
  // their type in the key), and per state-based conflict and month.
  const byId = sums(events, (e) => `conflict_new_id=${e.conflict};year=${e.year}${e.type === 1 ? "" : `;type_of_violence=${e.type}`}`);
  const byMonth = sums(
    events.filter((e) => e.type === 1),
    (e) => `conflict_new_id=${e.conflict};year=${e.year};month=${e.month}`,
  );
  expect(figureSums(db, sourceId, "conflict_new_id=")).toEqual(new Map([...byId, ...byMonth]));
}

describe("ucdp-ged importer on the Central African Republic GeoJSON", () => {
  let t: ReturnType<typeof createTestDb>;
  let report: ImportReport;
  const events = carEvents();
  beforeAll(async () => {
    t = createTestDb();
    report = await importFile(t.db, { file: dataFile(FILES.gedCar), dataset: "ucdp-ged" });
  });
  afterAll(() => t.cleanup());

  it("imports every feature as an event, with the line it starts on", () => {
    expect(report).toMatchObject({ status: "imported", version: "23.1", rowsRead: 1848, rejected: 0 });
    expect(report.written.GedEvent).toBe(1848);
    expect(tableCounts(t.db).GedEvent).toBe(1848);
    const first = t.db.prepare(`SELECT * FROM "GedEvent" ORDER BY "rowNumber" LIMIT 1`).get();
    expect(first).toMatchObject({
      gedId: 36210,
      relid: "0",
      year: 2009,
      month: 2,
      typeOfViolence: 1,
      conflictNewId: 314,
      conflictName: "Uganda: Government",
      dyadNewId: 688,
      sideA: "Government of Uganda",
      sideB: "LRA",
      countryId: 482,
      country: "Central African Republic",
      region: "Africa",
      latitude: 5.399784,
      longitude: 26.486881,
      whereDescription: "Central African Republic remote southeast",
      adm1: "",
      dateStart: "2009-02-20",
      dateEnd: "2009-02-20",
      deathsB: 3,
      best: 3,
      rowNumber: 6,
    });
    const source = t.db.prepare(`SELECT "key", "rowCount", "fileSha256", "shortTitle" FROM "Source"`).get();
    expect(source).toEqual({ key: "ucdp-ged@23.1", rowCount: 1848, fileSha256: sha256Of(dataFile(FILES.gedCar)), shortTitle: "UCDP GED 23.1" });
  });

  it("aggregates in SQL exactly what the raw file sums to", () => {
    checkAggregates(t.db, report.sourceId!, events);
    // One country-year by hand: CAR 2013, one-sided violence.
    const expected = events.filter((e) => e.year === 2013 && e.type === 3).reduce((n, e) => n + e.best, 0);
    const fig = t.db.prepare(`SELECT * FROM "Figure" WHERE "gwno" = 482 AND "year" = 2013 AND "variant" = 'one-sided'`).get();
    expect(fig).toMatchObject({
      measure: "fatalities",
      unit: "deaths",
      best: expected,
      subject: "Central African Republic – one-sided violence (UCDP GED events)",
      rowKey: "country_id=482;year=2013;type_of_violence=3",
    });
    expect(report.written.Figure).toBe(tableCounts(t.db).Figure);
  });

  it("sums state-based events per conflict and month, with the month as the period", () => {
    // The file's first event: Uganda: Government (LRA) in February 2009.
    const { conflict, year, month } = events[0]!;
    expect({ conflict, year, month }).toEqual({ conflict: 314, year: 2009, month: 2 });
    const mine = events.filter((e) => e.type === 1 && e.conflict === conflict && e.year === year && e.month === month);
    const fig = t.db.prepare(`SELECT * FROM "Figure" WHERE "rowKey" = ?`).get(`conflict_new_id=${conflict};year=${year};month=${month}`);
    expect(fig).toMatchObject({
      measure: "fatalities",
      unit: "deaths",
      best: mine.reduce((n, e) => n + e.best, 0),
      low: mine.reduce((n, e) => n + e.low, 0),
      high: mine.reduce((n, e) => n + e.high, 0),
      year: 2009,
      month: 2,
      periodStart: "2009-02",
      periodEnd: "2009-02",
      ucdpConflictId: conflict,
      gwno: null,
      variant: "state-based",
      subject: expect.stringMatching(/ – state-based violence per month \(UCDP GED events\)$/),
    });
    // Non-state conflicts and one-sided actors are summed per their own UCDP id and year.
    for (const [type, variant] of [[2, "non-state"], [3, "one-sided"]] as const) {
      const e = events.find((x) => x.type === type)!;
      const expected = events.filter((x) => x.type === type && x.conflict === e.conflict && x.year === e.year).reduce((n, x) => n + x.best, 0);
      expect(t.db.prepare(`SELECT "best", "variant", "ucdpConflictId", "month" FROM "Figure" WHERE "rowKey" = ?`).get(`conflict_new_id=${e.conflict};year=${e.year};type_of_violence=${type}`)).toEqual({
        best: expected,
        variant,
        ucdpConflictId: e.conflict,
        month: null,
      });
    }
  });

  it("reports events as rows (all new in the first release) and the sums as derived figures", () => {
    expect(report).toMatchObject({ previous: null, latest: true, new: 1848, updated: 0, unchanged: 0, removed: 0, derivedFigures: tableCounts(t.db).Figure });
    expect(report.derivedChanges).toEqual({ new: report.derivedFigures, updated: 0, unchanged: 0, removed: 0 });
  });

  it("changes nothing on a second import", async () => {
    const before = tableCounts(t.db);
    expect((await importFile(t.db, { file: dataFile(FILES.gedCar), dataset: "ucdp-ged" })).status).toBe("unchanged");
    expect(tableCounts(t.db)).toEqual(before);
  });

  it("compares a later release's events by GED id, and its derived figures as the revisions table does", async () => {
    const s = scratch();
    try {
      // 23.2: one event's best raised (line 21), one event dropped (line 31).
      const file = copyOf(s.dir, FILES.gedCar, {
        as: "ucdp-ged-v23.2-central-african-republic.geojson",
        edit: (lines) =>
          lines.map((l, i) => (i === 20 ? l.replace(/"best": (\d+)/, (_m, n: string) => `"best": ${Number(n) + 5}`).replace(/"high": (\d+)/, (_m, n: string) => `"high": ${Number(n) + 5}`) : l)).filter((_l, i) => i !== 30),
      });
      const r = await importFile(t.db, { file, dataset: "ucdp-ged" });
      expect(r).toMatchObject({
        status: "imported",
        version: "23.2",
        rowsRead: 1847,
        previous: { sourceId: report.sourceId, version: "23.1" },
        latest: true,
        new: 0,
        updated: 1,
        unchanged: 1846,
        removed: 1,
      });
      const c = revisionCounts(t.db, "ucdp-ged", report.sourceId!, r.sourceId!);
      expect(c.changed).toBeGreaterThan(0);
      expect(r.derivedChanges).toEqual({ new: c.added, updated: c.changed, unchanged: r.derivedFigures - c.added - c.changed, removed: c.removed });
      expect(r.derivedFigures).toBe(r.written.Figure);
    } finally {
      s.cleanup();
    }
  });
});

describe("ucdp-ged importer on the 1,000-event CSV sample", () => {
  let t: ReturnType<typeof createTestDb>;
  let report: ImportReport;
  beforeAll(async () => {
    t = createTestDb();
    report = await importFile(t.db, { file: dataFile(FILES.gedSample), dataset: "ucdp-ged" });
  });
  afterAll(() => t.cleanup());

  it("imports 1,000 events and their aggregates", () => {
    expect(report).toMatchObject({ status: "imported", version: "23.1", rowsRead: 1000 });
    expect(report.written.GedEvent).toBe(1000);
    expect(t.db.prepare(`SELECT "gedId", "relid", "dateStart", "month", "latitude", "rowNumber" FROM "GedEvent" WHERE "gedId" = 300380`).get()).toEqual({
      gedId: 300380,
      relid: "SYR-2013-1-11973-99",
      dateStart: "2013-01-03",
      month: 1,
      latitude: 35.763369,
      rowNumber: 2,
    });
    // Some quoted cells hold line breaks: rows keep the line each record starts on (as Python's csv module counts them).
    const lineOf = (id: number) => (t.db.prepare(`SELECT "rowNumber" FROM "GedEvent" WHERE "gedId" = ?`).get(id) as { rowNumber: number }).rowNumber;
    expect([lineOf(52588), lineOf(57977), lineOf(377295), lineOf(331084)]).toEqual([47, 88, 98, 1211]);
    checkAggregates(t.db, report.sourceId!, sampleEvents());
  });

  it("imports an LF copy with a BOM exactly as the CRLF original", async () => {
    const b = createTestDb();
    const s = scratch();
    try {
      const r = await importFile(b.db, { file: copyOf(s.dir, FILES.gedSample, { eol: "\n", bom: true }), dataset: "ucdp-ged" });
      expect(r.status).toBe("imported");
      const sql = `SELECT * FROM "GedEvent" ORDER BY "rowNumber"`;
      expect(rowsOf(b.db, sql)).toEqual(rowsOf(t.db, sql));
    } finally {
      b.cleanup();
      s.cleanup();
    }
  });
});

describe("ucdp-ged importer on broken copies", () => {
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

  async function rejected(file: string) {
    const before = tableCounts(t.db);
    const r = await importFile(t.db, { file, dataset: "ucdp-ged" });
    expect(r.status).toBe("rejected");
    expect(tableCounts(t.db)).toEqual(before);
    return r;
  }

  it("rejects a truncated GeoJSON and writes nothing", async () => {
    const size = fs.statSync(dataFile(FILES.gedCar)).size;
    const r = await rejected(copyOf(s.dir, FILES.gedCar, { truncateAt: Math.floor(size / 2) }));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.column).toBe("(file)");
    expect(r.errors[0]!.expected).toMatch(/^complete JSON: the file ends early, inside feature \d+/);
    expect(r.errors[0]!.line).toBeGreaterThan(900);
  });

  it("tells features apart by number in a minified (one-line) GeoJSON", async () => {
    // Event 36212 is the file's 8th feature (line 13).
    const file = copyOf(s.dir, FILES.gedCar, {
      as: "minified-v23.1.geojson",
      edit: (lines) => [lines.join("").replace(/("id": 36212, .*?"best": )\d+/, "$1-1")],
    });
    const r = await rejected(file);
    expect(r.errors).toEqual([{ line: 1, feature: 8, column: "best", value: "-1", expected: "a count: a whole number ≥ 0" }]);
  });

  it("rejects malformed JSON with its line", async () => {
    const r = await rejected(copyOf(s.dir, FILES.gedCar, { edit: (lines) => lines.map((l, i) => (i === 99 ? l.replace('"best": ', '"best" ') : l)) }));
    expect(r.errors[0]).toMatchObject({ line: 100, column: "(file)" });
    expect(r.errors[0]!.expected).toMatch(/^well-formed JSON/);
  });

  it("names the feature's line and the property of a bad value", async () => {
    const r = await rejected(
      copyOf(s.dir, FILES.gedCar, {
        edit: (lines) =>
          lines.map((l, i) => (i === 49 ? l.replace(/"best": \d+/, '"best": -4') : i === 59 ? l.replace(/"region": "Africa"/, '"region": "Atlantis"') : l)),
      }),
    );
    expect(r.errors).toEqual([
      { line: 50, feature: 45, column: "best", value: "-4", expected: "a count: a whole number ≥ 0" },
      {
        line: 60,
        feature: 55,
        column: "region",
        value: "Atlantis",
        expected: "a GED region (Africa, Americas, Asia, Europe, Middle East), several separated by commas",
      },
    ]);
    expect(r.message).toMatch(/first: line 50 \(feature 45\), best "-4"/);
  });

  it("rejects a feature without a required property or geometry", async () => {
    const r = await rejected(
      copyOf(s.dir, FILES.gedCar, {
        edit: (lines) =>
          lines.map((l, i) => (i === 9 ? l.replace(/"date_start": "[^"]*", /, "") : i === 10 ? l.replace(/"geometry": \{.*\} \}/, '"geometry": null }') : l)),
      }),
    );
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [10, "date_start"],
      [11, "geometry"],
    ]);
  });

  it("rejects a repeated event id in a CSV, naming the first line", async () => {
    const r = await rejected(copyOf(s.dir, FILES.gedSample, { edit: (lines) => [...lines, lines[5]!] }));
    // The sample has 1,000 records on 1,211 lines (some quoted cells hold line breaks).
    expect(r.errors).toEqual([{ line: 1212, column: "id", value: expect.any(String), expected: "a unique event id (line 6 has the same)" }]);
  });

  it("takes the name (version, format) from `fileName` when the file is a temporary copy", async () => {
    const b = createTestDb();
    try {
      const upload = copyOf(s.dir, FILES.gedCar, { as: "upload-3f9a.tmp" });
      const r = await importFile(b.db, { file: upload, fileName: FILES.gedCar, dataset: "ucdp-ged" });
      expect(r).toMatchObject({ status: "imported", version: "23.1", rowsRead: 1848 });
      expect(b.db.prepare(`SELECT "fileName" FROM "Source"`).get()).toEqual({ fileName: FILES.gedCar });
    } finally {
      b.cleanup();
    }
    // Without a name that says GeoJSON, the first character does.
    const c = createTestDb();
    try {
      const r = await importFile(c.db, { file: copyOf(s.dir, FILES.gedCar, { as: "upload.tmp" }), dataset: "ucdp-ged", version: "23.1", dryRun: true });
      expect(r).toMatchObject({ status: "dry-run", rowsRead: 1848 });
    } finally {
      c.cleanup();
    }
  });

  it("asks for a version when neither the file nor its name has one", async () => {
    const file = copyOf(s.dir, FILES.gedSample, { as: "ged-sample.csv" });
    const r = await rejected(file);
    expect(r.message).toMatch(/does not say which UCDP GED release it is; give a version/);
    const given = await importFile(t.db, { file, dataset: "ucdp-ged", version: "23.1", dryRun: true });
    expect(given).toMatchObject({ status: "dry-run", version: "23.1", rowsRead: 1000 });
  });
});
