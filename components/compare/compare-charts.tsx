"use client";

import { useMemo } from "react";
import { DeathsChart } from "@/components/charts/deaths-chart";
import { StrengthChart } from "@/components/charts/strength-chart";
import type { CompareClientData } from "@/lib/queries/compare";
import { colourFor, toCumulative, type PackedMonthlySeries } from "@/lib/series";
import { missionSeriesKey, withConflictNames } from "@/lib/strength-series";
import { useCompareView } from "./use-compare-view";

/** Battle-related deaths of the selected conflicts, one colour each, under the view in the URL. */
export function CompareDeathsChart({ data }: { data: CompareClientData }) {
  const { view, setView } = useCompareView();
  const names = new Map(data.conflicts.map((c) => [c.slug, c.shortName]));
  const cumulative = view.metric === "cumulative";
  const series = data.brd.series.map((s, i) => ({
    key: s.slug,
    label: names.get(s.slug) ?? s.slug,
    colour: colourFor(i),
    points: cumulative ? toCumulative(s.points) : s.points,
  }));
  const release = data.brd.release?.shortTitle ?? "UCDP BRD";
  return (
    <div>
      <div className="chart-controls" role="group" aria-label="Metric" style={{ marginBottom: "0.4rem" }}>
        <span className="small muted">Metric:</span>
        <button type="button" aria-pressed={!cumulative} onClick={() => setView({ ...view, metric: "deaths" })}>
          Deaths per year
        </button>
        <button type="button" aria-pressed={cumulative} onClick={() => setView({ ...view, metric: "cumulative" })}>
          Cumulative deaths
        </button>
      </div>
      <DeathsChart
        title={`Battle-related deaths ${cumulative ? "accumulated since the first recorded year" : "per year"} (UCDP best estimate; band: low–high)`}
        series={series}
        markers={cumulative ? [] : data.markers.map((m) => ({ ...m, seriesKey: m.slug }))}
        releaseLabel={release}
        sourceLine={`Source: ${release}, summed over the UCDP dyads of each conflict's UCDP conflicts${!cumulative && data.markers.length ? "; ◆ figures quoted by the dossier" : ""}. Years under 25 deaths are not recorded by UCDP and show as gaps.`}
        measure={cumulative ? "Battle-related deaths accumulated since the first recorded year" : "Battle-related deaths per year"}
        additive={!cumulative}
        axisTitle={cumulative ? "Battle-related deaths, cumulative" : "Battle-related deaths per year"}
        view={{ scale: view.scale, from: view.from ?? undefined, to: view.to ?? undefined }}
        onViewChange={(v) => setView({ ...view, scale: v.scale, from: v.from ?? null, to: v.to ?? null })}
      />
    </div>
  );
}

/**
 * Peace-operation strength of the selected conflicts' missions under the view in the URL: the
 * months of the chosen years only, each mission labelled with its conflict ("JCC — Transnistria"),
 * and the missions without SIPRI/IPI monthly figures named under the chart.
 */
export function CompareStrengthChart({
  data,
  title,
  series,
  sourceLine,
  seriesNote,
  missing = [],
}: {
  data: Pick<CompareClientData, "conflicts" | "missions">;
  title: string;
  series: PackedMonthlySeries[];
  sourceLine: string;
  seriesNote: string;
  missing?: { key: string; label: string }[];
}) {
  const { view } = useCompareView();
  const labelled = useMemo(() => {
    const names = new Map(data.conflicts.map((c) => [c.slug, c.shortName]));
    const conflictsOf = new Map(data.missions.map((m) => [missionSeriesKey(m.id), m.conflictSlugs.map((slug) => names.get(slug) ?? slug)]));
    const label = (key: string, text: string) => withConflictNames(text, conflictsOf.get(key) ?? []);
    return { series: series.map((s) => ({ ...s, label: label(s.key, s.label) })), missing: missing.map((m) => ({ ...m, label: label(m.key, m.label) })) };
  }, [data.conflicts, data.missions, series, missing]);
  return (
    <StrengthChart
      title={title}
      series={labelled.series}
      sourceLine={sourceLine}
      seriesNote={seriesNote}
      missing={labelled.missing}
      from={view.from}
      to={view.to}
    />
  );
}
