import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../tests/helpers/test-db";

/**
 * The data layer on the seeded database: the numbers pages and the API show, computed in SQL.
 * lib/db reads DATABASE_URL when first used, so it is set before the modules load.
 */
let t: ReturnType<typeof createTestDb>;
let q: {
  conflicts: typeof import("./conflicts");
  figures: typeof import("./figures");
  series: typeof import("./series");
  missions: typeof import("./missions");
};

beforeAll(async () => {
  t = createTestDb({ seeded: true });
  process.env.DATABASE_URL = `file:${t.file}`;
  q = {
    conflicts: await import("./conflicts"),
    figures: await import("./figures"),
    series: await import("./series"),
    missions: await import("./missions"),
  };
});
afterAll(() => t.cleanup());

const conflictId = (slug: string) => (t.db.prepare(`SELECT id FROM "Conflict" WHERE slug = ?`).get(slug) as { id: number }).id;

describe("UCDP aggregates", () => {
  it("sums the Donbas dyads per year with their low–high range", () => {
    const { release, data } = q.series.brdByYear([conflictId("donbas")]);
    expect(release?.key).toBe("ucdp-brd@24.1");
    const byYear = new Map(data[0]!.points.map((p) => [p.year, p]));
    expect(byYear.get(2014)).toMatchObject({ best: 4805, rows: 3 });
    expect(byYear.get(2015)?.best).toBe(1787);
    for (const p of data[0]!.points) expect(p.low).toBeLessThanOrEqual(p.high);
  });

  it("limits a UCDP conflict to the years a Parallax conflict maps (the 2008 war inside 393)", () => {
    const war = q.series.brdByYear([conflictId("georgia-2008")]).data[0]!.points;
    expect(war.map((p) => p.year)).toEqual([2008]);
    expect(war[0]!.best).toBe(621);
    const southOssetia = q.series.brdByYear([conflictId("south-ossetia")]).data[0]!.points.map((p) => p.year);
    expect(southOssetia).toContain(1992);
  });

  it("lists each conflict with its total, peak year and years at war intensity", () => {
    const nk = q.conflicts.listConflicts().find((c) => c.slug === "nagorno-karabakh")!;
    expect(nk.brdPeak).toBe(7646);
    expect(nk.brdPeakYear).toBe(2020);
    expect(nk.ucdpIds).toBe("388");
    // ACD 22.1 codes 388 at war intensity (2) in 1992, 1993, 1994 and 2020.
    expect(nk.yearsAtWar).toBe(4);
  });

  it("reads the panel's monthly strength of the JCC with the SIPRI report of December 2016", () => {
    const jcc = t.db.prepare(`SELECT id FROM "Mission" WHERE "pkoMissionId" = '359044'`).get() as { id: number };
    const { data } = q.series.strengthByMonth([jcc.id]);
    const dec2016 = data.filter((p) => p.period === "2016-12");
    expect(dec2016.map((p) => [p.variant, p.value]).sort()).toEqual([
      ["SIPRI", 1136],
      ["panel monthly", 1136],
    ]);
    expect(data.filter((p) => p.variant === "panel monthly").length).toBe(288);
  });
});

describe("figures with their sources", () => {
  it("returns a conflict's curated figures and its UCDP rows, each with source and locator", () => {
    const all = q.figures.listFigures({ conflictId: conflictId("donbas") });
    const dossier = all.find((f) => f.best === 4441)!;
    expect(dossier.source.key).toBe("ispi-2021");
    expect(dossier.locator).toMatchObject({ kind: "dossier", articleNumber: 5, author: "Tetyana Malyarenko" });
    const row = all.find((f) => f.measure === "battle_related_deaths" && f.year === 2014 && f.best === 2275)!;
    expect(row.locator).toMatchObject({ kind: "row", fileName: "ucdp-brd-dyadic-v24.1.csv", rowKey: "conflict_id=13246;dyad_id=14124;year=2014" });
    expect(q.figures.countFigures({ conflictId: conflictId("donbas"), curatedOnly: true })).toBe(all.filter((f) => f.key !== null).length);
  });

  it("shows only the newest release unless asked for every one", () => {
    const older = t.db.prepare(`SELECT COUNT(*) AS n FROM "Source" WHERE dataset = 'ucdp-brd'`).get() as { n: number };
    expect(older.n).toBe(1);
    const latest = q.figures.countFigures({ measure: "battle_related_deaths" });
    const every = q.figures.countFigures({ measure: "battle_related_deaths", allReleases: true });
    expect(every).toBe(latest);
  });

  it("gathers the disagreeing sources of a conflict with the note on why", async () => {
    const detail = (await q.conflicts.getConflictDetail("donbas"))!;
    const c2014 = detail.comparisons.find((c) => c.key === "brd:ukraine:2014")!;
    expect(c2014.figures.map((f) => f.best).sort()).toEqual([4441, 4805, 4893]);
    expect(c2014.note).toMatch(/release/);
  });
});

describe("missions", () => {
  it("lists panel missions with peak and latest strength", () => {
    const jcc = q.missions.listMissions().find((m) => m.slug === "transnistria-joint-peacekeeping-force")!;
    expect(jcc.latestStrength).toBe(1136);
    expect(jcc.latestPeriod).toBe("2016-12");
    expect(jcc.peakStrength).toBeGreaterThan(jcc.latestStrength!);
  });
});

describe("the comparison's browser data", () => {
  it("keeps only the strength months the table cites, and the table built from it is the table built from everything", async () => {
    const { getComparisonData, clientData } = await import("./compare");
    const { buildRows } = await import("../compare/rows");
    const { DEFAULT_VIEW } = await import("../compare/params");
    const data = await getComparisonData(["nagorno-karabakh", "transnistria", "abkhazia", "donbas", "south-ossetia", "tajikistan"]);
    const slim = clientData(data);
    const panelMissions = new Set(data.strength.data.filter((p) => p.variant === "panel monthly").map((p) => p.missionId));
    expect(panelMissions.size).toBeGreaterThan(1);
    expect(slim.strength.data.length).toBeLessThanOrEqual(2 * panelMissions.size);
    expect(data.strength.data.length).toBeGreaterThan(20 * slim.strength.data.length);
    for (const view of [DEFAULT_VIEW, { ...DEFAULT_VIEW, from: 1995, to: 2005 }]) {
      expect(buildRows(slim, view)).toEqual(buildRows(data, view));
    }
    const size = buildRows(slim, DEFAULT_VIEW).find((r) => r.id === "size")!;
    expect(size.cells["transnistria"]!.map((i) => [i.text, i.sub])).toEqual([
      ["JCC: 1,136", "latest, Dec 2016"],
      ["JCC: 4,540", "peak, Jan 1993"],
    ]);
  });

  it("labels Nagorno-Karabakh's sizes: the stated size with its date, the cap with the ceasefire statement's", async () => {
    const { getComparisonData, clientData } = await import("./compare");
    const { buildRows } = await import("../compare/rows");
    const { DEFAULT_VIEW } = await import("../compare/params");
    const rows = buildRows(clientData(await getComparisonData(["nagorno-karabakh", "donbas"])), DEFAULT_VIEW);
    const size = rows.find((r) => r.id === "size")!;
    const nk = size.cells["nagorno-karabakh"]!.map((i) => i.sub);
    expect(nk).toEqual(["latest stated, as of 2021", "authorised cap, set 10 Nov 2020"]);
    // The OSCE SMM's size is the one its 2014 decision sets ("Initially 100 civilian monitors").
    expect(size.cells["donbas"]!.map((i) => [i.text, i.sub])).toEqual([["SMM: 100 civilian monitors", "authorised size, set 21 Mar 2014"]]);
    const abkhazia = buildRows(clientData(await getComparisonData(["abkhazia"])), DEFAULT_VIEW).find((r) => r.id === "size")!.cells["abkhazia"]!;
    expect(abkhazia.find((i) => i.text === "CISPKF: 2,000–3,000")?.sub).toBe("authorised size, set 1994");
  });

  it("gives every mission a matrix column: several instruments in one, none in another", async () => {
    const { getComparisonData, clientData } = await import("./compare");
    const { mandateMatrix, matrixCell, matrixCellText } = await import("../compare/matrix");
    const columns = mandateMatrix(clientData(await getComparisonData(["nagorno-karabakh", "abkhazia"])));
    const bySlug = new Map(columns.map((c) => [c.key, c]));
    expect(bySlug.get("unomig")!.instruments).toEqual([]);
    expect(matrixCellText(bySlug.get("unomig")!, "tasks")).toBe("No instrument recorded");
    expect(bySlug.get("nk-russian-turkish-monitoring-centre")!.instruments).toEqual([]);
    const cis = bySlug.get("abkhazia-cis-peacekeeping-force")!;
    expect(columns.filter((c) => c.key === cis.key)).toHaveLength(1);
    expect(cis.instruments.map((d) => d.documentDate)).toEqual(["1995-05-26", "1994-05-14", "1994"]);
    const sizeCap = matrixCell(cis, "size_cap");
    expect(sizeCap.map((e) => e.status)).toEqual(["not_coded", "not_coded", "specified"]);
    expect(sizeCap[2]!.clause!.text).toMatch(/two to three thousand/);
    expect(matrixCellText(cis, "size_cap").split("\n")).toHaveLength(3);
  });
});

describe("analysts' figures on /compare", () => {
  it("lists figures analysts added about the conflicts and their missions, any measure, and their disputes", async () => {
    const { getComparisonData } = await import("./compare");
    t.db.prepare(`INSERT INTO "User" (id, name, email, "emailVerified", "createdAt", "updatedAt", role) VALUES ('u-compare', 'Carla Compare', 'carla@example.org', 0, '2026-01-01T00:00:00.000+00:00', '2026-01-01T00:00:00.000+00:00', 'analyst')`).run();
    const source = (t.db.prepare(`SELECT id FROM "Source" WHERE key = 'ispi-2021'`).get() as { id: number }).id;
    const mission = (t.db.prepare(`SELECT id FROM "Mission" WHERE slug = 'nk-russian-turkish-monitoring-centre'`).get() as { id: number }).id;
    const original = (t.db.prepare(`SELECT id FROM "Figure" WHERE key = 'nk-contingent-personnel'`).get() as { id: number }).id;
    const ucdpRow = (t.db.prepare(`SELECT id FROM "Figure" WHERE "ucdpConflictId" = 13246 AND year = 2014 AND measure = 'battle_related_deaths' LIMIT 1`).get() as { id: number }).id;
    const insert = t.db.prepare(
      `INSERT INTO "Figure" (measure, unit, best, qualifier, year, "periodStart", subject, "conflictId", "missionId", "sourceId", "addedById", "addedAt", "disputesId", variant)
       VALUES (?, ?, ?, 'exact', 2021, '2021', ?, ?, ?, ?, 'u-compare', '2026-01-02T00:00:00.000+00:00', ?, '')`,
    );
    const staff = Number(insert.run("personnel", "people", 60, "Russian and Turkish staff of the monitoring centre", null, mission, source, null).lastInsertRowid);
    const dispute = Number(insert.run("personnel", "people", 2100, "Russian peacekeeping contingent in Nagorno-Karabakh", null, null, source, original).lastInsertRowid);
    const ucdpDispute = Number(insert.run("battle_related_deaths", "deaths", 2400, "DPR conflict, 2014", null, null, source, ucdpRow).lastInsertRowid);
    try {
      const data = await getComparisonData(["nagorno-karabakh", "donbas", "transnistria"]);
      const of = (slug: string) => data.analystFigures.find((g) => g.slug === slug)!.items;
      expect(of("nagorno-karabakh").map((i) => i.figure.id)).toEqual([staff, dispute]);
      expect(of("nagorno-karabakh")[0]!.figure).toMatchObject({ measure: "personnel", mission: { slug: "nk-russian-turkish-monitoring-centre" }, addedBy: { name: "Carla Compare" } });
      expect(of("nagorno-karabakh")[1]!.disputes?.id).toBe(original);
      expect(of("donbas").map((i) => [i.figure.id, i.disputes?.id])).toEqual([[ucdpDispute, ucdpRow]]);
      expect(of("transnistria")).toEqual([]);
      // The browser gets none of it: the page renders it on the server.
      const { clientData } = await import("./compare");
      expect("analystFigures" in clientData(data)).toBe(false);
    } finally {
      t.db.prepare(`DELETE FROM "Figure" WHERE "addedById" = 'u-compare'`).run();
      t.db.prepare(`DELETE FROM "User" WHERE id = 'u-compare'`).run();
    }
  });
});
