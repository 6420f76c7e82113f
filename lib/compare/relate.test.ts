import { describe, expect, it } from "vitest";
import type { FigureView } from "../queries/figures";
import { pairLabels, relateStated, type Stated } from "./relate";

const s = (label: string, best: number | null, qualifier = "exact", unit = "deaths", low: number | null = null, high: number | null = null): Stated => ({ best, low, high, qualifier, unit, label });

describe("relateStated", () => {
  it("keeps the plain difference between two stated values (the Ukraine 2014 case)", () => {
    expect(relateStated(s("ISPI dossier 2021", 4441), s("UCDP BRD 24.1", 4893, "exact", "deaths", 4772, 5634))).toBe("UCDP BRD 24.1 gives 452 more (+10.2 %) than ISPI dossier 2021");
    expect(relateStated(s("ISPI dossier 2021", 4441), s("UCDP BRD 24.1", 4805))).toBe("UCDP BRD 24.1 gives 364 more (+8.2 %) than ISPI dossier 2021");
    expect(relateStated(s("A", 44, "exact", "days"), s("B", 44, "exact", "days"))).toBe("B and A agree (44)");
  });

  it("compares deaths with people: a death is a person killed (the 2020 Nagorno-Karabakh pair)", () => {
    expect(relateStated(s("ISPI dossier 2021", 7000, "more_than", "people"), s("UCDP BRD 24.1", 7646, "exact", "deaths", 7548, 9077))).toBe(
      "UCDP BRD 24.1's 7,646 is consistent with ISPI dossier 2021's “over 7,000”",
    );
    expect(relateStated(s("A", 3, "exact", "sentences"), s("B", 5, "exact", "km"))).toBe("Not compared: km against sentences");
    expect(relateStated(s("A", 3, "exact", "people"), s("B", 5, "exact", "vehicles"))).toBe("Not compared: vehicles against people");
  });

  it("reads “about 2,000” against “at most 1,960” as consistent within the stated precision, with the difference", () => {
    const text = relateStated(s("Introduction", 2000, "approximately", "people"), s("Vartanyan", 1960, "at_most", "people"));
    expect(text).toBe("about 2,000 (Introduction) and at most 1,960 (Vartanyan) are consistent within the stated precision; they differ by 40 (2.0 %)");
    expect(text).not.toMatch(/falls outside/);
  });

  it("reads six weeks against 44 days as consistent: a figure in weeks is precise to half a week", () => {
    const text = relateStated(s("Vartanyan, lines 355–356", 44, "exact", "days"), s("Vartanyan, lines 411–413", 6, "exact", "weeks"));
    expect(text).toBe("6 weeks (Vartanyan, lines 411–413) and 44 days (Vartanyan, lines 355–356) are consistent within the stated precision; they differ by 2 days (4.5 %)");
    // Four weeks are not 44 days, whatever the precision.
    expect(relateStated(s("A", 44, "exact", "days"), s("B", 4, "exact", "weeks"))).toBe("B gives 16 fewer (−36.4 %) than A (in days)");
  });

  it("never claims a disagreement when the curated note says the sources agree: the difference, neutrally", () => {
    expect(relateStated(s("A", null, "at_most", "deaths", 400, 450), s("B", 517), { consistent: true })).toBe("517 (B) and at most 400–450 (A) differ by 67 (14.9 %)");
    expect(relateStated(s("A", null, "at_most", "deaths", 400, 450), s("B", 517))).toBe("B's 517 falls outside A's ceiling of 450");
    expect(relateStated(s("A", 1000), s("B", 1200), { consistent: true })).toBe("1,200 (B) and 1,000 (A) differ by 200 (20.0 %)");
    expect(relateStated(s("A", 1000), s("B", 1200))).toBe("B gives 200 more (+20.0 %) than A");
  });

  it("checks bounds and ranges either way round, and agrees within rounding", () => {
    expect(relateStated(s("ISPI", null, "at_most", "deaths", 400, 450), s("UCDP", 417))).toBe("UCDP's 417 is consistent with ISPI's ceiling of 450");
    expect(relateStated(s("UCDP", 417), s("ISPI", null, "at_most", "deaths", 400, 450))).toBe("UCDP's 417 is consistent with ISPI's ceiling of 450");
    expect(relateStated(s("A", null, "range", "deaths", 100, 200), s("B", 150))).toBe("B's 150 is consistent with A's range 100–200");
    expect(relateStated(s("A", 1960, "exact", "people"), s("B", 2000, "approximately", "people"))).toBe("B (2,000) and A (1,960) agree within rounding");
  });
});

describe("pairLabels", () => {
  const dossier = (author: string, lineStart: number): Pick<FigureView, "source" | "locator"> => ({
    source: { id: 7, key: "ispi-2021", shortTitle: "ISPI dossier 2021", title: "", version: null, kind: "dossier", outsideDossier: false, url: null },
    locator: { kind: "dossier", articleSlug: "a", articleTitle: "A", articleNumber: 1, author, lineStart, lineEnd: lineStart + 2, quote: "", section: null },
  });
  it("tells two figures of the same source apart by author, then by lines", () => {
    expect(pairLabels(dossier("Olesya Vartanyan", 355), dossier("Carlo Frappi", 539))).toEqual(["ISPI dossier 2021, Olesya Vartanyan", "ISPI dossier 2021, Carlo Frappi"]);
    expect(pairLabels(dossier("Olesya Vartanyan", 355), dossier("Olesya Vartanyan", 411))).toEqual([
      "ISPI dossier 2021, Olesya Vartanyan, lines 355–357",
      "ISPI dossier 2021, Olesya Vartanyan, lines 411–413",
    ]);
    const ucdp = { ...dossier("x", 1), source: { ...dossier("x", 1).source, shortTitle: "UCDP BRD 24.1" } };
    expect(pairLabels(dossier("Olesya Vartanyan", 355), ucdp)).toEqual(["ISPI dossier 2021", "UCDP BRD 24.1"]);
  });
});
