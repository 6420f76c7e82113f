import type { APIRequestContext, APIResponse } from "@playwright/test";
import { expect, expectNoStackTrace, test } from "./fixtures";

/**
 * The read-only JSON API (app/api/v1/**) against the running production server: the answers a
 * client builds on, every filter of /api/v1/figures, and the error contract — 400 for an unknown
 * or malformed parameter, 404 for an unknown entity, a JSON body naming the parameter, never HTML
 * or a stack trace.
 */

type Source = { key: string; shortTitle: string; version: string | null; kind: string };
type Locator =
  | { kind: "dossier"; articleSlug: string; author: string; lineStart: number; lineEnd: number; quote: string }
  | { kind: "row"; fileName: string | null; rowNumber: number | null; rowKey: string }
  | { kind: "document"; section: string | null; quote: string | null; note: string | null };
type Figure = {
  id: number;
  key: string | null;
  measure: string;
  unit: string;
  best: number | null;
  low: number | null;
  high: number | null;
  display: string;
  year: number | null;
  month: number | null;
  variant: string;
  subject: string;
  conflict: { slug: string } | null;
  mission: { slug: string } | null;
  actor: { slug: string } | null;
  source: Source;
  locator: Locator;
};
type FigurePage = { total: number; limit: number; offset: number; count: number; figures: Figure[] };

async function ok<T>(request: APIRequestContext, path: string): Promise<T> {
  const res = await request.get(path);
  expect(res.status(), `GET ${path}: ${await res.text()}`).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^application\/json/);
  return (await res.json()) as T;
}

const figures = (request: APIRequestContext, query: string) => ok<FigurePage>(request, `/api/v1/figures?${query}`);

/** Every figure names its source and says where in it the value stands. */
function expectSourcedFigure(f: Figure): void {
  expect(f.source, `figure ${f.id} source`).toEqual(expect.objectContaining({ key: expect.any(String), shortTitle: expect.any(String) }));
  expect(f.source.key.length).toBeGreaterThan(0);
  expect(f.source.version === null || typeof f.source.version === "string").toBe(true);
  if (f.source.kind === "dataset") expect(f.source.version, `dataset figure ${f.id} has a release version`).toMatch(/\S/);
  switch (f.locator.kind) {
    case "dossier":
      expect(f.locator.quote.length, `figure ${f.id} quote`).toBeGreaterThan(10);
      expect(f.locator.lineStart).toBeGreaterThan(0);
      expect(f.locator.lineEnd).toBeGreaterThanOrEqual(f.locator.lineStart);
      break;
    case "row":
      expect(f.locator.rowKey, `figure ${f.id} row key`).toMatch(/\S/);
      break;
    case "document":
      expect(f.locator.section ?? f.locator.quote ?? f.locator.note, `figure ${f.id} document locator`).toBeTruthy();
      break;
    default:
      throw new Error(`figure ${f.id}: unknown locator ${JSON.stringify(f.locator)}`);
  }
}

/** The error contract: status, JSON body naming the parameter, no HTML and no stack trace. */
async function expectApiError(res: APIResponse, status: number, parameter: string, message?: RegExp): Promise<void> {
  const text = await res.text();
  expect(res.status(), `${res.url()} → ${text}`).toBe(status);
  expect(res.headers()["content-type"]).toMatch(/^application\/json/);
  expect(text).not.toMatch(/<!DOCTYPE|<html|<body/i);
  expectNoStackTrace(text);
  const body = JSON.parse(text) as { error: { status: number; parameter?: string; message: string } };
  expect(body.error.status).toBe(status);
  expect(body.error.parameter).toBe(parameter);
  expect(body.error.message).toContain(parameter === "slug" ? "" : parameter);
  if (message) expect(body.error.message).toMatch(message);
}

// ─────────────────────────────────────────────────────────────────────────────
test.describe("GET /api/v1/conflicts", () => {
  test("lists every conflict with its UCDP aggregates; Nagorno-Karabakh carries its battle-death total", async ({ request }) => {
    const res = await request.get("/api/v1/conflicts");
    expect(res.headers()["cache-control"]).toContain("no-store");
    const body = (await res.json()) as { count: number; conflicts: { slug: string; name: string; region: string; brdTotal: number | null; brdPeak: number | null; brdPeakYear: number | null; ucdpIds: string; inDossier: boolean }[] };
    expect(body.count).toBe(body.conflicts.length);
    expect(body.count).toBeGreaterThanOrEqual(16);
    const slugs = body.conflicts.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toEqual(expect.arrayContaining(["nagorno-karabakh", "donbas", "transnistria", "abkhazia", "south-ossetia", "syria"]));

    const nk = body.conflicts.find((c) => c.slug === "nagorno-karabakh")!;
    expect(nk).toMatchObject({ name: "Nagorno-Karabakh conflict", region: "Post-Soviet space", ucdpIds: "388", inDossier: true });
    expect(nk.brdTotal).toBe(13774);
    expect(nk.brdPeak).toBe(7646);
    expect(nk.brdPeakYear).toBe(2020);
    const donbas = body.conflicts.find((c) => c.slug === "donbas")!;
    expect(donbas.brdPeak).toBe(4805);
    expect(donbas.brdPeakYear).toBe(2014);
  });

  test("/api/v1/conflicts/donbas: roles, figures with source and locator, the UCDP series and the comparisons", async ({ request }) => {
    const d = await ok<{
      conflict: { slug: string; name: string; ucdpLinks: { ucdpConflictId: number }[] };
      roles: { role: string; actor: { slug: string; russian: boolean }; citation: { source: Source } | null }[];
      figures: Figure[];
      brd: { release: { key: string; version: string }; data: { points: { year: number; best: number; low: number; high: number }[] }[] };
      comparisons: { key: string; note: string; figures: Figure[] }[];
      arguments: { slug: string; quote: string }[];
    }>(request, "/api/v1/conflicts/donbas");
    expect(d.conflict).toMatchObject({ slug: "donbas", name: "War in Donbas" });
    expect(d.conflict.ucdpLinks.map((l) => l.ucdpConflictId)).toEqual(expect.arrayContaining([13246, 13247, 13306]));

    expect(d.roles.map((r) => [r.role, r.actor.slug])).toContainEqual(["backer", "russia"]);
    expect(d.roles.find((r) => r.actor.slug === "russia")!.actor.russian).toBe(true);
    for (const r of d.roles) expect(r.citation?.source.key, `role ${r.role} of ${r.actor.slug} is cited`).toBeTruthy();

    expect(d.figures.length).toBeGreaterThan(0);
    d.figures.forEach(expectSourcedFigure);
    const dossier2014 = d.figures.find((f) => f.key === "ucdp-ukraine-deaths-2014-dossier")!;
    expect(dossier2014).toMatchObject({ best: 4441, year: 2014, source: { key: "ispi-2021", shortTitle: "ISPI dossier 2021", version: null } });
    expect(dossier2014.locator).toMatchObject({ kind: "dossier", lineStart: 693, lineEnd: 695, author: "Tetyana Malyarenko" });
    const dossier2015 = d.figures.find((f) => f.key === "ucdp-ukraine-deaths-2015-dossier")!;
    expect(dossier2015).toMatchObject({ best: 1315, year: 2015 });

    expect(d.brd.release).toMatchObject({ key: "ucdp-brd@24.1", version: "24.1" });
    const y2014 = d.brd.data[0]!.points.find((p) => p.year === 2014)!;
    expect(y2014).toMatchObject({ best: 4805, low: 4684, high: 5527 });

    const c2014 = d.comparisons.find((c) => c.key === "brd:ukraine:2014")!;
    expect(c2014.figures.map((f) => f.best).sort()).toEqual([4441, 4805, 4893]);
    expect(c2014.figures.find((f) => f.best === 4893)!.source).toMatchObject({ key: "ucdp-brd@24.1", version: "24.1" });
    expect(c2014.note).toContain("4,893");
    expect(d.arguments.length).toBeGreaterThan(0);
  });
});

// ─────────────────────────────────────────────────────────────────────────────
test("GET /api/v1/missions lists the missions with lead, conflicts and panel strength", async ({ request }) => {
  const body = await ok<{ count: number; missions: { slug: string; acronym: string | null; conflicts: string; lead: string | null; peakStrength: number | null; latestStrength: number | null; latestPeriod: string | null; mandates: number }[] }>(
    request,
    "/api/v1/missions",
  );
  expect(body.count).toBe(body.missions.length);
  expect(body.count).toBeGreaterThanOrEqual(20);
  const jcc = body.missions.find((m) => m.slug === "transnistria-joint-peacekeeping-force")!;
  expect(jcc).toMatchObject({ acronym: "JCC", conflicts: "Transnistria", latestStrength: 1136, latestPeriod: "2016-12", peakStrength: 4540, mandates: 1 });
  const nk = body.missions.find((m) => m.slug === "nk-russian-peacekeeping-contingent")!;
  expect(nk).toMatchObject({ lead: "Russian Federation", conflicts: "Nagorno-Karabakh", mandates: 1 });
});

// ─────────────────────────────────────────────────────────────────────────────
test.describe("GET /api/v1/arguments", () => {
  type Arg = { slug: string; quote: string; articleSlug: string; author: string; lineStart: number; lineEnd: number; conflicts: string };

  test("every argument has an exact quote and its line range", async ({ request }) => {
    const all = await ok<{ count: number; arguments: Arg[] }>(request, "/api/v1/arguments");
    expect(all.count).toBe(all.arguments.length);
    expect(all.count).toBeGreaterThanOrEqual(59);
    for (const a of all.arguments) {
      expect(a.quote.length, a.slug).toBeGreaterThan(20);
      expect(a.lineEnd, a.slug).toBeGreaterThanOrEqual(a.lineStart);
    }
    expect(new Set(all.arguments.map((a) => a.articleSlug)).size).toBe(8);
  });

  test("?conflict= and ?article= narrow the list, and combine", async ({ request }) => {
    const all = await ok<{ count: number }>(request, "/api/v1/arguments");
    const nk = await ok<{ count: number; arguments: Arg[] }>(request, "/api/v1/arguments?conflict=nagorno-karabakh");
    expect(nk.count).toBeGreaterThan(0);
    expect(nk.count).toBeLessThan(all.count);
    for (const a of nk.arguments) expect(a.conflicts, a.slug).toContain("Nagorno-Karabakh");
    expect(nk.arguments.some((a) => a.quote.includes("limited to 1,960 personnel with small arms"))).toBe(true);

    const intro = await ok<{ count: number; arguments: Arg[] }>(request, "/api/v1/arguments?article=introduction");
    expect(intro.count).toBe(7);
    expect(new Set(intro.arguments.map((a) => a.articleSlug))).toEqual(new Set(["introduction"]));
    expect(new Set(intro.arguments.map((a) => a.author))).toEqual(new Set(["Eleonora Tafuro Ambrosetti"]));

    const both = await ok<{ count: number; arguments: Arg[] }>(request, "/api/v1/arguments?conflict=nagorno-karabakh&article=risky-role-russian-peacekeepers-nagorno-karabakh");
    expect(both.count).toBeGreaterThan(0);
    expect(both.count).toBeLessThanOrEqual(nk.count);
    for (const a of both.arguments) {
      expect(a.articleSlug).toBe("risky-role-russian-peacekeepers-nagorno-karabakh");
      expect(a.conflicts).toContain("Nagorno-Karabakh");
    }
  });
});

// ─────────────────────────────────────────────────────────────────────────────
test.describe("GET /api/v1/figures", () => {
  test("every figure carries its source {key, shortTitle, version} and a locator", async ({ request }) => {
    const page = await figures(request, "limit=300");
    expect(page).toMatchObject({ limit: 300, offset: 0, count: 300 });
    expect(page.total).toBeGreaterThan(20_000);
    page.figures.forEach(expectSourcedFigure);
    const curated = await figures(request, "curated=true");
    curated.figures.forEach(expectSourcedFigure);
    // The dossier's figures quote it; the data sets' name their row.
    for (const f of curated.figures.filter((f) => f.source.key === "ispi-2021")) expect(f.locator.kind).toBe("dossier");
    for (const f of page.figures.filter((f) => f.source.kind === "dataset")) expect(f.locator.kind).toBe("row");
  });

  test("conflict=donbas: the dossier's 4,441 with a quote that says 4,441, beside UCDP's values", async ({ request }) => {
    const page = await figures(request, "conflict=donbas");
    expect(page.total).toBe(page.count);
    const f = page.figures.find((x) => x.key === "ucdp-ukraine-deaths-2014-dossier")!;
    expect(f.display).toBe("4,441");
    expect(f.conflict?.slug).toBe("donbas");
    expect(f.locator.kind).toBe("dossier");
    expect(f.locator.kind === "dossier" && f.locator.quote).toContain("4,441");
    expect(f.locator.kind === "dossier" && f.locator.quote).toBe("According to the Uppsala Conflict Data Program, the death toll in the conflict in Ukraine was 4,441 in 2014");
    // UCDP dyad rows of the Donbas conflicts are included through the UCDP links.
    const rows = page.figures.filter((x) => x.source.key === "ucdp-brd@24.1" && x.key === null);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((x) => x.year === 2014).reduce((s, x) => s + (x.best ?? 0), 0)).toBe(4805);
  });

  test("mission=: the JCC's SIPRI total for Dec 2016 is 1,136", async ({ request }) => {
    const page = await figures(request, "mission=transnistria-joint-peacekeeping-force&measure=personnel&year_from=2016&year_to=2016");
    expect(page.count).toBeGreaterThan(0);
    for (const f of page.figures) {
      expect(f.measure).toBe("personnel");
      expect(f.year).toBe(2016);
      expect(f.source.key).toBe("peace-ops@2016");
    }
    const dec = page.figures.filter((f) => f.month === 12);
    expect(dec.map((f) => [f.variant, f.best]).sort()).toEqual([
      ["SIPRI", 1136],
      ["panel monthly", 1136],
    ]);
    expect(dec[0]!.locator).toMatchObject({ kind: "row", rowKey: "missionid=359044;date=2016m12" });
  });

  test("actor=csto: 20,000, 5,000, 3,000 and 600 from the dossier", async ({ request }) => {
    const page = await figures(request, "actor=csto");
    for (const f of page.figures) expect(f.actor?.slug).toBe("csto");
    const forces = page.figures.filter((f) => ["personnel", "troops", "police"].includes(f.measure));
    expect(forces.map((f) => f.best).sort((a, b) => a! - b!)).toEqual([600, 3000, 5000, 20000]);
    for (const f of forces) expect(f.locator).toMatchObject({ kind: "dossier", author: "Elena Zhirukhina" });
  });

  test("measure=, source=, year_from/year_to, curated=true and release=all filter as documented", async ({ request }) => {
    const checkpoints = await figures(request, "measure=checkpoints");
    expect(checkpoints.count).toBeGreaterThan(0);
    expect(new Set(checkpoints.figures.map((f) => f.measure))).toEqual(new Set(["checkpoints"]));
    expect(checkpoints.figures.map((f) => f.best)).toContain(27);

    const dossier = await figures(request, "source=ispi-2021");
    expect(dossier.total).toBe(dossier.count);
    expect(dossier.count).toBeGreaterThan(30);
    expect(new Set(dossier.figures.map((f) => f.source.key))).toEqual(new Set(["ispi-2021"]));
    expect(new Set(dossier.figures.map((f) => f.locator.kind))).toEqual(new Set(["dossier"]));

    const years = await figures(request, "year_from=2014&year_to=2015&measure=battle_related_deaths&source=ucdp-brd@24.1");
    expect(years.count).toBeGreaterThan(0);
    for (const f of years.figures) expect([2014, 2015]).toContain(f.year);
    const from = await figures(request, "year_from=2020&curated=true");
    for (const f of from.figures) expect(f.year).toBeGreaterThanOrEqual(2020);
    const to = await figures(request, "year_to=1995&curated=true");
    for (const f of to.figures) expect(f.year).toBeLessThanOrEqual(1995);

    const curated = await figures(request, "curated=true");
    expect(curated.count).toBeGreaterThanOrEqual(47);
    for (const f of curated.figures) expect(f.key, `figure ${f.id}`).not.toBeNull();
    const notCurated = await figures(request, "curated=false&limit=1");
    expect(notCurated.total).toBeGreaterThan(curated.total);

    const latest = await figures(request, "limit=1");
    const all = await figures(request, "release=all&limit=1");
    const explicitLatest = await figures(request, "release=latest&limit=1");
    expect(explicitLatest.total).toBe(latest.total);
    expect(all.total).toBeGreaterThanOrEqual(latest.total);
  });

  test("limit and offset page through the same ordering", async ({ request }) => {
    const ten = await figures(request, "source=ispi-2021&limit=10");
    const second = await figures(request, "source=ispi-2021&limit=5&offset=5");
    expect(ten.count).toBe(10);
    expect(second).toMatchObject({ limit: 5, offset: 5, count: 5, total: ten.total });
    expect(second.figures.map((f) => f.id)).toEqual(ten.figures.slice(5).map((f) => f.id));
    const past = await figures(request, `source=ispi-2021&offset=${ten.total}`);
    expect(past).toMatchObject({ count: 0, figures: [] });
  });
});

// ─────────────────────────────────────────────────────────────────────────────
test.describe("API errors", () => {
  test("an unknown parameter is a 400 naming it, on every endpoint", async ({ request }) => {
    for (const path of ["/api/v1/conflicts", "/api/v1/conflicts/donbas", "/api/v1/missions", "/api/v1/arguments", "/api/v1/figures"]) {
      await expectApiError(await request.get(`${path}?bogus=1`), 400, "bogus", /Unknown parameter “bogus”/);
    }
    await expectApiError(await request.get("/api/v1/figures?conflicts=donbas"), 400, "conflicts", /Known parameters: .*conflict/);
  });

  test("malformed values are 400s naming the parameter", async ({ request }) => {
    const cases: [string, string, RegExp][] = [
      ["/api/v1/figures?measure=bogus", "measure", /must be one of .*battle_related_deaths/],
      ["/api/v1/figures?measure=", "measure", /must be one of/],
      ["/api/v1/figures?year_from=abc", "year_from", /must be a year/],
      ["/api/v1/figures?year_to=20x4", "year_to", /must be a year/],
      ["/api/v1/figures?year_from=1800", "year_from", /1900 or later/],
      ["/api/v1/figures?year_to=2014.5", "year_to", /whole year/],
      ["/api/v1/figures?limit=abc", "limit", /must be a number/],
      ["/api/v1/figures?limit=0", "limit", /at least 1/],
      ["/api/v1/figures?limit=1.5", "limit", /whole number/],
      ["/api/v1/figures?limit=100000", "limit", /at most 10000/],
      ["/api/v1/figures?offset=-1", "offset", /0 or more/],
      ["/api/v1/figures?curated=yes", "curated", /true or false/],
      ["/api/v1/figures?release=old", "release", /latest or all/],
      ["/api/v1/figures?source=", "source", /source key/],
      ["/api/v1/figures?conflict=Donbas", "conflict", /must be a slug/],
      ["/api/v1/figures?conflict=donbas&conflict=syria", "conflict", /more than once/],
      ["/api/v1/arguments?article=../etc", "article", /must be a slug/],
    ];
    for (const [path, parameter, message] of cases) await expectApiError(await request.get(path), 400, parameter, message);
    await expectApiError(await request.get("/api/v1/conflicts/Donbas"), 400, "slug", /must be a slug/);
  });

  test("unknown conflict, mission, actor, source and article are 404s naming the parameter", async ({ request }) => {
    const cases: [string, string][] = [
      ["/api/v1/figures?conflict=no-such-conflict", "conflict"],
      ["/api/v1/figures?mission=no-such-mission", "mission"],
      ["/api/v1/figures?actor=no-such-actor", "actor"],
      ["/api/v1/figures?source=no-such-source", "source"],
      ["/api/v1/figures?source=ucdp-brd@99.9", "source"],
      ["/api/v1/arguments?conflict=no-such-conflict", "conflict"],
      ["/api/v1/arguments?article=no-such-article", "article"],
    ];
    for (const [path, parameter] of cases) await expectApiError(await request.get(path), 404, parameter, /No \w+/);
    await expectApiError(await request.get("/api/v1/conflicts/no-such-conflict"), 404, "slug", /No conflict “no-such-conflict”/);
  });

  test("year_from after year_to is a 400", async ({ request }) => {
    await expectApiError(await request.get("/api/v1/figures?year_from=2020&year_to=2010"), 400, "year_from", /after year_to/);
    // Equal bounds are fine.
    const same = await figures(request, "year_from=2014&year_to=2014&curated=true");
    for (const f of same.figures) expect(f.year).toBe(2014);
  });

  test("an unknown API address answers a JSON 404, not the HTML page", async ({ request }) => {
    const res = await request.get("/api/v1/no-such-endpoint");
    expect(res.status()).toBe(404);
    const text = await res.text();
    expectNoStackTrace(text);
    expect(res.headers()["content-type"], "an API client gets JSON").toMatch(/^application\/json/);
    expect(text).not.toMatch(/<!DOCTYPE|<html/i);
  });
});
