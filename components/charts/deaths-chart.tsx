"use client";

import { useMemo, useState } from "react";
import dynamic from "next/dynamic";
import { formatNumber } from "@/lib/format";
import { axisTitleFrom, countOf, toRangeRows, yearExtent, type RangeSeries, type ScaleKind } from "@/lib/series";
import { ChartFrame, LegendToggles, PlotPlaceholder } from "./chart-frame";

// recharts loads after the page is interactive: the frame, controls, description and table view render at once.
const DeathsPlot = dynamic(() => import("./deaths-plot"), { ssr: false, loading: () => <PlotPlaceholder height={340} /> });

export type DeathsMarker = {
  seriesKey: string;
  year: number;
  value: number;
  label: string;
  sourceLine: string;
  /** "source": another source's figure (◆); "revision": a year a newer release revised (○) */
  kind?: "source" | "revision";
};

export type DeathsView = { scale: ScaleKind; from?: number; to?: number };

/**
 * UCDP battle-related deaths by year: best estimate as a line, low–high as a band, one colour per
 * series; optional markers for other sources' figures (the dossier's) on the same axes.
 * The view (scale, years) is controlled by the parent when it lives in the URL, else local.
 */
export function DeathsChart({
  title,
  series,
  markers = [],
  sourceLine,
  releaseLabel,
  view: controlledView,
  onViewChange,
  measure = "Battle-related deaths per year",
  additive = true,
  axisTitle,
}: {
  title: string;
  series: RangeSeries[];
  markers?: DeathsMarker[];
  sourceLine: string;
  releaseLabel: string;
  view?: DeathsView;
  onViewChange?: (view: DeathsView) => void;
  /** what the values are, for the screen-reader description ("Fatalities per year by type of violence") */
  measure?: string;
  /** whether the years add up to a meaningful total (deaths do; a yearly headcount does not) */
  additive?: boolean;
  /** the value axis's title, drawn into downloads too (default: the measure, shortened) */
  axisTitle?: string;
}) {
  const [localView, setLocalView] = useState<DeathsView>({ scale: "linear" });
  const view = controlledView ?? localView;
  const setView = onViewChange ?? setLocalView;
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const extent = yearExtent(series);
  const rows = useMemo(() => toRangeRows(series, { from: view.from, to: view.to, scale: view.scale }), [series, view.from, view.to, view.scale]);
  const visible = series.filter((s) => !hidden.has(s.key));
  const shownMarkers = markers.filter(
    (m) => !hidden.has(m.seriesKey) && (view.from === undefined || m.year >= view.from) && (view.to === undefined || m.year <= view.to),
  );
  const description = describe(series, releaseLabel, markers, measure, additive);

  const controls = (
    <>
      <span role="group" aria-label="Scale">
        <button type="button" aria-pressed={view.scale === "linear"} onClick={() => setView({ ...view, scale: "linear" })}>
          Linear
        </button>{" "}
        <button type="button" aria-pressed={view.scale === "log"} onClick={() => setView({ ...view, scale: "log" })}>
          Log
        </button>
      </span>
      {extent ? (
        <>
          <YearInput label="From" value={view.from ?? extent[0]} min={extent[0]} max={extent[1]} onCommit={(y) => setView({ ...view, from: y === extent[0] ? undefined : y })} />
          <YearInput label="to" value={view.to ?? extent[1]} min={extent[0]} max={extent[1]} onCommit={(y) => setView({ ...view, to: y === extent[1] ? undefined : y })} />
        </>
      ) : null}
    </>
  );

  const chart =
    rows.length === 0 ? (
      <p className="muted">UCDP records no year with 25 or more battle-related deaths for this selection.</p>
    ) : (
      <DeathsPlot
        rows={rows}
        series={series}
        visible={visible}
        markers={shownMarkers}
        scale={view.scale}
        releaseLabel={releaseLabel}
        from={view.from}
        to={view.to}
        axisTitle={axisTitle ?? axisTitleFrom(measure)}
      />
    );

  const table = (
    <table className="plain">
      <caption className="sr-only">{title}</caption>
      <thead>
        <tr>
          <th scope="col">Year</th>
          {series.map((s) => (
            <th key={s.key} scope="col" className="num">
              {s.label}: best (low–high)
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.year}>
            <th scope="row">{r.year}</th>
            {series.map((s) => {
              const best = r[s.key] as number | null;
              const range = r[`${s.key}__range`] as [number, number] | null;
              return (
                <td key={s.key} className="num">
                  {best === null ? "—" : `${formatNumber(best)}${range ? ` (${formatNumber(range[0])}–${formatNumber(range[1])})` : ""}`}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFrame
      title={title}
      description={description}
      sourceLine={sourceLine}
      controls={controls}
      legend={
        series.length > 0 ? (
          <LegendToggles
            items={series}
            hidden={hidden}
            onToggle={(key) => setHidden((h) => (h.has(key) ? new Set([...h].filter((k) => k !== key)) : new Set([...h, key])))}
          />
        ) : null
      }
      legendEntries={series.filter((s) => !hidden.has(s.key)).map((s) => ({ label: s.label, colour: s.colour }))}
      chart={chart}
      table={table}
    />
  );
}

/** A year box that applies its value on Enter or when it loses focus, not at every keystroke. */
function YearInput({ label, value, min, max, onCommit }: { label: string; value: number; min: number; max: number; onCommit: (year: number | undefined) => void }) {
  const [text, setText] = useState(String(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setText(String(value));
  }
  const commit = () => {
    const y = Number(text);
    if (text === "" || !Number.isInteger(y)) return onCommit(undefined);
    onCommit(Math.min(max, Math.max(min, y)));
  };
  return (
    <label>
      {label}{" "}
      <input
        type="number"
        min={min}
        max={max}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
        }}
        aria-label={`${label === "to" ? "To" : label} year`}
      />
    </label>
  );
}

export function describe(series: RangeSeries[], releaseLabel: string, markers: DeathsMarker[], measure: string, additive: boolean): string {
  const parts = series.map((s) => {
    if (s.points.length === 0) return `${s.label}: no year recorded.`;
    const peak = s.points.reduce((a, b) => (b.best > a.best ? b : a));
    const range = peak.low !== peak.high ? ` (range ${formatNumber(peak.low)}–${formatNumber(peak.high)})` : "";
    const total = additive ? `, ${formatNumber(s.points.reduce((sum, p) => sum + p.best, 0))} in all` : "";
    if (s.points.length === 1) return `${s.label}: ${countOf(1, "year")} recorded, ${peak.year}: ${formatNumber(peak.best)}${range}.`;
    return `${s.label}: ${countOf(s.points.length, "year")} recorded between ${s.points[0]!.year} and ${s.points[s.points.length - 1]!.year}, peak ${formatNumber(peak.best)} in ${peak.year}${range}${total}.`;
  });
  const marks = markers.map((m) => `Marked: ${m.label} in ${m.year}.`);
  return `${measure}, ${releaseLabel}. ${parts.join(" ")} ${marks.join(" ")}`.trim();
}
