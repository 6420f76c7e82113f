import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../tests/helpers/test-db";
import { importFile, type ImportReport } from "../importers";
import { FILES, copyOf, scratch, setCell } from "../importers/test-helpers";

/**
 * Releases, revisions and unmapped UCDP conflicts on a copy of the seeded database (ACD 20.1 and
 * 22.1 are both in the seed: a real revision), plus a second BRD release made here from the real
 * file with a few values changed, one dyad-year dropped and one added.
 * lib/db reads DATABASE_URL when first used, so it is set before the module loads.
 */
let t: ReturnType<typeof createTestDb>;
let s: ReturnType<typeof scratch>;
let q: typeof import("./imports");

const conflictId = (slug: string) => (t.db.prepare(`SELECT id FROM "Conflict" WHERE slug = ?`).get(slug) as { id: number }).id;
const releaseId = (key: string) => (t.db.prepare(`SELECT id FROM "Source" WHERE key = ?`).get(key) as { id: number }).id;

/** Conflict 388 (Nagorno-Karabakh), 2020, and 2016 are on these lines of the BRD file. */
const LINE_388_2020 = 1632;

beforeAll(async () => {
  t = createTestDb({ seeded: true });
  s = scratch();
  process.env.DATABASE_URL = `file:${t.file}`;
  q = await import("./imports");
});
afterAll(() => {
  t.cleanup();
  s.cleanup();
});

describe("releases", () => {
  it("lists every release with its counts, newest of each data set first and marked latest", () => {
    const releases = q.listReleasesWithCounts();
    const byKey = new Map(releases.map((r) => [r.key, r]));
    expect(byKey.get("ucdp-brd@24.1")).toMatchObject({ dataset: "ucdp-brd", version: "24.1", rowCount: 1920, figures: 1920, latest: true, importedBy: "seed" });
    expect(byKey.get("ucdp-brd@24.1")!.fileName).toBe(FILES.brd);
    expect(byKey.get("ucdp-acd@22.1")).toMatchObject({ acdRows: 2568, latest: true });
    expect(byKey.get("ucdp-acd@20.1")).toMatchObject({ acdRows: 2448, latest: false });
    expect(byKey.get("ucdp-ged@23.1")).toMatchObject({ gedEvents: 1848, latest: true });
    expect(releases.filter((r) => r.dataset === "ucdp-acd").map((r) => r.version)).toEqual(["22.1", "20.1"]);
    // Curated figures citing a release with a row key are not the release's own.
    const own = (key: string) =>
      (t.db.prepare(`SELECT COUNT(*) AS n FROM "Figure" f JOIN "Source" s ON s.id = f."sourceId" WHERE s.key = ? AND f."rowKey" IS NOT NULL AND f.key IS NULL`).get(key) as { n: number }).n;
    for (const r of releases) expect(r.figures).toBe(own(r.key));
  });

  it("reads the stored row counts, not every GedEvent index entry", () => {
    const plan = (t.db.prepare(`EXPLAIN QUERY PLAN ${q.RELEASES_SQL}`).all() as { detail: string }[]).map((r) => r.detail).join("\n");
    expect(plan).not.toMatch(/SCAN (GedEvent|AcdConflictYear|Figure)\b/);
    expect(plan).toMatch(/SEARCH f USING COVERING INDEX Figure_sourceId_rowKey_measure_variant_key \(sourceId=\? AND rowKey>\?\)/);
  });
});

describe("ACD revisions between 20.1 and 22.1 (both in the seed)", () => {
  it("counts the conflict-years changed, added and removed, in SQL", () => {
    const r = q.getRevisions("ucdp-acd", releaseId("ucdp-acd@20.1"), releaseId("ucdp-acd@22.1"), { limit: 5 });
    expect(r.from.version).toBe("20.1");
    expect(r.to.version).toBe("22.1");
    // 22.1 adds the years 2020–2021 (and recodes a few conflicts); 3 conflict-years of 20.1 are gone.
    expect(r.counts.added).toBe(123);
    expect(r.counts.removed).toBe(3);
    expect(r.counts.changed).toBeGreaterThan(50);
    expect(r.total).toBe(r.counts.added + r.counts.removed + r.counts.changed);
    expect(r.rows).toHaveLength(5);
  });

  it("shows a conflict's revisions: Donbas's start date moved a day, Tajikistan 1992 recoded as internationalised", () => {
    const donbas = q.getRevisions("ucdp-acd", releaseId("ucdp-acd@20.1"), releaseId("ucdp-acd@22.1"), { conflictId: conflictId("donbas"), change: "changed" });
    const row = donbas.rows.find((r) => r.kind === "acd" && r.ucdpConflictId === 13246 && r.year === 2014);
    expect(row).toMatchObject({
      kind: "acd",
      change: "changed",
      rowKey: "conflict_id=13246;year=2014",
      fields: [
        { field: "startDate", label: "start_date", before: "2014-04-12", after: "2014-04-13" },
        { field: "epEndDate", label: "ep_end_date", before: "2014-09-16", after: "2014-09-28" },
      ],
    });
    const tajik = q.getRevisions("ucdp-acd", releaseId("ucdp-acd@20.1"), releaseId("ucdp-acd@22.1"), { conflictId: conflictId("tajikistan") });
    expect(tajik.rows.find((r) => r.year === 1992)).toMatchObject({ fields: [{ label: "type_of_conflict", before: "3", after: "4" }] });
    // Only the conflict's own UCDP ids.
    expect(new Set(tajik.rows.map((r) => r.ucdpConflictId))).toEqual(new Set([395]));
  });
});

describe("a second BRD release", () => {
  let fromId: number;
  let toId: number;
  let report: ImportReport;
  beforeAll(async () => {
    // 24.2: Nagorno-Karabakh 2020 revised (7,646 → 7,000, low and high too), the first row dropped, a 2024 row added.
    const file = copyOf(s.dir, FILES.brd, {
      as: "ucdp-brd-dyadic-v24.2.csv",
      edit: (lines) => {
        const header = lines[0]!;
        const edited = lines.map((l, i) => (i === 0 ? l : setCell(l, header, "version", "24.2")));
        edited[LINE_388_2020 - 1] = setCell(setCell(setCell(edited[LINE_388_2020 - 1]!, header, "bd_best", "7000"), header, "bd_low", "6900"), header, "bd_high", "8000");
        const added = setCell(setCell(edited[LINE_388_2020 - 1]!, header, "year", "2024"), header, "bd_best", "50");
        return [header, ...edited.slice(2), setCell(setCell(added, header, "bd_low", "40"), header, "bd_high", "60")];
      },
    });
    report = await importFile(t.db, { file, importedBy: "test" });
    expect(report).toMatchObject({ status: "imported", dataset: "ucdp-brd", version: "24.2" });
    fromId = releaseId("ucdp-brd@24.1");
    toId = releaseId("ucdp-brd@24.2");
  });

  it("keeps the older release and makes the new one the latest", () => {
    const brd = q.releasesOf("ucdp-brd");
    expect(brd.map((r) => [r.version, r.figures, r.latest])).toEqual([
      ["24.2", 1920, true],
      ["24.1", 1920, false],
    ]);
  });

  it("lists the revised, added and removed dyad-years with both values", () => {
    const r = q.getRevisions("ucdp-brd", fromId, toId);
    expect(r.counts).toEqual({ changed: 1, added: 1, removed: 1 });
    const changed = r.rows.find((x) => x.change === "changed");
    expect(changed).toMatchObject({
      kind: "figure",
      rowKey: "conflict_id=388;dyad_id=833;year=2020",
      measure: "battle_related_deaths",
      year: 2020,
      ucdpConflictId: 388,
      before: { best: 7646, low: 7548, high: 9077 },
      after: { best: 7000, low: 6900, high: 8000 },
    });
    expect(r.rows.find((x) => x.change === "added")).toMatchObject({ rowKey: "conflict_id=388;dyad_id=833;year=2024", before: null, after: { best: 50 } });
    expect(r.rows.find((x) => x.change === "removed")).toMatchObject({ rowKey: "conflict_id=11342;dyad_id=11971;year=2012", after: null, before: { best: 27 } });
  });

  it("filters by Parallax conflict, and gives the chart the years whose value changed", () => {
    const nk = q.getRevisions("ucdp-brd", fromId, toId, { conflictId: conflictId("nagorno-karabakh") });
    expect(nk.rows.map((r) => [r.change, r.year])).toEqual([
      ["changed", 2020],
      ["added", 2024],
    ]);
    expect(q.brdRevisedYears(conflictId("nagorno-karabakh"))).toEqual({
      from: { id: fromId, version: "24.1", shortTitle: "UCDP BRD 24.1" },
      to: { id: toId, version: "24.2", shortTitle: "UCDP BRD 24.2" },
      years: [
        { year: 2020, before: { best: 7646, low: 7548, high: 9077 }, after: { best: 7000, low: 6900, high: 8000 } },
        { year: 2024, before: null, after: { best: 50, low: 40, high: 60 } },
      ],
    });
    expect(q.brdRevisedYears(conflictId("donbas"))!.years).toEqual([]);
  });

  it("joins the two releases through the Figure(sourceId, rowKey, measure, variant) index, never a full scan", () => {
    const plan = (t.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT o.id FROM "Figure" o LEFT JOIN "Figure" n ON n."sourceId" = ? AND n."rowKey" = o."rowKey" AND n.measure = o.measure AND n.variant = o.variant AND COALESCE(n.key, '') = ''
         WHERE o."sourceId" = ? AND COALESCE(o.key, '') = '' AND o."rowKey" IS NOT NULL AND (n.id IS NULL OR o.best IS DISTINCT FROM n.best)`,
      )
      .all(toId, fromId) as { detail: string }[]).map((r) => r.detail);
    expect(plan).toEqual([
      expect.stringMatching(/^SEARCH o USING INDEX Figure_sourceId_rowKey_measure_variant_key \(sourceId=\?/),
      expect.stringMatching(/^SEARCH n USING INDEX Figure_sourceId_rowKey_measure_variant_key \(sourceId=\? AND rowKey=\? AND measure=\? AND variant=\?\)/),
    ]);
  });

  it("lists the consecutive pairs with their counts", () => {
    const pairs = q.listRevisionPairs();
    expect(pairs.map((p) => [p.dataset, p.from.version, p.to.version])).toEqual([
      ["ucdp-brd", "24.1", "24.2"],
      ["ucdp-acd", "20.1", "22.1"],
    ]);
    expect(pairs[0]!.counts).toEqual({ changed: 1, added: 1, removed: 1 });
  });

  it("summarised the import with the same numbers as the revisions table", () => {
    const pair = q.listRevisionPairs().find((p) => p.to.id === toId)!;
    expect(report).toMatchObject({
      rowsRead: 1920,
      rejected: 0,
      previous: { sourceId: fromId, version: "24.1" },
      latest: true,
      new: pair.counts.added,
      updated: pair.counts.changed,
      removed: pair.counts.removed,
      unchanged: 1920 - pair.counts.added - pair.counts.changed,
    });
  });
});

describe("the conflict filter of figures", () => {
  it("finds the figures of a conflict's UCDP conflicts through Figure(ucdpConflictId, year), not a scan", () => {
    // The UCDP half of lib/queries/figures.ts's conflict filter.
    const plan = (t.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT f2.id FROM "Figure" f2 JOIN "ConflictUcdpLink" l ON l."ucdpConflictId" = f2."ucdpConflictId"
         WHERE l."conflictId" = ? AND f2.year BETWEEN COALESCE(l."fromYear", 0) AND COALESCE(l."toYear", 9999)`,
      )
      .all(conflictId("nagorno-karabakh")) as { detail: string }[]).map((r) => r.detail);
    expect(plan).toEqual([
      expect.stringMatching(/^SEARCH l USING INDEX ConflictUcdpLink_conflictId_ucdpConflictId_key \(conflictId=\?\)/),
      expect.stringMatching(/^SEARCH f2 USING COVERING INDEX Figure_ucdpConflictId_year_idx \(ucdpConflictId=\? AND year>\? AND year<\?\)/),
    ]);
  });
});

describe("unmapped UCDP conflicts", () => {
  it("lists ids of the newest releases that no Parallax conflict maps, with what the data says", () => {
    const { total, rows } = q.listUnmappedConflicts();
    expect(total).toBe(rows.length);
    expect(total).toBeGreaterThan(100);
    const ids = new Set(rows.map((r) => r.ucdpConflictId));
    for (const mapped of [388, 392, 393, 394, 13246]) expect(ids.has(mapped)).toBe(false);
    const garo = rows.find((r) => r.ucdpConflictId === 11342)!;
    expect(garo).toMatchObject({ location: "India", sideA: "Government of India", sideB: "GNLA", territory: "Garoland", region: "3", typeOfConflict: 3 });
    expect(garo.name).toBe("Government of India – GNLA (India)");
    expect(garo.firstYear).toBeLessThanOrEqual(2012);
    // Most deaths first.
    const deaths = rows.map((r) => r.brdDeaths ?? r.gedFatalities ?? 0);
    expect(deaths).toEqual([...deaths].sort((a, b) => b - a));
  });

  it("lists GED's ids with their type of violence, summed per year (not again per month)", () => {
    const gedSum = (id: number, variant: string) =>
      (t.db
        .prepare(
          `SELECT SUM(f.best) AS n FROM "Figure" f JOIN "Source" s ON s.id = f."sourceId"
           WHERE s.key = 'ucdp-ged@23.1' AND f."ucdpConflictId" = ? AND f.variant = ? AND f.month IS NULL`,
        )
        .get(id, variant) as { n: number }).n;
    // Uganda: Government (LRA) in the Central African Republic file: state-based, unmapped.
    const lra = q.listUnmappedConflicts({ q: "314" }).rows.find((r) => r.ucdpConflictId === 314)!;
    expect(lra).toMatchObject({ gedViolence: "state-based", gedFatalities: gedSum(314, "state-based") });
    expect(lra.gedFatalities).toBe(165);
    // A non-state conflict of the same file, with its own UCDP id.
    const nonState = q.listUnmappedConflicts({ q: "13384" }).rows;
    expect(nonState).toHaveLength(1);
    expect(nonState[0]).toMatchObject({ ucdpConflictId: 13384, gedViolence: "non-state", gedFatalities: gedSum(13384, "non-state"), acdYears: 0, brdYears: 0 });
    expect(nonState[0]!.name).toBe("anti-Balaka - UPC – non-state violence (UCDP GED events)");
    const facts = q.getUcdpConflictFacts(13384)!;
    expect(facts.years.reduce((n, y) => n + (y.gedBest ?? 0), 0)).toBe(gedSum(13384, "non-state"));
  });

  it("filters by a search on location, sides and names, or by id", () => {
    expect(q.listUnmappedConflicts({ q: "garoland" }).rows.map((r) => r.ucdpConflictId)).toEqual([11342]);
    expect(q.listUnmappedConflicts({ q: "11342" }).rows.map((r) => r.ucdpConflictId)).toEqual([11342]);
    expect(q.listUnmappedConflicts({ limit: 3 }).rows).toHaveLength(3);
  });

  it("gathers one conflict's facts per year for the link and create forms", () => {
    const f = q.getUcdpConflictFacts(11342)!;
    expect(f).toMatchObject({ ucdpConflictId: 11342, linkedTo: [], acdRelease: { version: "22.1" }, acdReleaseLastYear: 2021, incompatibility: 1 });
    expect(f.startDate).toBe("1997-05-29");
    expect(f.years.find((y) => y.year === 2012)).toMatchObject({ intensityLevel: 1 });
    expect(q.getUcdpConflictFacts(388)!.linkedTo.map((c) => c.slug)).toEqual(["nagorno-karabakh"]);
    expect(q.getUcdpConflictFacts(999999)).toBeNull();
  });
});
