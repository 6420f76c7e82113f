import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, tableCounts } from "../tests/helpers/test-db";
import { validateCurated } from "./curated";
import { curatedData, seed } from "./index";

type Db = ReturnType<typeof createTestDb>;

describe("the seeded database", () => {
  let t: Db;
  beforeAll(() => {
    t = createTestDb({ seeded: true });
  });
  afterAll(() => t.cleanup());

  const one = <T>(sql: string, ...params: unknown[]) => t.db.prepare(sql).get(...params) as T;
  const all = <T>(sql: string, ...params: unknown[]) => t.db.prepare(sql).all(...params) as T[];

  it("holds the dossier's eight articles, each with at least three arguments", () => {
    const rows = all<{ number: number; author: string; n: number }>(
      `SELECT a.number, au.name AS author, (SELECT COUNT(*) FROM "Argument" g WHERE g."articleId" = a.id) AS n
       FROM "Article" a JOIN "Author" au ON au.id = a."authorId" ORDER BY a.number`,
    );
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(rows.map((r) => r.author)).toEqual([
      "Eleonora Tafuro Ambrosetti",
      "Adriana Cuppuleri",
      "Olesya Vartanyan",
      "Carlo Frappi",
      "Tetyana Malyarenko",
      "Elena Zhirukhina",
      "Sergey Sukhankin",
      "Emmanuel Dreyfus",
    ]);
    for (const r of rows) expect(r.n, `article ${r.number}`).toBeGreaterThanOrEqual(3);
  });

  it("holds the conflicts the dossier discusses, each mapped to UCDP and with roles", () => {
    const slugs = all<{ slug: string }>(`SELECT slug FROM "Conflict"`).map((r) => r.slug);
    for (const slug of ["nagorno-karabakh", "transnistria", "abkhazia", "south-ossetia", "tajikistan", "donbas", "georgia-2008", "syria", "afghanistan", "central-african-republic", "mozambique", "mali", "libya", "sudan"]) {
      expect(slugs, slug).toContain(slug);
    }
    const withoutRoles = all<{ slug: string }>(`SELECT slug FROM "Conflict" c WHERE NOT EXISTS (SELECT 1 FROM "ConflictActorRole" r WHERE r."conflictId" = c.id)`);
    expect(withoutRoles).toEqual([]);
    const unmapped = all<{ slug: string }>(`SELECT slug FROM "Conflict" c WHERE NOT EXISTS (SELECT 1 FROM "ConflictUcdpLink" l WHERE l."conflictId" = c.id)`);
    expect(unmapped).toEqual([]);
  });

  it("imports one release per data-set file, with its file hash", () => {
    const releases = all<{ key: string; rowCount: number; fileSha256: string }>(`SELECT key, "rowCount", "fileSha256" FROM "Source" WHERE dataset IS NOT NULL ORDER BY key`);
    expect(releases.map((r) => r.key)).toEqual([
      "owid-un-peacekeeping@2022",
      "peace-ops@2016",
      "ucdp-acd@20.1",
      "ucdp-acd@22.1",
      "ucdp-brd@24.1",
      "ucdp-ged@23.1",
    ]);
    for (const r of releases) expect(r.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(releases.find((r) => r.key === "ucdp-brd@24.1")?.rowCount).toBe(1920);
  });

  it("stores the contingent's numbers with the dossier's words and lines", () => {
    const rows = all<{ key: string; best: number; quote: string; lineStart: number; lineEnd: number; title: string }>(
      `SELECT f.key, f.best, c.quote, c."lineStart", c."lineEnd", a.title
       FROM "Figure" f JOIN "Citation" c ON c.id = f."citationId" JOIN "Article" a ON a.id = c."articleId"
       WHERE f."missionId" = (SELECT id FROM "Mission" WHERE slug = 'nk-russian-peacekeeping-contingent') ORDER BY f.best`,
    );
    const byValue = new Map(rows.map((r) => [r.best, r]));
    for (const [value, words] of [
      [1960, "1,960 personnel"],
      [90, "90 armoured"],
      [380, "380 other motor"],
      [27, "27 checkpoints"],
    ] as const) {
      const row = byValue.get(value);
      expect(row, String(value)).toBeDefined();
      expect(row!.quote).toContain(words);
      expect(row!.title).toMatch(/Risky Role/);
      expect(row!.lineStart).toBeGreaterThanOrEqual(369);
      expect(row!.lineEnd).toBeLessThanOrEqual(384);
    }
  });

  it("keeps the dossier's 4,441 and UCDP 24.1's 4,893 side by side, neither overwriting the other", () => {
    const rows = all<{ best: number; source: string; quote: string | null; rowKey: string | null }>(
      `SELECT f.best, s.key AS source, c.quote, f."rowKey" FROM "Figure" f JOIN "Source" s ON s.id = f."sourceId"
       LEFT JOIN "Citation" c ON c.id = f."citationId" WHERE f."comparisonKey" = 'brd:ukraine:2014' ORDER BY f.best`,
    );
    expect(rows.map((r) => [r.best, r.source])).toEqual([
      [4441, "ispi-2021"],
      [4805, "ucdp-brd@24.1"],
      [4893, "ucdp-brd@24.1"],
    ]);
    expect(rows[0]!.quote).toContain("4,441 in 2014");
    expect(rows[2]!.rowKey).toBe("conflict_id in (13219,13246,13247,13306);year=2014");
    const note = one<{ note: string; consistent: number }>(`SELECT note, consistent FROM "FigureComparison" WHERE key = 'brd:ukraine:2014'`);
    expect(note.note).toMatch(/release/);
    // The curator's judgement is stored, not read off the note's words: these two disagree; the contingent's do not.
    expect(note.consistent).toBe(0);
    expect(one<{ consistent: number }>(`SELECT consistent FROM "FigureComparison" WHERE key = 'personnel:nk-contingent'`).consistent).toBe(1);
  });

  it("gives every figure a source and every curated figure a citation", () => {
    expect(one<{ n: number }>(`SELECT COUNT(*) AS n FROM "Figure" WHERE "sourceId" IS NULL`).n).toBe(0);
    expect(one<{ n: number }>(`SELECT COUNT(*) AS n FROM "Figure" WHERE key IS NOT NULL AND key NOT LIKE '%@%' AND "citationId" IS NULL`).n).toBe(0);
    expect(one<{ n: number }>(`SELECT COUNT(*) AS n FROM "Figure" WHERE key IS NULL AND "rowKey" IS NULL`).n).toBe(0);
    // Outside facts are marked as such.
    const outside = all<{ key: string; outsideDossier: number }>(`SELECT key, "outsideDossier" FROM "Source" WHERE kind NOT IN ('dossier', 'dataset')`);
    expect(outside.length).toBeGreaterThan(0);
    for (const s of outside) expect(s.outsideDossier, s.key).toBe(1);
  });

  it("holds every curated figure of seed/data, the dossier's with its quote, the outside ones marked", () => {
    const rows = all<{ key: string; kind: string; outside: number; quote: string | null }>(
      `SELECT f.key, s.kind, s."outsideDossier" AS outside, c.quote FROM "Figure" f JOIN "Source" s ON s.id = f."sourceId"
       JOIN "Citation" c ON c.id = f."citationId" WHERE s.kind <> 'dataset' ORDER BY f.key`,
    );
    expect(rows.map((r) => r.key)).toEqual(curatedData.figures.map((f) => f.key).sort());
    expect(rows.filter((r) => r.kind === "dossier").length).toBeGreaterThanOrEqual(42);
    for (const r of rows) expect(r.quote, r.key).toBeTruthy();
    const smm = rows.find((r) => r.key === "osce-smm-initial-monitors-2014");
    expect(smm).toMatchObject({ outside: 1, quote: expect.stringContaining("100 civilian monitors") });
  });

  it("records Wagner where a named source places it in that conflict, and the Nagorno-Karabakh contingent's end with its source", () => {
    const wagner = all<{ slug: string; source: string }>(
      `SELECT c.slug, s.key AS source FROM "ConflictActorRole" r JOIN "Conflict" c ON c.id = r."conflictId" JOIN "Actor" a ON a.id = r."actorId"
       JOIN "Citation" ci ON ci.id = r."citationId" JOIN "Source" s ON s.id = ci."sourceId" WHERE a.slug = 'wagner' AND r.role = 'contractor' ORDER BY c.slug`,
    );
    expect(wagner.map((w) => w.slug)).toEqual(["central-african-republic", "donbas", "libya", "mali", "mozambique", "syria"]);
    const nk = one<{ endDate: string; status: string; endSource: string; startSource: string }>(
      `SELECT m."endDate", m.status, se.key AS "endSource", ss.key AS "startSource" FROM "Mission" m
       JOIN "Citation" ce ON ce.id = m."endCitationId" JOIN "Source" se ON se.id = ce."sourceId"
       JOIN "Citation" cs ON cs.id = m."citationId" JOIN "Source" ss ON ss.id = cs."sourceId"
       WHERE m.slug = 'nk-russian-peacekeeping-contingent'`,
    );
    expect(nk).toEqual({ endDate: "2024-06-12", status: "ended", endSource: "kyiv-independent-nk-withdrawal-2024", startSource: "ispi-2021" });
    const role = one<{ toDate: string; source: string; quote: string }>(
      `SELECT r."toDate", s.key AS source, ci.quote FROM "ConflictActorRole" r JOIN "Actor" a ON a.id = r."actorId" JOIN "Conflict" c ON c.id = r."conflictId"
       JOIN "Citation" ci ON ci.id = r."citationId" JOIN "Source" s ON s.id = ci."sourceId"
       WHERE c.slug = 'nagorno-karabakh' AND a.slug = 'russia' AND r.role = 'peacekeeper'`,
    );
    expect(role).toEqual({ toDate: "2024-06-12", source: "kyiv-independent-nk-withdrawal-2024", quote: expect.stringContaining("concluded on June 12") });
  });

  it("derives conflict periods from the ACD with the row they come from", () => {
    const nk = one<{ startDate: string; rowKey: string; source: string }>(
      `SELECT c."startDate", ci."rowKey", s.key AS source FROM "Conflict" c JOIN "Citation" ci ON ci.id = c."startCitationId"
       JOIN "Source" s ON s.id = ci."sourceId" WHERE c.slug = 'nagorno-karabakh'`,
    );
    expect(nk).toEqual({ startDate: "1991-12-29", rowKey: expect.stringContaining("conflict_id=388;year=1991"), source: "ucdp-acd@22.1" });
    const transnistria = one<{ endDate: string | null }>(`SELECT "endDate" FROM "Conflict" WHERE slug = 'transnistria'`);
    expect(transnistria.endDate).toBe("1992-07-31");
  });

  it("codes every mandate clause by clause", () => {
    const counts = all<{ slug: string; n: number }>(`SELECT m.slug, COUNT(c.id) AS n FROM "Mandate" m LEFT JOIN "MandateClause" c ON c."mandateId" = m.id GROUP BY m.id`);
    for (const c of counts) expect(c.n, c.slug).toBe(8);
    const roe = one<{ status: string }>(
      `SELECT c.status FROM "MandateClause" c JOIN "Mandate" m ON m.id = c."mandateId" WHERE m.slug = 'nk-trilateral-statement-2020' AND c.clause = 'rules_of_engagement'`,
    );
    expect(roe.status).toBe("not_specified");
  });

  it("is idempotent: a second run changes no row and no id", async () => {
    const snapshot = () =>
      JSON.stringify({
        counts: tableCounts(t.db),
        ids: all(`SELECT 'f' AS t, SUM(id) AS s, MAX(id) AS m FROM "Figure" UNION ALL SELECT 'c', SUM(id), MAX(id) FROM "Citation" UNION ALL SELECT 'r', SUM(id), MAX(id) FROM "ConflictActorRole"`),
        values: all(`SELECT key, best, "comparisonKey" FROM "Figure" WHERE key IS NOT NULL ORDER BY key`),
      });
    const before = snapshot();
    const report = await seed(t.db);
    expect(report.imports.every((r) => r.status === "unchanged")).toBe(true);
    expect(snapshot()).toBe(before);
  });
});

describe("curated data validation", () => {
  let t: Db;
  beforeAll(() => {
    t = createTestDb({ seeded: true });
  });
  afterAll(() => t.cleanup());

  it("accepts the data as committed", () => {
    expect(validateCurated(t.db, curatedData)).toEqual([]);
  });

  it("names a quote that is not in the dossier, an unknown slug and a missing data-set row", () => {
    const [first, ...rest] = curatedData.figures;
    const broken = {
      ...curatedData,
      figures: [{ ...first!, key: "broken-quote", cite: { dossier: { lines: [55, 58] as [number, number], quote: "there are 73 Russian peacekeepers" } } }, ...rest],
      roles: [{ ...curatedData.roles[0]!, actor: "no-such-actor" }, ...curatedData.roles.slice(1)],
      conflicts: [{ ...curatedData.conflicts[0]!, statusCite: { dataset: "ucdp-acd" as const, version: "22.1", rowKey: "conflict_id=1;year=1900" } }, ...curatedData.conflicts.slice(1)],
    };
    const problems = validateCurated(t.db, broken).join("\n");
    expect(problems).toMatch(/figure broken-quote: the quote “there are 73 Russian peacekeepers” does not occur in dossier lines 55–58/);
    expect(problems).toMatch(/unknown actor “no-such-actor”/);
    expect(problems).toMatch(/row conflict_id=1;year=1900 is not in ucdp-acd 22\.1/);
  });
});
