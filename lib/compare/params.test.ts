import { describe, expect, it } from "vitest";
import { comparisonTableProblems, compareHref, DEFAULT_VIEW, parseSelection, parseView, ROW_IDS, writeView } from "./params";

const q = (s: string) => new URLSearchParams(s);

describe("compare selection", () => {
  it("reads slugs in order, once each", () => {
    expect(parseSelection(q("c=nagorno-karabakh,transnistria,nagorno-karabakh,abkhazia"))).toEqual({
      slugs: ["nagorno-karabakh", "transnistria", "abkhazia"],
      problems: [],
      unknown: [],
      dropped: [],
    });
  });
  it("names a malformed slug and keeps the rest", () => {
    const r = parseSelection(q("c=donbas,<script>,abkhazia"));
    expect(r.slugs).toEqual(["donbas", "abkhazia"]);
    expect(r.problems[0]).toMatch(/^c: “<script>” is not a conflict slug/);
  });
  it("caps the selection and says so", () => {
    const r = parseSelection(q(`c=${Array.from({ length: 10 }, (_, i) => `c${i}`).join(",")}`));
    expect(r.slugs).toHaveLength(8);
    expect(r.problems[0]).toMatch(/at most 8/);
    expect(r.problems[0]).toMatch(/left out: “c8”, “c9”$/);
  });
  const known = (s: string) => ["donbas", "abkhazia", "transnistria", "nagorno-karabakh"].includes(s);
  it("sets unknown slugs apart before the cap, so they never push a real conflict out", () => {
    const r = parseSelection(q("c=a,b,c,d,e,f,g,h,donbas"), known);
    expect(r.slugs).toEqual(["donbas"]);
    expect(r.unknown).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
    expect(r.problems).toEqual([]);
  });
  it("names the known conflicts the cap leaves out", () => {
    const many = Array.from({ length: 9 }, (_, i) => `k${i}`);
    const r = parseSelection(q(`c=atlantis,${many.join(",")}`), (s) => s.startsWith("k"));
    expect(r.slugs).toEqual(many.slice(0, 8));
    expect(r.unknown).toEqual(["atlantis"]);
    expect(r.dropped).toEqual(["k8"]);
    expect(r.problems).toEqual(["c: at most 8 conflicts side by side; showing the first 8, left out: “k8”"]);
  });
  it("reads slugs in any case and with spaces", () => {
    expect(parseSelection(q("c=Donbas, ABKHAZIA ,donbas"), known)).toEqual({ slugs: ["donbas", "abkhazia"], problems: [], unknown: [], dropped: [] });
  });
  it("names a repeated c and reads the first", () => {
    const r = parseSelection(q("c=donbas&c=abkhazia,transnistria"), known);
    expect(r.slugs).toEqual(["donbas"]);
    expect(r.problems).toEqual(["c: given 2 times; only the first (c=donbas) is read, c=abkhazia,transnistria ignored"]);
  });
});

describe("compare view", () => {
  it("round-trips every setting through the URL, leaving the selection alone", () => {
    const view = { metric: "cumulative" as const, scale: "log" as const, from: 1992, to: 2021, hidden: ["type" as const], order: ["peak" as const, ...ROW_IDS.filter((r) => r !== "peak")] };
    const url = writeView(q("c=donbas,abkhazia"), view);
    expect(url.get("c")).toBe("donbas,abkhazia");
    expect(parseView(url)).toEqual({ view, problems: [] });
  });
  it("writes nothing for the defaults", () => {
    expect(writeView(q(""), DEFAULT_VIEW).toString()).toBe("");
  });
  it("falls back to defaults with a sentence per malformed parameter", () => {
    const { view, problems } = parseView(q("metric=wrong&scale=cubic&from=abc&hide=type,nope&rows=bogus"));
    expect(view).toEqual({ ...DEFAULT_VIEW, hidden: ["type"] });
    expect(problems).toEqual([
      "metric: “wrong” is not one of deaths, cumulative; showing deaths",
      "scale: “cubic” is not one of linear, log; showing linear",
      "from: “abc” is not a year between 1900 and 2100; showing all years",
      "hide: the comparison table has no row “nope”",
      "rows: the comparison table has no row “bogus”",
    ]);
  });
  it("refuses a reversed year range", () => {
    const { view, problems } = parseView(q("from=2020&to=2010"));
    expect([view.from, view.to]).toEqual([null, null]);
    expect(problems[0]).toMatch(/after/);
  });
  it("brings a year beyond the selection's data to its edge, and says so", () => {
    const extent = { first: 1989, last: 2023 };
    expect(parseView(q("from=2030"), extent)).toEqual({
      view: { ...DEFAULT_VIEW, from: 2023 },
      problems: ["from: 2030 is after the last year with data (2023); showing 2023"],
    });
    expect(parseView(q("from=1950&to=1960"), extent)).toEqual({
      view: { ...DEFAULT_VIEW, from: 1989, to: 1989 },
      problems: ["from: 1950 is before the first year with data (1989); showing 1989", "to: 1960 is before the first year with data (1989); showing 1989"],
    });
    expect(parseView(q("from=1992&to=1993"), extent)).toEqual({ view: { ...DEFAULT_VIEW, from: 1992, to: 1993 }, problems: [] });
    // Without an extent (the export, which checks the years alone) nothing is clamped.
    expect(parseView(q("from=2030")).view.from).toBe(2030);
  });
  it("names table. parameters the comparison table does not take", () => {
    expect(comparisonTableProblems(q("table.sort=donbas:asc&table.q=x&table.hide=donbas&table.show=a&table.f.donbas=1..2&table.page=2&c=donbas"))).toEqual([
      "table.f.donbas: the comparison table has no such setting (it takes table.sort, table.q, table.hide, table.show)",
      "table.page: the comparison table has no such setting (it takes table.sort, table.q, table.hide, table.show)",
    ]);
  });
  it("builds share links with readable commas", () => {
    expect(compareHref(["donbas", "abkhazia"], q("scale=log"))).toBe("/compare?scale=log&c=donbas,abkhazia");
  });
});
