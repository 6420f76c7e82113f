import { describe, expect, it } from "vitest";
import type { CitationView } from "../queries/citations";
import type { CompareData } from "../queries/compare";
import { DEFAULT_VIEW } from "./params";
import { buildRows } from "./rows";

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
