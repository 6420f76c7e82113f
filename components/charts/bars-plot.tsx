"use client";

import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import { sourced, type BarDatum } from "@/lib/series";
import { BAR_GEOMETRY, estimateText, layoutBars, type BarBox, type TextMeasure } from "./bars-layout";

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';
const INK = "#1b1f24";
const INK_2 = "#4a5360";
const GRID = "#eceef0";

/**
 * The drawing of BarsChart, loaded on demand: an SVG sized to its container (labels beside the
 * bars when it is wide, above them when it is narrow), one panel per unit, each bar coloured by
 * its source and labelled with it. Hover a bar, or focus the chart and use the arrow keys, for
 * its full text and source.
 */
export default function BarsPlot({ bars, colourOf, label }: { bars: BarDatum[]; colourOf: (bar: BarDatum) => string; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const measure = useMemo(canvasMeasure, []);
  const layout = useMemo(() => (width > 0 ? layoutBars(bars, width, colourOf, measure) : null), [bars, width, colourOf, measure]);
  const [active, setActive] = useState<number | null>(null);
  const all = layout?.facets.flatMap((f) => f.bars) ?? [];
  const current = active === null ? undefined : all[active];

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    if (!all.length) return;
    const step = e.key === "ArrowDown" || e.key === "ArrowRight" ? 1 : e.key === "ArrowUp" || e.key === "ArrowLeft" ? -1 : 0;
    if (step) {
      e.preventDefault();
      setActive((a) => (a === null ? 0 : (a + step + all.length) % all.length));
    } else if (e.key === "Escape") setActive(null);
  };

  return (
    <div ref={box} style={{ position: "relative", width: "100%" }}>
      {layout ? (
        <svg
          className="chart-surface"
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-label={`${label} (use the arrow keys for each bar and its source)`}
          tabIndex={0}
          onFocus={() => setActive((a) => a ?? 0)}
          onBlur={() => setActive(null)}
          onKeyDown={onKeyDown}
          onMouseLeave={() => setActive(null)}
          style={{ display: "block", fontFamily: FONT }}
        >
          {layout.facets.map((facet) => (
            <g key={facet.title} className="bars-facet">
              <text x={BAR_GEOMETRY.pad} y={facet.titleY} fontSize={13} fontWeight={700} fill={INK}>
                {facet.title}
              </text>
              {facet.ticks.map((t) => (
                <g key={t.value}>
                  <line x1={t.x} x2={t.x} y1={facet.gridTop} y2={facet.axisY} stroke={GRID} />
                  <text x={t.x} y={facet.axisY + 14} fontSize={11} textAnchor="middle" fill={INK_2}>
                    {t.label}
                  </text>
                </g>
              ))}
              <line x1={facet.plotLeft} x2={facet.plotRight} y1={facet.axisY} y2={facet.axisY} stroke="#b9bec5" />
              <text x={(facet.plotLeft + facet.plotRight) / 2} y={facet.axisY + 32} fontSize={12} textAnchor="middle" fill={INK_2}>
                {facet.axisTitle}
              </text>
              {facet.bars.map((b) => (
                <Bar key={b.datum.key} bar={b} active={active === b.index} onHover={() => setActive(b.index)} />
              ))}
            </g>
          ))}
        </svg>
      ) : null}
      {layout && current ? <BarTooltip bar={current} width={layout.width} /> : null}
    </div>
  );
}

function Bar({ bar: b, active, onHover }: { bar: BarBox; active: boolean; onHover: () => void }) {
  return (
    <g onMouseEnter={onHover}>
      {/* The whole row answers the pointer, not only the bar (a short bar is a small target). */}
      <rect x={0} y={b.rowY} width="100%" height={b.rowHeight} fill={active ? "#f4f6f9" : "transparent"} />
      <text x={b.labelX} y={b.labelY} fontSize={BAR_GEOMETRY.labelFont} textAnchor={b.labelAnchor} fill={INK}>
        {b.label.map((line, i) => (
          <tspan key={i} x={b.labelX} dy={i === 0 ? 0 : BAR_GEOMETRY.labelLine}>
            {line}
          </tspan>
        ))}
        {b.source.map((line, i) => (
          <tspan key={`s${i}`} x={b.labelX} dy={BAR_GEOMETRY.sourceLine} fontSize={BAR_GEOMETRY.sourceFont} fill={INK_2}>
            {line}
          </tspan>
        ))}
      </text>
      <rect className="bar" x={b.barX} y={b.barY} width={b.barWidth} height={BAR_GEOMETRY.barHeight} rx={2} fill={b.colour} stroke={active ? INK : "none"} strokeWidth={active ? 1.5 : 0} />
      <text className="bar-value" x={b.valueX} y={b.valueY} fontSize={BAR_GEOMETRY.labelFont} fontWeight={600} fill={INK}>
        {b.datum.display}
      </text>
    </g>
  );
}

function BarTooltip({ bar, width }: { bar: BarBox; width: number }) {
  const maxWidth = Math.min(352, width - 8);
  const left = Math.max(4, Math.min(bar.barX + bar.barWidth - 40, width - maxWidth - 4));
  return (
    <div className="chart-tooltip" aria-hidden="true" style={{ position: "absolute", left, top: bar.barY + BAR_GEOMETRY.barHeight + 6, maxWidth, zIndex: 5, pointerEvents: "none" }}>
      <strong>{bar.datum.subject}</strong>: {bar.datum.display} {bar.datum.unit}
      <div className="small">{sourced(bar.datum.sourceLine)}</div>
    </div>
  );
}

/** The element's width, kept current as it resizes. */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setWidth(Math.floor(el.getBoundingClientRect().width));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** Text widths from the browser's own font metrics (a canvas), falling back to an estimate. */
function canvasMeasure(): TextMeasure {
  const ctx = typeof document !== "undefined" ? document.createElement("canvas").getContext("2d") : null;
  if (!ctx) return estimateText;
  return (text, fontSize, bold = false) => {
    ctx.font = `${bold ? "600 " : ""}${fontSize}px ${FONT}`;
    // A few per cent to spare: the page's text rendering may differ slightly from the canvas's.
    return ctx.measureText(text).width * 1.04;
  };
}
