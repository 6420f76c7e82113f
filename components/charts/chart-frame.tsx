"use client";

import { useId, useState, type ReactNode } from "react";

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
  chart,
  table,
}: {
  title: string;
  description: string;
  sourceLine: string;
  controls?: ReactNode;
  legend?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
}) {
  const [view, setView] = useState<"chart" | "table">("chart");
  const descId = useId();
  return (
    <figure className="chart" aria-describedby={descId} style={{ margin: 0 }}>
      <div className="chart-head">
        <figcaption>
          <strong>{title}</strong>
        </figcaption>
        <div className="chart-controls">
          {controls}
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
      {view === "chart" ? <div className="chart-body">{chart}</div> : <div className="table-scroll">{table}</div>}
      <p className="chart-source">{sourceLine}</p>
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
