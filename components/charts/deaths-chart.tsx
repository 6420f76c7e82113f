"use client";

import { useMemo, useState } from "react";
import { Area, CartesianGrid, ComposedChart, Line, ReferenceDot, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format";
import { toRangeRows, yearExtent, type RangeSeries, type ScaleKind } from "@/lib/series";
import { ChartFrame, LegendToggles } from "./chart-frame";

export type DeathsMarker = {
  seriesKey: string;
  year: number;
  value: number;
  label: string;
  sourceLine: string;
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
}: {
  title: string;
  series: RangeSeries[];
  markers?: DeathsMarker[];
  sourceLine: string;
  releaseLabel: string;
  view?: DeathsView;
  onViewChange?: (view: DeathsView) => void;
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
  const description = describe(series, releaseLabel, markers);

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
      <ResponsiveContainer width="100%" height={340}>
        <ComposedChart data={rows} margin={{ top: 10, right: 20, bottom: 5, left: 10 }}>
          <CartesianGrid stroke="#eceef0" />
          <XAxis dataKey="year" type="number" domain={["dataMin", "dataMax"]} allowDecimals={false} tickCount={8} />
          <YAxis
            scale={view.scale === "log" ? "log" : "linear"}
            domain={view.scale === "log" ? [1, "auto"] : [0, "auto"]}
            allowDataOverflow={view.scale === "log"}
            tickFormatter={(v: number) => formatNumber(v)}
            width={70}
          />
          <Tooltip content={<DeathsTooltip series={visible} markers={shownMarkers} releaseLabel={releaseLabel} />} />
          {visible.map((s) => (
            <Area
              key={`${s.key}-band`}
              dataKey={`${s.key}__range`}
              stroke="none"
              fill={s.colour}
              fillOpacity={0.15}
              isAnimationActive={false}
              connectNulls={false}
              name={`${s.label} low–high`}
            />
          ))}
          {visible.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              stroke={s.colour}
              strokeWidth={2}
              dot={{ r: 2 }}
              isAnimationActive={false}
              connectNulls={false}
              name={s.label}
            />
          ))}
          {shownMarkers.map((m) => (
            <ReferenceDot
              key={`${m.seriesKey}-${m.year}-${m.value}`}
              x={m.year}
              y={m.value}
              r={6}
              fill="#fff"
              stroke={series.find((s) => s.key === m.seriesKey)?.colour ?? "#000"}
              strokeWidth={2}
              shape={(props: { cx?: number; cy?: number }) => (
                <g>
                  <title>{`${m.label}: ${formatNumber(m.value)} (${m.sourceLine})`}</title>
                  <rect x={(props.cx ?? 0) - 5} y={(props.cy ?? 0) - 5} width={10} height={10} fill="#fff" stroke={series.find((s) => s.key === m.seriesKey)?.colour ?? "#000"} strokeWidth={2} transform={`rotate(45 ${props.cx ?? 0} ${props.cy ?? 0})`} />
                </g>
              )}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
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

function describe(series: RangeSeries[], releaseLabel: string, markers: DeathsMarker[]): string {
  const parts = series.map((s) => {
    if (s.points.length === 0) return `${s.label}: no year recorded.`;
    const peak = s.points.reduce((a, b) => (b.best > a.best ? b : a));
    const total = s.points.reduce((sum, p) => sum + p.best, 0);
    return `${s.label}: ${s.points.length} years recorded between ${s.points[0]!.year} and ${s.points[s.points.length - 1]!.year}, peak ${formatNumber(peak.best)} in ${peak.year} (range ${formatNumber(peak.low)}–${formatNumber(peak.high)}), ${formatNumber(total)} in all.`;
  });
  const marks = markers.map((m) => `Marked: ${m.label} in ${m.year}.`);
  return `Battle-related deaths per year, ${releaseLabel}. ${parts.join(" ")} ${marks.join(" ")}`.trim();
}

type TooltipProps = {
  active?: boolean;
  label?: number | string;
  payload?: { dataKey?: unknown; payload?: Record<string, unknown> }[];
  series: RangeSeries[];
  markers: DeathsMarker[];
  releaseLabel: string;
};

function DeathsTooltip({ active, label, payload, series, markers, releaseLabel }: TooltipProps) {
  if (!active || !payload || payload.length === 0) return null;
  const row = payload[0]?.payload ?? {};
  const year = Number(label);
  const here = markers.filter((m) => m.year === year);
  return (
    <div className="chart-tooltip">
      <div>
        <strong>{year}</strong>
      </div>
      {series.map((s) => {
        const best = row[s.key] as number | null | undefined;
        const range = row[`${s.key}__range`] as [number, number] | null | undefined;
        return (
          <div key={s.key} className="row">
            <span className="swatch" style={{ background: s.colour }} />
            {s.label}: {best === null || best === undefined ? "not recorded" : formatNumber(best)}
            {range ? ` (low ${formatNumber(range[0])} – high ${formatNumber(range[1])})` : ""}
          </div>
        );
      })}
      <div className="small">Source: {releaseLabel}</div>
      {here.map((m) => (
        <div key={`${m.seriesKey}-${m.value}`} className="small">
          ◆ {m.label}: {formatNumber(m.value)} — {m.sourceLine}
        </div>
      ))}
    </div>
  );
}
