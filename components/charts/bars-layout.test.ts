import { describe, expect, it } from "vitest";
import type { BarDatum } from "@/lib/series";
import { ellipsize, estimateText, facetByUnit, layoutBars, niceTicks, shortSource, SIDE_LABELS_FROM, wrapLabel } from "./bars-layout";

const bar = (key: string, subject: string, value: number, display: string, unit: string, sourceLine: string): BarDatum => ({ key, label: subject, subject, value, display, unit, sourceLine });

// The Nagorno-Karabakh contingent as /compare shows it: people, vehicles and posts, two sources for the personnel.
const nk: BarDatum[] = [
  bar("1", "Russian peacekeeping contingent in Nagorno-Karabakh: armoured personnel carriers", 90, "at most 90", "vehicles", "ISPI dossier 2021, article 3 (Olesya Vartanyan), lines 372–379"),
  bar("2", "Checkpoints manned by the Russian peacekeepers in Nagorno-Karabakh", 27, "27", "checkpoints", "ISPI dossier 2021, article 3 (Olesya Vartanyan), lines 377–379"),
  bar("3", "Russian peacekeeping contingent in Nagorno-Karabakh: other motor vehicles", 380, "at most 380", "vehicles", "ISPI dossier 2021, article 3 (Olesya Vartanyan), lines 379–381"),
  bar("4", "Russian peacekeepers in Nagorno-Karabakh established by the November 2020 truce", 2000, "about 2,000", "people", "ISPI dossier 2021, article 1 (Eleonora Tafuro Ambrosetti), lines 96–99"),
  bar(
    "5",
    "Russian peacekeeping contingent in Nagorno-Karabakh: personnel with small arms, as limited by the ceasefire statement",
    1960,
    "at most 1,960",
    "people",
    "ISPI dossier 2021, article 3 (Olesya Vartanyan), lines 369–379",
  ),
];
const colour = () => "#000";

describe("labels", () => {
  it("wraps words into lines no wider than the box, and ends a cut label with an ellipsis", () => {
    const lines = wrapLabel(nk[4]!.subject, 320, 12);
    expect(lines.length).toBeLessThanOrEqual(3);
    for (const line of lines) expect(estimateText(line, 12)).toBeLessThanOrEqual(320);
    expect(lines.join(" ")).toBe(nk[4]!.subject);
    const cut = wrapLabel(nk[4]!.subject, 90, 12, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith("…")).toBe(true);
    expect(wrapLabel("Checkpoints", 400, 12)).toEqual(["Checkpoints"]);
    expect(wrapLabel("", 100, 12)).toEqual([]);
  });

  it("shortens a single word that is wider than the box", () => {
    const [line] = wrapLabel("Supercalifragilisticexpialidocious", 60, 12);
    expect(line!.endsWith("…")).toBe(true);
    expect(estimateText(line!, 12)).toBeLessThanOrEqual(60);
    expect(ellipsize("short", 100, 12)).toBe("short");
  });

  it("names the source without its line numbers, so two bars for one quantity say whose each is", () => {
    expect(shortSource(nk[3]!.sourceLine)).toBe("ISPI dossier 2021, article 1 (Eleonora Tafuro Ambrosetti)");
    expect(shortSource(nk[4]!.sourceLine)).toBe("ISPI dossier 2021, article 3 (Olesya Vartanyan)");
    expect(shortSource("Source: Trilateral statement, 10 Nov 2020, point 3")).toBe("Trilateral statement, 10 Nov 2020, point 3");
  });
});

describe("panels and ticks", () => {
  it("groups bars by unit, people first, so 27 posts are not drawn on the axis of 2,000 people", () => {
    const facets = facetByUnit(nk);
    expect(facets.map((f) => [f.title, f.bars.map((b) => b.key)])).toEqual([
      ["People", ["4", "5"]],
      ["Vehicles", ["1", "3"]],
      ["Checkpoints", ["2"]],
    ]);
  });

  it("makes round ticks from zero past the largest value", () => {
    expect(niceTicks(2000)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(niceTicks(380)).toEqual([0, 100, 200, 300, 400]);
    expect(niceTicks(27)).toEqual([0, 10, 20, 30]);
    expect(niceTicks(1)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe("layoutBars", () => {
  for (const width of [340, 590, 1200]) {
    it(`keeps every label, bar and value inside ${width}px and each panel's bars apart`, () => {
      const layout = layoutBars(nk, width, colour);
      expect(layout.mode).toBe(width >= SIDE_LABELS_FROM ? "side" : "above");
      expect(layout.facets).toHaveLength(3);
      let previousBottom = -1;
      for (const facet of layout.facets) {
        expect(facet.plotLeft).toBeGreaterThan(0);
        expect(facet.plotRight).toBeLessThanOrEqual(width);
        expect(facet.ticks[0]!.x).toBe(facet.plotLeft);
        expect(facet.ticks[facet.ticks.length - 1]!.x).toBeCloseTo(facet.plotRight);
        expect(facet.gridTop).toBeGreaterThan(previousBottom);
        for (const b of facet.bars) {
          expect(b.barWidth).toBeGreaterThan(0);
          expect(b.barX + b.barWidth).toBeLessThanOrEqual(facet.plotRight + 0.001);
          expect(b.valueX + estimateText(b.datum.display, 12, true)).toBeLessThanOrEqual(width);
          for (const line of [...b.label, ...b.source]) expect(estimateText(line, 12)).toBeLessThanOrEqual(width);
          // The bar sits inside its own row, under (or beside) its label.
          expect(b.barY).toBeGreaterThanOrEqual(b.rowY);
          expect(b.barY + 16).toBeLessThanOrEqual(b.rowY + b.rowHeight);
          if (layout.mode === "above") expect(b.barY).toBeGreaterThan(b.labelY);
        }
        previousBottom = facet.axisY;
      }
      expect(layout.height).toBeGreaterThan(previousBottom);
    });
  }

  it("gives each panel its own scale: the smallest value still gets a visible bar", () => {
    const layout = layoutBars(nk, 1200, colour);
    const posts = layout.facets.find((f) => f.title === "Checkpoints")!.bars[0]!;
    const people = layout.facets.find((f) => f.title === "People")!.bars[0]!;
    expect(posts.barWidth / people.barWidth).toBeGreaterThan(0.8);
  });

  it("puts labels above the bars on a narrow screen and beside them on a wide one", () => {
    const narrow = layoutBars(nk, 360, colour).facets[0]!.bars[0]!;
    expect(narrow.labelAnchor).toBe("start");
    expect(narrow.barX).toBe(narrow.labelX);
    const wide = layoutBars(nk, 1000, colour).facets[0]!.bars[0]!;
    expect(wide.labelAnchor).toBe("end");
    expect(wide.labelX).toBeLessThan(wide.barX);
  });

  it("labels every bar with its source", () => {
    const people = layoutBars(nk, 1000, colour).facets[0]!.bars;
    expect(people.map((b) => b.source.join(" "))).toEqual(["ISPI dossier 2021, article 1 (Eleonora Tafuro Ambrosetti)", "ISPI dossier 2021, article 3 (Olesya Vartanyan)"]);
  });
});
