"use client";

import { useId, useRef, useState, type ReactNode } from "react";
import { chartFileName, composeChartSvg, download, pngBlob, svgBlob, type LegendEntry } from "@/lib/chart-image";

/**
 * Every chart's frame: title, controls, a Chart / Table switch over the same rows, a text
 * description for screen readers, and the source line. Layout only; the chart is a child.
 */
export function ChartFrame({
  title,
  description,
  sourceLine,
  controls,
  legend,
  legendEntries = [],
  chart,
  table,
  note,
}: {
  title: string;
  description: string;
  sourceLine: string;
  controls?: ReactNode;
  legend?: ReactNode;
  /** the series shown, drawn into downloaded images */
  legendEntries?: LegendEntry[];
  chart: ReactNode;
  table: ReactNode;
  /** a remark under the source line (what the chart leaves out), drawn into downloaded images too */
  note?: string;
}) {
  const [view, setView] = useState<"chart" | "table">("chart");
  const [problem, setProblem] = useState<string | null>(null);
  const descId = useId();
  const body = useRef<HTMLDivElement>(null);
  const save = async (kind: "svg" | "png") => {
    setProblem(null);
    // The drawing: recharts' surface, or a chart drawn without recharts (the force-component bars).
    const svg = body.current?.querySelector<SVGSVGElement>("svg.recharts-surface, svg.chart-surface");
    if (!svg) return setProblem("Switch to the chart to download it as an image.");
    try {
      const { markup, width, height } = composeChartSvg(svg, title, legendEntries, note ? `${sourceLine} ${note}` : sourceLine);
      download(kind === "svg" ? svgBlob(markup) : await pngBlob(markup, width, height, 2), chartFileName(title, kind));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : "The image could not be made.");
    }
  };
  return (
    <figure className="chart" aria-describedby={descId} style={{ margin: 0 }}>
      <div className="chart-head">
        <figcaption>
          <strong>{title}</strong>
        </figcaption>
        <div className="chart-controls">
          {controls}
          <span role="group" aria-label="Download the chart">
            <button type="button" onClick={() => save("svg")} disabled={view !== "chart"} aria-label={`Download “${title}” as SVG`}>
              SVG
            </button>{" "}
            <button type="button" onClick={() => save("png")} disabled={view !== "chart"} aria-label={`Download “${title}” as PNG`}>
              PNG
            </button>
          </span>
          <span role="group" aria-label="Show as">
            <button type="button" aria-pressed={view === "chart"} onClick={() => setView("chart")}>
              Chart
            </button>{" "}
            <button type="button" aria-pressed={view === "table"} onClick={() => setView("table")}>
              Table
            </button>
          </span>
        </div>
      </div>
      <p id={descId} className="sr-only">
        {description}
      </p>
      {legend}
      {problem ? (
        <p className="notice warn" role="status">
          {problem}
        </p>
      ) : null}
      {view === "chart" ? (
        <div className="chart-body" ref={body}>
          {chart}
        </div>
      ) : (
        <div className="table-scroll">{table}</div>
      )}
      <p className="chart-source">{sourceLine}</p>
      {note ? <p className="chart-source chart-note">{note}</p> : null}
    </figure>
  );
}

export function LegendToggles({
  items,
  hidden,
  onToggle,
}: {
  items: { key: string; label: string; colour: string }[];
  hidden: Set<string>;
  onToggle: (key: string) => void;
}) {
  return (
    <div className="chart-legend" role="group" aria-label="Series (click to show or hide)">
      {items.map((item) => (
        <button key={item.key} type="button" className="legend-item" aria-pressed={!hidden.has(item.key)} onClick={() => onToggle(item.key)}>
          <span className="swatch" style={{ background: item.colour }} aria-hidden="true" />
          {item.label}
        </button>
      ))}
    </div>
  );
}

/** Holds the chart's place (same height, no layout shift) while its drawing code loads. */
export function PlotPlaceholder({ height }: { height: number }) {
  return <div className="plot-placeholder" style={{ height }} aria-hidden="true" />;
}
