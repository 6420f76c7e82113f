import { describe as group, expect, it } from "vitest";
import { describe } from "./deaths-chart";

const transnistria = { key: "transnistria", label: "Transnistria", colour: "#000", points: [{ year: 1992, best: 585, low: 316, high: 632 }] };
const donbas = {
  key: "donbas",
  label: "Donbas",
  colour: "#111",
  points: [
    { year: 2014, best: 4805, low: 4684, high: 5527 },
    { year: 2015, best: 1787, low: 1697, high: 1844 },
  ],
};

group("the deaths chart's description", () => {
  it("says “1 year”, not “1 years”, and no span or total for a single year", () => {
    const text = describe([transnistria], "UCDP BRD 24.1", [], "Battle-related deaths per year", true);
    expect(text).toBe("Battle-related deaths per year, UCDP BRD 24.1. Transnistria: 1 year recorded, 1992: 585 (range 316–632).");
    expect(text).not.toMatch(/1 years/);
  });

  it("gives several years their span, peak and total, and the marked figures as their sources state them", () => {
    const text = describe([donbas], "UCDP BRD 24.1", [{ seriesKey: "donbas", year: 2014, value: 4441, label: "ISPI dossier 2021: 4,441", sourceLine: "ISPI" }], "Battle-related deaths per year", true);
    expect(text).toContain("Donbas: 2 years recorded between 2014 and 2015, peak 4,805 in 2014 (range 4,684–5,527), 6,592 in all.");
    expect(text).toContain("Marked: ISPI dossier 2021: 4,441 in 2014.");
    expect(describe([donbas], "R", [], "Cumulative", false)).not.toContain("in all");
  });
});
