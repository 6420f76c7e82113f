import { describe, expect, it } from "vitest";
import { compareHref, DEFAULT_VIEW, parseSelection, parseView, ROW_IDS, writeView } from "./params";

const q = (s: string) => new URLSearchParams(s);

describe("compare selection", () => {
  it("reads slugs in order, once each", () => {
    expect(parseSelection(q("c=nagorno-karabakh,transnistria,nagorno-karabakh,abkhazia"))).toEqual({
      slugs: ["nagorno-karabakh", "transnistria", "abkhazia"],
      problems: [],
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
  it("builds share links with readable commas", () => {
    expect(compareHref(["donbas", "abkhazia"], q("scale=log"))).toBe("/compare?scale=log&c=donbas,abkhazia");
  });
});
