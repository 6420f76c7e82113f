import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeathsChart } from "@/components/charts/deaths-chart";
import { AddToCompare } from "@/components/compare/add-to-compare";
import { StrengthChart } from "@/components/charts/strength-chart";
import { AnalystEstimates } from "@/components/annotations/analyst-estimates";
import { AnnotationThread } from "@/components/annotations/annotation-thread";
import { ArgumentList } from "@/components/ui/argument-list";
import { Badge, label, StatusBadge } from "@/components/ui/badges";
import { CiteMark, PeriodCiteMarks } from "@/components/ui/cite-mark";
import { ComparisonList } from "@/components/ui/comparison-list";
import { MandateClauses } from "@/components/ui/mandate-clauses";
import { PageHeader, Section } from "@/components/ui/page-header";
import { FiguresTable } from "@/components/tables/figures/figures-table";
import { formatNumber, formatPartialDate, formatMissionPeriod, formatPeriod } from "@/lib/format";
import { getConflictDetail } from "@/lib/queries/conflicts";
import { colourFor } from "@/lib/series";
import { deathMarkers, revisionMarkers } from "@/lib/death-markers";
import { RevisionsTable } from "@/components/imports/revisions-table";
import { brdRevisedYears } from "@/lib/queries/imports";
import { strengthSeries } from "@/lib/strength-series";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const detail = await getConflictDetail(slug);
  return { title: detail ? detail.conflict.name : "Conflict not found" };
}

export default async function ConflictPage({ params }: Props) {
  const { slug } = await params;
  const detail = await getConflictDetail(slug);
  if (!detail) notFound();
  const { conflict, roles, missions, figures, brd, brdRows, ged, strength, comparisons } = detail;
  const brdLabel = brd.release ? brd.release.shortTitle : "UCDP BRD";
  const brdSeries = brd.data.map((s) => ({ key: conflict.slug, label: conflict.shortName, colour: colourFor(0), points: s.points }));
  const revised = brdRevisedYears(conflict.id);
  const markers = [
    ...deathMarkers(figures).map((m) => ({ ...m, seriesKey: conflict.slug })),
    ...revisionMarkers(revised).map((m) => ({ ...m, seriesKey: conflict.slug })),
  ];
  const gedVariants = [...new Set(ged.data.map((g) => g.variant))];
  const gedSeries = gedVariants.map((v, i) => ({
    key: v.replace(/[^a-z]/g, "-"),
    label: v,
    colour: colourFor(i + 1),
    points: ged.data.filter((g) => g.variant === v).map((g) => ({ year: g.year, best: g.best, low: g.low, high: g.high })),
  }));
  const byRole = new Map<string, typeof roles>();
  for (const r of roles) byRole.set(r.role, [...(byRole.get(r.role) ?? []), r]);

  return (
    <>
      <PageHeader
        crumbs={[{ href: "/conflicts", label: "Conflicts" }]}
        eyebrow={
          <>
            {conflict.region} · {label("conflictType", conflict.type)} · <StatusBadge status={conflict.status} /> as of {formatPartialDate(conflict.statusAsOf)}{" "}
            <CiteMark citation={conflict.statusCitation} />
            {!conflict.inDossier ? (
              <>
                {" "}
                <Badge tone="outside">not in the dossier: from the UCDP data</Badge>
              </>
            ) : null}
          </>
        }
        title={conflict.name}
        lede={conflict.summary}
      >
        <dl className="facts">
          {conflict.aliases.length ? (
            <>
              <dt>Also called</dt>
              <dd>{conflict.aliases.join(", ")}</dd>
            </>
          ) : null}
          <dt>Countries and territories</dt>
          <dd>{conflict.countries.join(", ") || "—"}</dd>
          <dt>Period</dt>
          <dd>
            {formatPeriod(conflict.startDate, conflict.endDate)} <CiteMark citation={conflict.startCitation} />
          </dd>
          <dt>UCDP conflicts</dt>
          <dd>
            {conflict.ucdpLinks.length === 0
              ? "—"
              : conflict.ucdpLinks.map((l, i) => (
                  <span key={l.ucdpConflictId}>
                    {i > 0 ? ", " : ""}
                    <span className="mono">{l.ucdpConflictId}</span>
                    {l.fromYear || l.toYear ? ` (${l.fromYear ?? "…"}–${l.toYear ?? "…"})` : ""}
                    {l.note ? <span className="muted small"> — {l.note}</span> : null}
                  </span>
                ))}
          </dd>
        </dl>
        <p style={{ marginTop: "0.75rem" }}>
          <AddToCompare slug={conflict.slug} name={conflict.name} />
        </p>
        <AnnotationThread type="conflict" entryKey={conflict.slug} label={conflict.name} />
      </PageHeader>

      <Section title="Battle-related deaths by year" hint={brdLabel} id="deaths">
        <DeathsChart
          title={`${conflict.shortName}: battle-related deaths per year (UCDP best estimate, low–high band)`}
          series={brdSeries}
          markers={markers}
          releaseLabel={brdLabel}
          sourceLine={`Source: ${brd.release ? brd.release.shortTitle : "UCDP Battle-Related Deaths"}, summed over the UCDP dyads of conflict${conflict.ucdpLinks.length > 1 ? "s" : ""} ${conflict.ucdpLinks.map((l) => l.ucdpConflictId).join(", ")}${deathMarkers(figures).length ? "; ◆ figures quoted by the dossier" : ""}${revised?.years.length ? `; ○ years revised since ${revised.from.shortTitle}` : ""}.`}
        />
        {brdRows.data.length ? (
          <details style={{ marginTop: "0.6rem" }}>
            <summary>The {formatNumber(brdRows.data.length)} UCDP dyad-year rows behind these totals</summary>
            <div className="table-scroll">
              <table className="plain">
                <caption className="sr-only">UCDP dyad-year rows of {conflict.shortName}</caption>
                <thead>
                  <tr>
                    <th scope="col">Year</th>
                    <th scope="col">UCDP conflict / dyad</th>
                    <th scope="col">Dyad</th>
                    <th scope="col" className="num">
                      Best
                    </th>
                    <th scope="col" className="num">
                      Low
                    </th>
                    <th scope="col" className="num">
                      High
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {brdRows.data.map((r) => (
                    <tr key={r.figureId}>
                      <td>{r.year}</td>
                      <td className="mono">
                        {r.ucdpConflictId} / {r.ucdpDyadId ?? "—"}
                      </td>
                      <td>{r.subject}</td>
                      <td className="num">
                        <Link href={`/figures/${r.figureId}`}>{formatNumber(r.best)}</Link>
                      </td>
                      <td className="num">{formatNumber(r.low)}</td>
                      <td className="num">{formatNumber(r.high)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        ) : null}
      </Section>

      <Section title="Revisions between releases" hint="what a newer UCDP release changed for this conflict" id="revisions">
        <RevisionsTable conflictId={conflict.id} />
      </Section>

      {comparisons.length ? (
        <Section title="Where sources disagree" hint="both figures kept, neither overwrites the other" id="disagreements">
          <ComparisonList items={comparisons} />
        </Section>
      ) : null}

      {gedSeries.length ? (
        <Section title="Fatalities in georeferenced events" hint={ged.release?.shortTitle} id="ged">
          <DeathsChart
            title={`${conflict.shortName}: fatalities per year by type of violence (UCDP GED, country level)`}
            series={gedSeries}
            releaseLabel={ged.release?.shortTitle ?? "UCDP GED"}
            measure="Fatalities per year by type of violence (best estimate; low–high where the events give one)"
            sourceLine={`Source: ${ged.release?.shortTitle ?? "UCDP GED"}, events summed per year and type of violence for the country where the conflict is located.`}
          />
        </Section>
      ) : null}

      <Section title="Actors and their roles" id="actors">
        {roles.length === 0 ? (
          <p className="muted">No roles recorded.</p>
        ) : (
          <div className="table-scroll">
            <table className="plain">
              <caption className="sr-only">Actors and their roles in {conflict.shortName}</caption>
              <thead>
                <tr>
                  <th scope="col">Role</th>
                  <th scope="col">Actor</th>
                  <th scope="col">When</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {[...byRole.entries()].flatMap(([role, items]) =>
                  items.map((r, i) => (
                    <tr key={r.id}>
                      <td>{i === 0 ? <strong>{label("role", role)}</strong> : null}</td>
                      <td>
                        <Link href={`/actors/${r.actor.slug}`}>{r.actor.name}</Link> {r.actor.russian ? <Badge tone="russian">Russia</Badge> : null}
                      </td>
                      <td>{formatPeriod(r.fromDate, r.toDate, r.fromDate ? "present" : "")}</td>
                      <td>
                        {r.note ?? ""} <CiteMark citation={r.citation} />
                      </td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section title="Missions and deployments" id="missions">
        {missions.length === 0 ? (
          <p className="muted">No mission recorded in this conflict.</p>
        ) : (
          <ul className="plain">
            {missions.map((m) => (
              <li key={m.slug}>
                <Link href={`/missions/${m.slug}`}>
                  <strong>{m.name}</strong>
                </Link>{" "}
                <span className="badge">{label("missionKind", m.kind)}</span> <span className="badge">{label("missionCategory", m.category)}</span>{" "}
                <span className="muted small">
                  {formatMissionPeriod(m)}
                  {m.lead ? ` · led by ${m.lead.name}` : ""}
                </span>{" "}
                <PeriodCiteMarks citation={m.citation} endCitation={m.endCitation} />
                {m.mandates.map((d) => (
                  <details key={d.slug} style={{ marginTop: "0.35rem" }}>
                    <summary>
                      Mandate: {d.title} {d.documentDate ? `(${formatPartialDate(d.documentDate)})` : ""}
                    </summary>
                    <MandateClauses clauses={d.clauses} annotate={{ mandateSlug: d.slug, mandateTitle: d.title }} />
                  </details>
                ))}
              </li>
            ))}
          </ul>
        )}
        {strength.data.length ? (
          <div style={{ marginTop: "1rem" }}>
            <StrengthChart {...strengthSeries(strength, missions)} title={`Peace-operation strength in ${conflict.shortName}`} />
          </div>
        ) : null}
      </Section>

      <Section title="Figures" hint="curated from the dossier and cited documents" id="figures">
        {figures.length ? <FiguresTable rows={figures} exportParams={{ conflict: conflict.slug, curated: "true" }} /> : <p className="muted">No curated figure describes this conflict yet.</p>}
      </Section>

      <AnalystEstimates conflict={{ id: conflict.id, slug: conflict.slug, name: conflict.name }} />

      <Section title="The dossier's arguments" id="arguments">
        <ArgumentList items={detail.arguments} annotate />
      </Section>
    </>
  );
}
