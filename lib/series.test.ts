import { describe, expect, it } from "vitest";
import { describeDiscrepancy, packMonthly, periodToNumber, relateFigures, toMonthlyRows, toRangeRows, unpackMonthly, type RangeSeries } from "./series";

const ukraine: RangeSeries = {
  key: "donbas",
  label: "Donbas",
  colour: "#000",
  points: [
    { year: 2014, best: 4805, low: 4600, high: 5100 },
    { year: 2016, best: 255, low: 240, high: 300 },
  ],
};
const nk: RangeSeries = { key: "nk", label: "Nagorno-Karabakh", colour: "#111", points: [{ year: 2020, best: 7646, low: 7548, high: 9077 }] };

describe("toRangeRows", () => {
  it("builds one row per year with best and the low–high band, and gaps as null, not zero", () => {
    const rows = toRangeRows([ukraine, nk]);
    expect(rows.map((r) => r.year)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020]);
    expect(rows[0]).toMatchObject({ donbas: 4805, donbas__range: [4600, 5100], nk: null, nk__range: null });
    expect(rows[1]).toMatchObject({ donbas: null, donbas__range: null });
    expect(rows[6]).toMatchObject({ nk: 7646, nk__range: [7548, 9077] });
  });

  it("keeps only the chosen year range", () => {
    expect(toRangeRows([ukraine, nk], { from: 2016, to: 2019 }).map((r) => r.year)).toEqual([2016]);
  });

  it("drops values that a log scale cannot draw", () => {
    const zero: RangeSeries = { key: "z", label: "Z", colour: "#000", points: [{ year: 2000, best: 0, low: 0, high: 3 }] };
    expect(toRangeRows([zero], { scale: "log" })[0]).toMatchObject({ z: null, z__range: null });
    expect(toRangeRows([zero], { scale: "linear" })[0]).toMatchObject({ z: 0, z__range: [0, 3] });
  });
});

describe("describeDiscrepancy", () => {
  it("says which source gives more, by how much and in per cent", () => {
    const d = describeDiscrepancy({ label: "ISPI 2021 (citing UCDP)", value: 4441 }, { label: "UCDP BRD 24.1", value: 4893 });
    expect(d.difference).toBe(452);
    expect(d.relative).toBeCloseTo(0.1018, 3);
    expect(d.text).toBe("UCDP BRD 24.1 gives 452 more (+10.2 %) than ISPI 2021 (citing UCDP)");
  });

  it("handles fewer and agreement", () => {
    expect(describeDiscrepancy({ label: "A", value: 200 }, { label: "B", value: 150 }).text).toBe("B gives 50 fewer (−25.0 %) than A");
    expect(describeDiscrepancy({ label: "A", value: 44 }, { label: "B", value: 44 }).text).toBe("B and A agree (44)");
  });
});

describe("monthly strength rows", () => {
  it("separates the panel's monthly series from reported months", () => {
    const rows = toMonthlyRows([
      {
        key: "jcc",
        label: "JCC",
        colour: "#000",
        points: [
          { period: "2016-11", value: 1134, variant: "panel monthly" },
          { period: "2016-12", value: 1136, variant: "panel monthly" },
          { period: "2016-12", value: 1136, variant: "SIPRI" },
        ],
      },
    ]);
    expect(rows).toEqual([
      { t: periodToNumber("2016-11"), period: "2016-11", jcc: 1134, jcc__reported: null },
      { t: periodToNumber("2016-12"), period: "2016-12", jcc: 1136, jcc__reported: 1136 },
    ]);
    expect(periodToNumber("1993-07")).toBeCloseTo(1993.5);
  });

  it("packs a series for the browser and unpacks it unchanged", () => {
    const series = {
      key: "m3",
      label: "JCC",
      colour: "#000",
      points: [
        { period: "2016-11", value: 1134, variant: "panel monthly" },
        { period: "2016-12", value: 1136, variant: "panel monthly" },
        { period: "2016-12", value: 1130, variant: "SIPRI" },
      ],
    };
    const packed = packMonthly(series);
    expect(packed.variants).toEqual(["panel monthly", "SIPRI"]);
    expect(packed.points).toEqual([["2016-11", 1134, 0], ["2016-12", 1136, 0], ["2016-12", 1130, 1]]);
    expect(unpackMonthly(packed)).toEqual(series);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(series).length);
  });
});

describe("relateFigures", () => {
  const s = (label: string, best: number | null, qualifier = "exact", unit = "deaths", low: number | null = null, high: number | null = null) => ({ label, best, low, high, qualifier, unit });
  it("gives the difference of two stated values", () => {
    expect(relateFigures(s("ISPI dossier 2021", 4441), s("UCDP BRD 24.1", 4893))).toBe("UCDP BRD 24.1 gives 452 more (+10.2 %) than ISPI dossier 2021");
  });
  it("checks a value against a bound instead of subtracting", () => {
    expect(relateFigures(s("ISPI dossier 2021", 7000, "more_than", "deaths"), s("UCDP BRD 24.1", 7646))).toBe("UCDP BRD 24.1's 7,646 is consistent with ISPI dossier 2021's “over 7,000”");
    expect(relateFigures(s("ISPI", null, "at_most", "deaths", 400, 450), s("UCDP", 417))).toBe("UCDP's 417 is consistent with ISPI's ceiling of 450");
    expect(relateFigures(s("ISPI", null, "at_most", "deaths", 400, 450), s("UCDP", 517))).toMatch(/falls outside ISPI's ceiling of 450/);
    // A bound on the other side is read the same way round.
    expect(relateFigures(s("UCDP", 7646), s("ISPI", 7000, "more_than"))).toBe("UCDP's 7,646 is consistent with ISPI's “over 7,000”");
  });
  it("compares durations in days and calls a rounding a rounding", () => {
    expect(relateFigures(s("Vartanyan", 44, "exact", "days"), s("Vartanyan", 6, "exact", "weeks"))).toBe("Vartanyan gives 2 fewer (−4.5 %) than Vartanyan (in days)");
    expect(relateFigures(s("Vartanyan", 1960, "exact", "people"), s("Introduction", 2000, "approximately", "people"))).toBe("Introduction (2,000) and Vartanyan (1,960) agree within rounding");
    expect(relateFigures(s("A", 3, "exact", "sentences"), s("B", 5, "exact", "km"))).toBe("Not compared: km against sentences");
  });
});
