import { describe, expect, it } from "vitest";
import {
  axisTitleFrom,
  countOf,
  describeDiscrepancy,
  isolatedYears,
  monthDomain,
  monthsWithinYears,
  packMonthly,
  periodToNumber,
  sourced,
  toMonthlyRows,
  toRangeRows,
  unpackMonthly,
  yearDomain,
  yearTicks,
  type RangeSeries,
} from "./series";

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

describe("year axis and single years", () => {
  const transnistria: RangeSeries = { key: "tr", label: "Transnistria", colour: "#222", points: [{ year: 1992, best: 585, low: 316, high: 632 }] };

  it("follows the chosen years even where no series has data", () => {
    const rows = toRangeRows([ukraine, nk], { from: 2010 });
    expect(rows[0]!.year).toBe(2014);
    expect(yearDomain(rows, 2010, undefined)).toEqual([2010, 2020]);
    expect(yearDomain(rows, 2010, 2022)).toEqual([2010, 2022]);
    expect(yearDomain(toRangeRows([ukraine, nk]))).toEqual([2014, 2020]);
    expect(yearDomain([], null, null)).toBeNull();
  });

  it("gives a single year a year either side", () => {
    expect(yearDomain(toRangeRows([transnistria]))).toEqual([1991, 1993]);
    expect(yearDomain([], 2016, 2016)).toEqual([2015, 2017]);
  });

  it("finds the years a line cannot draw: a value with no recorded neighbour", () => {
    const rows = toRangeRows([ukraine, nk, transnistria]);
    expect([...isolatedYears(rows, "tr")]).toEqual([1992]);
    // Donbas 2014 and 2016 each stand alone (2015 is a gap); Nagorno-Karabakh's only year too.
    expect([...isolatedYears(rows, "donbas")].sort()).toEqual([2014, 2016]);
    expect([...isolatedYears(rows, "nk")]).toEqual([2020]);
    const consecutive: RangeSeries = { key: "c", label: "C", colour: "#000", points: [{ year: 2000, best: 1, low: 1, high: 1 }, { year: 2001, best: 2, low: 2, high: 2 }] };
    expect(isolatedYears(toRangeRows([consecutive]), "c").size).toBe(0);
  });

  it("labels whole years, thinned to at most ten", () => {
    expect(yearTicks([1991, 1993])).toEqual([1991, 1992, 1993]);
    expect(yearTicks([2010, 2023])).toEqual([2010, 2012, 2014, 2016, 2018, 2020, 2022]);
    expect(yearTicks([1993.5, 2016.9])).toEqual([1995, 2000, 2005, 2010, 2015]);
    expect(yearTicks([2001.2, 2001.8])).toEqual([]);
  });
});

describe("months within the chosen years", () => {
  const series = [
    { key: "a", points: [{ period: "2009-12", value: 1 }, { period: "2010-01", value: 2 }, { period: "2016-12", value: 3 }] },
    { key: "b", points: [{ period: "1995-03", value: 4 }] },
  ];
  it("keeps the months of those years and every series, even one left empty", () => {
    expect(monthsWithinYears(series, null, null)).toBe(series);
    const kept = monthsWithinYears(series, 2010, undefined);
    expect(kept.map((s) => s.points.map((p) => p.period))).toEqual([["2010-01", "2016-12"], []]);
    expect(monthsWithinYears(series, null, 2009).map((s) => s.points.length)).toEqual([1, 1]);
  });
  it("sets the time axis from January of the first year to December of the last", () => {
    expect(monthDomain([{ t: 2012.5 }], 2010, 2016)).toEqual([2010, 2016 + 11 / 12]);
    expect(monthDomain([{ t: 1993 }, { t: 2016.5 }])).toEqual([1993, 2016.5]);
    expect(monthDomain([{ t: 2000 }])).toEqual([1999.5, 2000.5]);
    expect(monthDomain([])).toBeNull();
  });
});

describe("words for charts", () => {
  it("puts the noun in the right number", () => {
    expect(countOf(1, "year")).toBe("1 year");
    expect(countOf(17, "year")).toBe("17 years");
    expect(countOf(0, "month")).toBe("0 months");
    expect(countOf(2912, "mission-month")).toBe("2,912 mission-months");
  });
  it("says “Source:” once", () => {
    expect(sourced("Source: SIPRI/IPI panel 2016")).toBe("Source: SIPRI/IPI panel 2016");
    expect(sourced("SIPRI/IPI panel 2016")).toBe("Source: SIPRI/IPI panel 2016");
    expect(sourced("Sources: A; B")).toBe("Sources: A; B");
  });
  it("titles a value axis from the measure, short enough to fit", () => {
    expect(axisTitleFrom("Battle-related deaths per year")).toBe("Battle-related deaths per year");
    expect(axisTitleFrom("Fatalities per year by type of violence (best estimate; low–high where the events give one)")).toBe("Fatalities per year by type of violence");
    const long = axisTitleFrom("UN peacekeeping personnel, UN peacekeeping missions, police officers per year");
    expect(long.length).toBeLessThanOrEqual(48);
    expect(long.endsWith("…")).toBe(true);
    expect(long).toBe("UN peacekeeping personnel, UN peacekeeping…");
  });
});
