/**
 * The force-components bar chart's geometry, without pixels drawn: pure, so it is tested without a
 * browser. Bars are grouped by unit into panels, each with its own axis from zero (90 vehicles
 * and 2,000 people on one axis would hide the vehicles); labels wrap beside the bars when the
 * chart is wide and above them when it is narrow; every bar names its source.
 */
import { formatNumber } from "@/lib/format";
import type { BarDatum } from "@/lib/series";

/** Width in pixels of a text at a font size (bold or not): canvas metrics in the browser, an estimate in tests. */
export type TextMeasure = (text: string, fontSize: number, bold?: boolean) => number;

/** An average glyph width: a little generous, so a wrapped line never runs past its box. */
export const estimateText: TextMeasure = (text, fontSize, bold = false) => text.length * fontSize * (bold ? 0.6 : 0.56);

/** Below this width labels go above their bars. */
export const SIDE_LABELS_FROM = 560;

const PAD = 8;
const LABEL_FONT = 12;
const LABEL_LINE = 15;
const SOURCE_FONT = 11;
const SOURCE_LINE = 14;
const BAR_HEIGHT = 16;
const ROW_GAP = 12;
const FACET_TITLE = 22;
const AXIS_BAND = 38;
const FACET_GAP = 16;
const MAX_LINES = 3;

/**
 * Greedy word wrap into at most `maxLines` lines no wider than `maxWidth`; what does not fit ends
 * the last line with "…" (the full text is in the tooltip and the table).
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number, maxLines = MAX_LINES, measure: TextMeasure = estimateText): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  let i = 0;
  for (; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (measure(next, fontSize) <= maxWidth || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = words[i]!;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
    line = "";
    i = words.length;
  }
  const cut = i < words.length || line !== "";
  const fitted = lines.map((l) => ellipsize(l, maxWidth, fontSize, measure, false));
  if (cut && fitted.length) fitted[fitted.length - 1] = ellipsize(fitted[fitted.length - 1]!, maxWidth, fontSize, measure, true);
  return fitted;
}

/** A line shortened to `maxWidth` with "…" (always when `force`, else only when too wide). */
export function ellipsize(text: string, maxWidth: number, fontSize: number, measure: TextMeasure = estimateText, force = false): string {
  if (!force && measure(text, fontSize) <= maxWidth) return text;
  let t = text.replace(/…$/, "");
  while (t.length > 1 && measure(`${t}…`, fontSize) > maxWidth) t = t.slice(0, -1);
  return `${t.replace(/[\s,;:–-]+$/, "")}…`;
}

/**
 * Who gives a bar's figure, short enough to print beside it: the source line without its line
 * numbers ("ISPI dossier 2021, article 3 (Olesya Vartanyan), lines 369–379" → "ISPI dossier 2021,
 * article 3 (Olesya Vartanyan)"), so two bars for the same quantity say which source each is.
 */
export function shortSource(sourceLine: string): string {
  return sourceLine
    .replace(/^sources?:\s*/i, "")
    .replace(/,\s*lines?\s+\d+(?:\s*[–-]\s*\d+)?/gi, "")
    .replace(/\s+/g, " ")
    .trim();
}

export type BarFacet = { unit: string; title: string; bars: BarDatum[] };

/** Units whose panel comes first (the force's size before its equipment); others follow in the order they appear. */
const UNIT_ORDER = ["people", "personnel", "troops"];

/** Bars grouped by unit (people, vehicles, checkpoints): people first, then in the order the units first appear. */
export function facetByUnit(bars: BarDatum[]): BarFacet[] {
  const facets: BarFacet[] = [];
  for (const bar of bars) {
    let facet = facets.find((f) => f.unit === bar.unit);
    if (!facet) {
      facet = { unit: bar.unit, title: bar.unit ? bar.unit[0]!.toUpperCase() + bar.unit.slice(1) : "Value", bars: [] };
      facets.push(facet);
    }
    facet.bars.push(bar);
  }
  const rank = (f: BarFacet) => (UNIT_ORDER.includes(f.unit) ? UNIT_ORDER.indexOf(f.unit) : UNIT_ORDER.length);
  return facets.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
}

/** Round ticks from 0 to at least `max`, about `target` steps of 1, 2, 2.5 or 5 × 10ⁿ. */
export function niceTicks(max: number, target = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const top = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

export type BarBox = {
  datum: BarDatum;
  /** index over all panels, for keyboard stepping */
  index: number;
  colour: string;
  label: string[];
  /** who gives the figure, on one or two lines under the label */
  source: string[];
  /** where the label's lines start (x: their anchor, y: the first baseline) */
  labelX: number;
  labelY: number;
  labelAnchor: "start" | "end";
  barX: number;
  barY: number;
  barWidth: number;
  valueX: number;
  valueY: number;
  /** the whole row, for hovering */
  rowY: number;
  rowHeight: number;
};

export type FacetBox = {
  title: string;
  axisTitle: string;
  titleY: number;
  plotLeft: number;
  plotRight: number;
  gridTop: number;
  axisY: number;
  ticks: { value: number; x: number; label: string }[];
  bars: BarBox[];
};

export type BarsLayout = { width: number; height: number; mode: "side" | "above"; facets: FacetBox[] };

/**
 * Positions of every panel, bar, label and tick for a chart `width` pixels wide. `colourOf` gives a
 * bar's colour (by source, so the same source has the same colour in every panel).
 */
export function layoutBars(bars: BarDatum[], width: number, colourOf: (bar: BarDatum) => string, measure: TextMeasure = estimateText): BarsLayout {
  const mode: BarsLayout["mode"] = width >= SIDE_LABELS_FROM ? "side" : "above";
  const valueWidth = Math.ceil(Math.max(0, ...bars.map((b) => measure(b.display, LABEL_FONT, true)))) + 10;
  const widest = Math.max(0, ...bars.map((b) => Math.max(measure(b.subject, LABEL_FONT), measure(shortSource(b.sourceLine), SOURCE_FONT))));
  // Beside the bars, labels take what they need up to about two fifths of the width; above them, the whole width.
  const labelWidth = mode === "side" ? Math.round(Math.min(Math.max(widest, 80), Math.max(160, Math.min(340, width * 0.4)))) : Math.max(60, width - 2 * PAD);
  const plotLeft = mode === "side" ? PAD + labelWidth + 12 : PAD;
  const plotRight = Math.max(plotLeft + 40, width - PAD - valueWidth);
  const facets: FacetBox[] = [];
  let y = 0;
  let index = 0;
  for (const facet of facetByUnit(bars)) {
    const ticks = niceTicks(Math.max(...facet.bars.map((b) => b.value)));
    const top = ticks[ticks.length - 1]!;
    const x = (v: number) => plotLeft + (v / top) * (plotRight - plotLeft);
    const titleY = y + 15;
    const gridTop = y + FACET_TITLE;
    let rowY = gridTop;
    const boxes: BarBox[] = facet.bars.map((datum) => {
      const label = wrapLabel(datum.subject, labelWidth, LABEL_FONT, MAX_LINES, measure);
      const source = wrapLabel(shortSource(datum.sourceLine), labelWidth, SOURCE_FONT, 2, measure);
      const text = label.length * LABEL_LINE + source.length * SOURCE_LINE;
      const rowHeight = (mode === "side" ? Math.max(text, BAR_HEIGHT) : text + 4 + BAR_HEIGHT) + ROW_GAP;
      const barY = mode === "side" ? rowY + ROW_GAP / 2 + Math.max(0, (text - BAR_HEIGHT) / 2) : rowY + ROW_GAP / 2 + text + 4;
      const barWidth = Math.max(datum.value > 0 ? 2 : 0, x(datum.value) - plotLeft);
      const box: BarBox = {
        datum,
        index: index++,
        colour: colourOf(datum),
        label,
        source,
        labelX: mode === "side" ? plotLeft - 10 : plotLeft,
        labelY: rowY + ROW_GAP / 2 + LABEL_FONT - 1 + (mode === "side" ? Math.max(0, (BAR_HEIGHT - text) / 2) : 0),
        labelAnchor: mode === "side" ? "end" : "start",
        barX: plotLeft,
        barY,
        barWidth,
        valueX: plotLeft + barWidth + 6,
        valueY: barY + BAR_HEIGHT / 2 + 4,
        rowY,
        rowHeight,
      };
      rowY += rowHeight;
      return box;
    });
    const axisY = rowY;
    facets.push({
      title: facet.title,
      axisTitle: `Number of ${facet.unit || "units"}`,
      titleY,
      plotLeft,
      plotRight,
      gridTop,
      axisY,
      ticks: ticks.map((value) => ({ value, x: x(value), label: formatNumber(value) })),
      bars: boxes,
    });
    y = axisY + AXIS_BAND + FACET_GAP;
  }
  return { width, height: Math.max(0, y - FACET_GAP), mode, facets };
}

export const BAR_GEOMETRY = { barHeight: BAR_HEIGHT, labelFont: LABEL_FONT, labelLine: LABEL_LINE, sourceFont: SOURCE_FONT, sourceLine: SOURCE_LINE, pad: PAD } as const;
