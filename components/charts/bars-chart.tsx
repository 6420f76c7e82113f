"use client";

import dynamic from "next/dynamic";
import type { BarDatum } from "@/lib/series";
import { ChartFrame, PlotPlaceholder } from "./chart-frame";

const BarsPlot = dynamic(() => import("./bars-plot"), { ssr: false, loading: () => <PlotPlaceholder height={160} /> });

/** Components of a force as bars (a contingent's personnel and vehicles; the CSTO's forces), each with its source. */
export function BarsChart({ title, bars, sourceLine }: { title: string; bars: BarDatum[]; sourceLine: string }) {
  const description = `${title}: ${bars.map((b) => `${b.label} ${b.display} ${b.unit}`).join("; ")}.`;
  // The box keeps the plot's height while its code loads (no layout shift).
  const chart = (
    <div style={{ minHeight: Math.max(160, bars.length * 48) }}>
      <BarsPlot bars={bars} />
    </div>
  );
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
  return <ChartFrame title={title} description={description} sourceLine={sourceLine} chart={chart} table={table} />;
}
