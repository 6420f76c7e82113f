"use client";

import { useCallback, useMemo } from "react";
import dynamic from "next/dynamic";
import { colourFor, type BarDatum } from "@/lib/series";
import { layoutBars, shortSource } from "./bars-layout";
import { ChartFrame, PlotPlaceholder } from "./chart-frame";

// Drawn at the width of its box, so its height is known only then: the placeholder holds a typical height.
const BarsPlot = dynamic(() => import("./bars-plot"), { ssr: false, loading: () => <PlotPlaceholder height={200} /> });

/**
 * Components of a force as bars (a contingent's personnel and vehicles; the CSTO's forces), one
 * panel per unit, each bar coloured by and labelled with its source.
 */
export function BarsChart({ title, bars, sourceLine }: { title: string; bars: BarDatum[]; sourceLine: string }) {
  const sources = useMemo(() => [...new Set(bars.map((b) => shortSource(b.sourceLine)))], [bars]);
  const colourOf = useCallback((b: BarDatum) => colourFor(Math.max(0, sources.indexOf(shortSource(b.sourceLine)))), [sources]);
  const description = `${title}, one panel per unit: ${bars.map((b) => `${b.subject}: ${b.display} ${b.unit} (${shortSource(b.sourceLine)})`).join("; ")}.`;
  // The box keeps the plot's height on a wide screen while its code loads (a narrow one wraps more and grows).
  const chart = (
    <div className="bars-box" style={{ minHeight: layoutBars(bars, 1200, colourOf).height }}>
      <BarsPlot bars={bars} colourOf={colourOf} label={title} />
    </div>
  );
  const legend =
    sources.length > 1 ? (
      <div className="chart-legend" role="group" aria-label="Sources (bar colours)">
        {sources.map((s, i) => (
          <span key={s} className="legend-item">
            <span className="swatch" style={{ background: colourFor(i) }} aria-hidden="true" />
            {s}
          </span>
        ))}
      </div>
    ) : null;
  const table = (
    <table className="plain">
      <caption className="sr-only">{title}</caption>
      <thead>
        <tr>
          <th scope="col">Component</th>
          <th scope="col" className="num">
            Value
          </th>
          <th scope="col">Unit</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => (
          <tr key={b.key}>
            <th scope="row">{b.subject}</th>
            <td className="num">{b.display}</td>
            <td>{b.unit}</td>
            <td className="small">{b.sourceLine}</td>
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
      legend={legend}
      legendEntries={sources.length > 1 ? sources.map((s, i) => ({ label: s, colour: colourFor(i) })) : []}
      chart={chart}
      table={table}
    />
  );
}
