import type { Metadata } from "next";
import Link from "next/link";
import { BarsChart } from "@/components/charts/bars-chart";
import { CompareDeathsChart, CompareStrengthChart } from "@/components/compare/compare-charts";
import { ComparisonTable } from "@/components/compare/comparison-table";
import { CompareTableExport, ExportReportButton } from "@/components/compare/compare-exports";
import { CompareAnalystEstimates } from "@/components/compare/compare-analyst-estimates";
import { CompareViewProvider } from "@/components/compare/compare-view-context";
import { ConflictPicker } from "@/components/compare/conflict-picker";
import { MandateMatrix } from "@/components/compare/mandate-matrix";
import { ViewNotices } from "@/components/compare/view-notices";
import { ArgumentList } from "@/components/ui/argument-list";
import { ComparisonList } from "@/components/ui/comparison-list";
import { PageHeader, Section } from "@/components/ui/page-header";
import { compareHref, parseSelection } from "@/lib/compare/params";
import { dataYearExtent } from "@/lib/compare/rows";
import { SUGGESTED_COMPARISONS } from "@/lib/compare/suggestions";
import { forceComponentBars } from "@/lib/force-components";
import { strengthSeries } from "@/lib/strength-series";
import { clientData, getComparisonData } from "@/lib/queries/compare";
import { listConflictOptions } from "@/lib/queries/conflicts";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Compare conflicts" };

function toReader(params: Record<string, string | string[] | undefined>) {
  const all = (name: string): string[] => {
    const v = params[name];
    return Array.isArray(v) ? v : v === undefined ? [] : [v];
  };
  return { get: (name: string) => all(name)[0] ?? null, getAll: all };
}

export default async function ComparePage({ searchParams }: Props) {
  const params = await searchParams;
  const options = listConflictOptions();
  const names = new Map(options.map((o) => [o.slug, o.shortName]));
  // Unknown slugs are set apart before the cap, so they never push a real conflict out.
  const selection = parseSelection(toReader(params), (slug) => names.has(slug));
  const { slugs, problems } = selection;
  const data = await getComparisonData(slugs);
  const unknown = [...new Set([...selection.unknown, ...data.unknown])];
  // The browser components get only what they draw; arguments, comparisons and forces render here.
  const forClient = clientData(data);
  const strength = strengthSeries(data.strength, data.missions);
  // The years the selection has data for (all the strength months, not only those the table cites).
  const extent = dataYearExtent(data);
  const empty = data.conflicts.length === 0;

  return (
    <>
      <PageHeader
        title="Compare conflicts"
        lede="Put conflicts side by side: the operations in them, the mandates behind those operations clause by clause, Russia's roles, UCDP battle-related deaths, and what the dossier argues about each. The address is the view: copy it to share exactly what you see."
      >
        <ConflictPicker options={options} selected={data.conflicts.map((c) => c.slug)} />
        {!empty ? (
          <p style={{ marginTop: "0.6rem" }}>
            <ExportReportButton />
            {" "}
            <span className="small muted">every table of this comparison in one workbook, with a Sources sheet</span>
          </p>
        ) : null}
      </PageHeader>
      {unknown.length ? (
        <p className="notice error" role="alert">
          Parallax holds no conflict {unknown.map((s) => `“${s}”`).join(", ")}: {unknown.length === 1 ? "it was" : "they were"} left out of the comparison. Pick from the
          suggestions, or see <Link href="/conflicts">all conflicts</Link>.
        </p>
      ) : null}
      {problems.length ? (
        <p className="notice warn" role="status">
          Some of the address was not understood and was ignored: {problems.join("; ")}.
        </p>
      ) : null}
      <CompareViewProvider extent={extent}>
        <ViewNotices />

        {empty ? (
          <Section title="Start with a comparison from the dossier">
            <ul className="plain">
              {SUGGESTED_COMPARISONS.map((s) => (
                <li key={s.title}>
                  <Link href={compareHref(s.slugs)}>
                    <strong>{s.title}</strong>
                  </Link>{" "}
                  — {s.slugs.map((slug) => names.get(slug) ?? slug).join(", ")}
                  <br />
                  <span className="muted small">{s.why}</span>
                </li>
              ))}
            </ul>
            <p className="small">Or type a conflict&apos;s name above; conflict pages and the conflicts table also add to a comparison.</p>
          </Section>
        ) : (
          <>
            <Section title="Side by side" hint="hover a value for its source; hide or move rows; sort by a conflict's numbers" id="table">
              <ComparisonTable data={forClient} />
            </Section>
            <Section title="Battle-related deaths" hint={data.brd.release?.shortTitle} id="deaths">
              <CompareDeathsChart data={forClient} />
              <div className="section-tools">
                <CompareTableExport table="deaths" label="Export the data" />
              </div>
            </Section>
            <Section title="Peace-operation strength" hint="SIPRI / IPI figures via the peace-operations panel" id="strength">
              {strength.series.length ? (
                <CompareStrengthChart data={forClient} {...strength} title="Peace-operation strength per month (total personnel)" />
              ) : (
                <p className="muted">The SIPRI/IPI panel covers none of these conflicts&apos; missions (it ends in 2016).</p>
              )}
              <div className="section-tools">
                <CompareTableExport table="strength" label="Export the data" />
              </div>
            </Section>
            {data.forces.some((f) => f.figures.length) ? (
              <Section title="Force components" hint="where a source gives them" id="forces">
                <div className="grid-2">
                  {data.forces
                    .filter((f) => f.figures.length)
                    .map((f) => {
                      const bars = forceComponentBars(f.figures);
                      return (
                        <BarsChart
                          key={f.slug}
                          title={`${names.get(f.slug) ?? f.slug}: force components`}
                          bars={bars}
                          sourceLine={`Source: ${[...new Set(bars.map((b) => b.sourceLine))].join("; ")}`}
                        />
                      );
                    })}
                </div>
              </Section>
            ) : null}
            <Section title="Mandate matrix" hint="clause by clause; choose a cell for the text and its source" id="mandates">
              <div className="section-tools">
                <CompareTableExport table="mandates" label="Export the matrix" />
              </div>
              <MandateMatrix data={forClient} />
            </Section>
            {data.comparisons.length ? (
              <Section title="Where sources disagree" hint="both figures kept, neither overwrites the other" id="disagreements">
                <ComparisonList items={data.comparisons} />
              </Section>
            ) : null}
            {data.analystFigures.some((g) => g.items.length) ? (
              <Section title="Analysts' estimates" hint="figures analysts added about these conflicts and their missions, each with its source; the figures they dispute are unchanged" id="analyst-estimates">
                <CompareAnalystEstimates groups={data.analystFigures} names={names} />
              </Section>
            ) : null}
            <Section title="The dossier's arguments" id="arguments">
              {data.arguments.map((group) => (
                <div key={group.slug} id={`arguments-${group.slug}`} style={{ marginBottom: "1rem" }}>
                  <h3>
                    <Link href={`/conflicts/${group.slug}`}>{names.get(group.slug) ?? group.slug}</Link> <span className="muted small">({group.items.length})</span>
                  </h3>
                  <ArgumentList items={group.items} idPrefix={`${group.slug}-`} />
                </div>
              ))}
            </Section>
          </>
        )}
      </CompareViewProvider>
    </>
  );
}
