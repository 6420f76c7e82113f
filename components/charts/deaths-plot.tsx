"use client";

import { Area, CartesianGrid, ComposedChart, Line, ReferenceDot, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format";
import type { RangeRow, RangeSeries, ScaleKind } from "@/lib/series";
import type { DeathsMarker } from "./deaths-chart";

/** The drawing of DeathsChart (recharts): loaded on demand, so pages become interactive before it. */
export default function DeathsPlot({
  rows,
  series,
  visible,
  markers: shownMarkers,
  scale,
  releaseLabel,
}: {
  rows: RangeRow[];
  series: RangeSeries[];
  visible: RangeSeries[];
  markers: DeathsMarker[];
  scale: ScaleKind;
  releaseLabel: string;
}) {
  const view = { scale };
  return (
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
