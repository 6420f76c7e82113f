import { describe, expect, it } from "vitest";
import type { StrengthPoint } from "./queries/series";
import { missionSeriesKey, strengthSeries, withConflictNames } from "./strength-series";

const point = (missionId: number, period: string, value: number): StrengthPoint => ({
  missionId,
  period,
  year: Number(period.slice(0, 4)),
  month: Number(period.slice(5, 7)),
  variant: "panel monthly",
  value,
  figureId: missionId * 1000 + value,
});

describe("strengthSeries", () => {
  const missions = [
    { id: 1, name: "Joint peacekeeping force in Transnistria (Joint Control Commission)", acronym: "JCC", status: "active" },
    { id: 2, name: "OSCE Special Monitoring Mission to Ukraine", acronym: "SMM", status: "ended" },
    { id: 3, name: "Russian peacekeeping contingent in Nagorno-Karabakh", acronym: null, status: "ended" },
    { id: 4, name: "UN mission proposed in Russia's draft resolution", acronym: null, status: "proposed" },
  ];
  const strength = { release: null, data: [point(1, "2016-11", 1134), point(1, "2016-12", 1136)] };

  it("draws the missions with monthly figures and names those without (proposals aside)", () => {
    const out = strengthSeries(strength, missions);
    expect(out.series.map((s) => [s.key, s.label])).toEqual([[missionSeriesKey(1), "JCC"]]);
    expect(out.missing).toEqual([
      { key: "m2", label: "OSCE Special Monitoring Mission to Ukraine (SMM)" },
      { key: "m3", label: "Russian peacekeeping contingent in Nagorno-Karabakh" },
    ]);
    expect(out.sourceLine).toMatch(/^Source: /);
  });

  it("names nothing missing when every mission has figures", () => {
    expect(strengthSeries(strength, [missions[0]!]).missing).toEqual([]);
  });
});

describe("withConflictNames", () => {
  it("adds the conflicts a label does not already name", () => {
    expect(withConflictNames("JCC", ["Transnistria"])).toBe("JCC — Transnistria");
    expect(withConflictNames("UNOMIG", ["Abkhazia", "South Ossetia"])).toBe("UNOMIG — Abkhazia, South Ossetia");
    expect(withConflictNames("Joint Russian–Turkish ceasefire monitoring centre (Nagorno-Karabakh)", ["Nagorno-Karabakh"])).toBe(
      "Joint Russian–Turkish ceasefire monitoring centre (Nagorno-Karabakh)",
    );
    expect(withConflictNames("KFOR", [])).toBe("KFOR");
  });
});
