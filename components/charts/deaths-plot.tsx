"use client";

import { Area, CartesianGrid, ComposedChart, Line, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format";
import { isolatedYears, sourced, yearDomain, yearTicks, type RangeRow, type RangeSeries, type ScaleKind } from "@/lib/series";
import { AXIS_TITLE } from "./axis-title";
import type { DeathsMarker } from "./deaths-chart";

/** The drawing of DeathsChart (recharts): loaded on demand, so pages become interactive before it. */
export default function DeathsPlot({
  rows,
  series,
  visible,
  markers: shownMarkers,
  scale,
  releaseLabel,
  from,
  to,
  axisTitle,
}: {
  rows: RangeRow[];
  series: RangeSeries[];
  visible: RangeSeries[];
  markers: DeathsMarker[];
  scale: ScaleKind;
  releaseLabel: string;
  /** the chosen first and last year: the axis follows them even where no series has data */
  from?: number;
  to?: number;
  /** the value axis's title ("Battle-related deaths per year") */
  axisTitle: string;
}) {
  const view = { scale };
  const domain = yearDomain(rows, from, to) ?? [0, 1];
  const isolated = new Map(visible.map((s) => [s.key, isolatedYears(rows, s.key)]));
  return (
    <ResponsiveContainer width="100%" height={340}>
      <ComposedChart data={rows} margin={{ top: 10, right: 20, bottom: 22, left: 14 }}>
        <CartesianGrid stroke="#eceef0" />
        <XAxis
          dataKey="year"
          type="number"
          domain={domain}
          ticks={yearTicks(domain)}
          allowDecimals={false}
          label={{ value: "Year", position: "bottom", offset: 4, ...AXIS_TITLE }}
        />
        <YAxis
          scale={view.scale === "log" ? "log" : "linear"}
          domain={view.scale === "log" ? [1, "auto"] : [0, "auto"]}
          allowDataOverflow={view.scale === "log"}
          tickFormatter={(v: number) => formatNumber(v)}
          width={70}
          label={{ value: view.scale === "log" ? `${axisTitle} (log scale)` : axisTitle, angle: -90, position: "insideLeft", offset: -6, ...AXIS_TITLE, style: { textAnchor: "middle" } }}
        />
        <Tooltip content={<DeathsTooltip series={visible} markers={shownMarkers} releaseLabel={releaseLabel} />} />
        {/* A band needs two years; over a single one recharts would draw a stray dot at its high end. */}
        {(rows.length > 1 ? visible : []).map((s) => (
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
        {/* A year with no recorded neighbour has no line and no band: a larger dot with its low–high whisker, drawn over the lines. */}
        {visible.flatMap((s) =>
          rows
            .filter((r) => isolated.get(s.key)?.has(r.year))
            .flatMap((r) => {
              const best = r[s.key] as number;
              const range = r[`${s.key}__range`] as [number, number] | null;
              const whisker =
                range && range[0] !== range[1] ? (
                  <ReferenceLine
                    key={`${s.key}-${r.year}-range`}
                    segment={[
                      { x: r.year, y: range[0] },
                      { x: r.year, y: range[1] },
                    ]}
                    stroke={s.colour}
                    strokeWidth={1.5}
                    ifOverflow="visible"
                    shape={(p: { x1?: number; y1?: number; x2?: number; y2?: number }) => <Whisker {...p} colour={s.colour} />}
                  />
                ) : null;
              return [
                whisker,
                <ReferenceDot key={`${s.key}-${r.year}-alone`} x={r.year} y={best} r={5} fill={s.colour} stroke="#fff" strokeWidth={1.5} ifOverflow="visible" className="year-alone" />,
              ];
            }),
        )}
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
                {/* The marker's label already states the value ("ISPI dossier 2021: 4,441"). */}
                <title>{`${m.label} (${m.sourceLine})`}</title>
                {m.kind === "revision" ? (
                  <circle cx={props.cx ?? 0} cy={props.cy ?? 0} r={7} fill="none" stroke={series.find((s) => s.key === m.seriesKey)?.colour ?? "#000"} strokeWidth={2} strokeDasharray="3 2" className="revision-marker" />
                ) : (
                  <rect x={(props.cx ?? 0) - 5} y={(props.cy ?? 0) - 5} width={10} height={10} fill="#fff" stroke={series.find((s) => s.key === m.seriesKey)?.colour ?? "#000"} strokeWidth={2} transform={`rotate(45 ${props.cx ?? 0} ${props.cy ?? 0})`} />
                )}
              </g>
            )}
          />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  );
}

/** A low–high whisker: the vertical line with a cap at each end. */
function Whisker({ x1, y1, x2, y2, colour }: { x1?: number; y1?: number; x2?: number; y2?: number; colour: string }) {
  if ([x1, y1, x2, y2].some((v) => typeof v !== "number" || !Number.isFinite(v))) return null;
  return (
    <g className="year-alone-range">
      <line x1={x1} y1={y1} x2={x2} y2={y2} stroke={colour} strokeWidth={1.5} />
      <line x1={x1! - 5} y1={y1} x2={x1! + 5} y2={y1} stroke={colour} strokeWidth={1.5} />
      <line x1={x2! - 5} y1={y2} x2={x2! + 5} y2={y2} stroke={colour} strokeWidth={1.5} />
    </g>
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
            {range && range[0] !== range[1] ? ` (low ${formatNumber(range[0])} – high ${formatNumber(range[1])})` : ""}
          </div>
        );
      })}
      <div className="small">{sourced(releaseLabel)}</div>
      {here.map((m) => (
        <div key={`${m.seriesKey}-${m.value}`} className="small">
          {m.kind === "revision" ? "○" : "◆"} {m.label} — {m.sourceLine}
        </div>
      ))}
    </div>
  );
}
