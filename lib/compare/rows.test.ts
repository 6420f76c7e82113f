import { describe, expect, it } from "vitest";
import type { CitationView } from "../queries/citations";
import type { CompareData } from "../queries/compare";
import { DEFAULT_VIEW } from "./params";
import type { FigureView } from "../queries/figures";
import { buildRows, dataYearExtent, sortComparisonRows } from "./rows";

const dossierCitation: CitationView = {
  id: 1,
  source: { id: 1, key: "ispi-2021", shortTitle: "ISPI 2021", title: "Peacekeeping: The Russian Way", version: null, kind: "dossier", outsideDossier: false, url: null },
  locator: { kind: "dossier", articleSlug: "vartanyan", articleTitle: "A Risky Role", articleNumber: 3, author: "Olesya Vartanyan", lineStart: 369, lineEnd: 379, quote: "limited to 1,960 personnel", section: null },
};
const acdCitation: CitationView = {
  id: 2,
  source: { id: 2, key: "ucdp-acd@22.1", shortTitle: "UCDP/PRIO ACD 22.1", title: "ACD", version: "22.1", kind: "dataset", outsideDossier: false, url: null },
  locator: { kind: "row", fileName: "ucdp-prio-acd-v22.1.csv", rowNumber: null, rowKey: "conflict_id=388;year=1991 (start_date)" },
};
const release = (key: string, shortTitle: string) => ({ id: 9, key, dataset: key.split("@")[0]!, version: key.split("@")[1]!, shortTitle, importedAt: null, rowCount: null, note: null });

function fixture(): CompareData {
  const conflict = (slug: string, name: string, ucdpIds: number[]) => ({
    id: ucdpIds[0]!,
    slug,
    name,
    shortName: name,
    region: "Post-Soviet space",
    type: "internationalised_intrastate",
    status: "ceasefire",
    statusAsOf: "2021-10",
    startDate: "1991-12-29",
    endDate: null,
    ucdpIds,
    statusCitation: dossierCitation,
    startCitation: acdCitation,
    roles: [
      { role: "peacekeeper", actor: "Russian Federation", actorSlug: "russia", fromDate: "2020-11", toDate: null, russian: true, citation: dossierCitation },
      { role: "party", actor: "Azerbaijan", actorSlug: "azerbaijan", fromDate: null, toDate: null, russian: false, citation: dossierCitation },
    ],
    missionSlugs: [],
    yearsAtWar: 4,
    warYears: [1992, 1993, 1994, 2020],
    argumentCount: 7,
  });
  return {
    conflicts: [conflict("nagorno-karabakh", "Nagorno-Karabakh", [388]), conflict("donbas", "Donbas", [13246, 13247, 13306])],
    unknown: [],
    brd: {
      release: release("ucdp-brd@24.1", "UCDP BRD 24.1"),
      series: [
        { slug: "nagorno-karabakh", points: [{ year: 1992, best: 2167, low: 2000, high: 3600, rows: 1 }, { year: 2020, best: 7646, low: 7548, high: 9077, rows: 1 }] },
        { slug: "donbas", points: [{ year: 2014, best: 4805, low: 4700, high: 5500, rows: 3 }, { year: 2015, best: 1787, low: 1700, high: 1900, rows: 3 }] },
      ],
    },
    acdRelease: release("ucdp-acd@22.1", "UCDP/PRIO ACD 22.1"),
    markers: [],
    missions: [],
    strength: { release: null, data: [] },
    forces: [],
    arguments: [],
    comparisons: [],
    analystFigures: [],
  };
}

const cell = (rows: ReturnType<typeof buildRows>, id: string, slug: string) => rows.find((r) => r.id === id)!.cells[slug]!;

describe("comparison rows", () => {
  it("gives each conflict's UCDP peak with its year, range and source", () => {
    const rows = buildRows(fixture(), DEFAULT_VIEW);
    const peak = cell(rows, "peak", "nagorno-karabakh")[0]!;
    expect(peak.text).toBe("7,646");
    expect(peak.sub).toBe("in 2020 (low 7,548 – high 9,077)");
    expect(peak.tip).toEqual({ source: "UCDP BRD 24.1", locator: "sum of bd_best over UCDP conflict 388, 2020", quote: null, outside: false });
    expect(rows.find((r) => r.id === "peak")!.sortValue).toEqual({ "nagorno-karabakh": 7646, donbas: 4805 });
  });

  it("totals deaths over the chosen years only", () => {
    const all = cell(buildRows(fixture(), DEFAULT_VIEW), "total", "donbas")[0]!;
    expect(all.text).toBe("6,592");
    const one = cell(buildRows(fixture(), { ...DEFAULT_VIEW, from: 2015, to: 2021 }), "total", "donbas")[0]!;
    expect(one.text).toBe("1,787");
    expect(one.sub).toMatch(/^2015–2021: 1 year recorded \(low 1,700 – high 1,900\)/);
    expect(cell(buildRows(fixture(), { ...DEFAULT_VIEW, from: 2016, to: 2019 }), "total", "nagorno-karabakh")[0]!.text).toBe("—");
  });

  it("cites the period to the ACD row and Russia's roles to the dossier", () => {
    const rows = buildRows(fixture(), DEFAULT_VIEW);
    expect(cell(rows, "period", "donbas")[0]).toMatchObject({ text: "29 Dec 1991 – present", tip: { source: "UCDP/PRIO ACD 22.1", locator: expect.stringContaining("conflict_id=388;year=1991") } });
    expect(cell(rows, "russia", "nagorno-karabakh")).toEqual([
      { text: "Peacekeeper", sub: "Nov 2020 – present", href: "/actors/russia", tip: { source: "ISPI 2021", locator: "article 3 (Olesya Vartanyan), lines 369–379", quote: "limited to 1,960 personnel", outside: false } },
    ]);
    expect(cell(rows, "parties", "nagorno-karabakh").map((i) => i.text)).toEqual(["Azerbaijan"]);
  });

  it("follows the view's row order and leaves hiding to the table", () => {
    const order = ["peak", "period", ...DEFAULT_VIEW.order.filter((r) => r !== "peak" && r !== "period")] as typeof DEFAULT_VIEW.order;
    const rows = buildRows(fixture(), { ...DEFAULT_VIEW, order, hidden: ["type"] });
    expect(rows.slice(0, 2).map((r) => r.id)).toEqual(["peak", "period"]);
    expect(rows).toHaveLength(DEFAULT_VIEW.order.length);
  });
});

const figure = (over: Partial<FigureView>): FigureView => ({
  id: 1,
  key: "k",
  measure: "personnel",
  measureLabel: "Personnel",
  unit: "people",
  best: null,
  low: null,
  high: null,
  qualifier: "exact",
  display: "",
  year: null,
  month: null,
  periodStart: null,
  periodEnd: null,
  subject: "",
  variant: "",
  comparisonKey: null,
  note: null,
  conflict: null,
  mission: { slug: "nk-contingent", name: "Russian peacekeeping contingent" },
  actor: null,
  source: { ...dossierCitation.source, publishedOn: "2021" },
  locator: dossierCitation.locator,
  addedBy: null,
  disputesId: null,
  ...over,
});

function withMissions(): CompareData {
  const data = fixture();
  const clause = (clause: string, status: string, text: string | null) => ({ clause, status, text, citation: null });
  const mandate = (slug: string, documentDate: string, clauses: ReturnType<typeof clause>[]) => ({ slug, title: slug, documentDate, signatories: "", legalBasis: null, excerpt: null, url: null, citation: null, clauses });
  const mission = (id: number, slug: string, acronym: string | null, conflict: string, mandates: ReturnType<typeof mandate>[], sizeFigures: FigureView[] = []) => ({
    id,
    slug,
    name: slug,
    acronym,
    kind: "peace_operation",
    category: "peace_operation",
    status: "active",
    startDate: null,
    endDate: null,
    lead: null,
    conflictSlugs: [conflict],
    mandates,
    sizeFigures,
  });
  data.missions = [
    mission(1, "nk-contingent", "NK", "nagorno-karabakh", [mandate("statement", "2020-11-10", [clause("size_cap", "specified", "At most 1,960 personnel")])], [
      figure({ id: 10, best: 2000, qualifier: "approximately", display: "about 2,000" }),
      figure({ id: 11, best: 1960, qualifier: "at_most", display: "at most 1,960" }),
      figure({ id: 12, best: 2500, display: "2,500", periodStart: "2022-05", addedBy: { name: "Ana Analyst", at: "2026-01-01" }, key: null }),
    ]),
    mission(2, "monitoring-centre", null, "nagorno-karabakh", []),
    mission(3, "smm", "SMM", "donbas", [mandate("osce-2014", "2014-03-21", [clause("size_cap", "specified", "Initially 100 civilian monitors.")])]),
  ];
  data.strength = {
    release: release("peace-ops@2016", "SIPRI/IPI panel 2016"),
    data: [
      { missionId: 9, year: 1993, month: 1, period: "1993-01", value: 4540, variant: "panel monthly", figureId: 100 },
      { missionId: 9, year: 2016, month: 12, period: "2016-12", value: 1136, variant: "panel monthly", figureId: 101 },
    ],
  };
  return data;
}

describe("mission size", () => {
  it("labels each value: the stated size with its date, the mandate's cap with the instrument's date, an analyst's estimate with who added it", () => {
    const items = cell(buildRows(withMissions(), DEFAULT_VIEW), "size", "nagorno-karabakh");
    expect(items.map((i) => [i.text, i.sub])).toEqual([
      ["NK: about 2,000", "latest stated, as of 2021"],
      ["NK: at most 1,960", "authorised cap, set 10 Nov 2020"],
      ["NK: 2,500", "analyst's estimate by Ana Analyst, May 2022"],
    ]);
    expect(items[0]!.tip).toMatchObject({ source: "ISPI 2021" });
  });
  it("points to the matrix where the mandate is the only size", () => {
    expect(cell(buildRows(withMissions(), DEFAULT_VIEW), "size", "donbas")).toEqual([{ text: "SMM: —", sub: "size only in the mandate: see the matrix", cell: "smm.size_cap" }]);
  });
  it("says which mission has no instrument in the mandate row", () => {
    expect(cell(buildRows(withMissions(), DEFAULT_VIEW), "mandate", "nagorno-karabakh").map((i) => i.text)).toEqual(["NK: statement (10 Nov 2020)", "monitoring-centre: no instrument recorded"]);
  });
});

describe("sorting by a conflict", () => {
  it("reorders only rows of the same kind among their own places; text rows and other kinds stay put", () => {
    const rows = buildRows(fixture(), DEFAULT_VIEW);
    const ids = (sorted: typeof rows) => sorted.map((r) => r.id);
    // NK: peak 7,646, total 9,813 — descending puts the total first, in the peak's place.
    const desc = sortComparisonRows(rows, [{ id: "nagorno-karabakh", desc: true }]);
    const at = (id: string) => DEFAULT_VIEW.order.indexOf(id as (typeof DEFAULT_VIEW.order)[number]);
    expect(ids(desc)[at("peak")]).toBe("total");
    expect(ids(desc)[at("total")]).toBe("peak");
    for (const id of ["period", "status", "war-years", "arguments", "size"]) expect(ids(desc)[at(id)]).toBe(id);
    expect(ids(sortComparisonRows(rows, [{ id: "nagorno-karabakh", desc: false }]))).toEqual(ids(rows));
    expect(ids(sortComparisonRows(rows, []))).toEqual(ids(rows));
  });
  it("sorts by the attribute alphabetically", () => {
    const rows = buildRows(fixture(), DEFAULT_VIEW);
    const labels = sortComparisonRows(rows, [{ id: "attribute", desc: false }]).map((r) => r.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, "en")));
  });
  it("marks the rows of numbers for right alignment", () => {
    const rows = buildRows(fixture(), DEFAULT_VIEW);
    expect(rows.filter((r) => r.numeric).map((r) => r.id)).toEqual(["peak", "total", "war-years", "arguments"]);
  });
});

describe("the years of the data", () => {
  it("spans deaths and strength", () => {
    expect(dataYearExtent(withMissions())).toEqual({ first: 1992, last: 2020 });
    expect(dataYearExtent({ brd: { release: null, series: [] }, strength: { release: null, data: [] } })).toBeNull();
  });
});
