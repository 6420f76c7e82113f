import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BarsChart } from "@/components/charts/bars-chart";
import { StrengthChart } from "@/components/charts/strength-chart";
import { AnnotationThread } from "@/components/annotations/annotation-thread";
import { ArgumentList } from "@/components/ui/argument-list";
import { label } from "@/components/ui/badges";
import { CiteMark, PeriodCiteMarks } from "@/components/ui/cite-mark";
import { MandateClauses } from "@/components/ui/mandate-clauses";
import { PageHeader, Section } from "@/components/ui/page-header";
import { FiguresTable } from "@/components/tables/figures/figures-table";
import { forceComponentBars } from "@/lib/force-components";
import { formatPartialDate, formatMissionPeriod, formatPeriod } from "@/lib/format";
import { getMissionDetail } from "@/lib/queries/missions";
import { strengthSeries } from "@/lib/strength-series";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const detail = await getMissionDetail((await params).slug);
  return { title: detail ? detail.mission.name : "Mission not found" };
}

export default async function MissionPage({ params }: Props) {
  const detail = await getMissionDetail((await params).slug);
  if (!detail) notFound();
  const { mission, conflicts, contributors, mandates, figures, strength } = detail;
  const bars = forceComponentBars(figures);
  return (
    <>
      <PageHeader
        crumbs={[{ href: "/missions", label: "Missions" }]}
        eyebrow={
          <>
            {label("missionKind", mission.kind)} · {label("missionCategory", mission.category)} · {label("missionStatus", mission.status)}
          </>
        }
        title={mission.name}
        lede={mission.summary}
      >
        <dl className="facts">
          {mission.acronym ? (
            <>
              <dt>Acronym</dt>
              <dd>{mission.acronym}</dd>
            </>
          ) : null}
          <dt>Period</dt>
          <dd>
            {formatMissionPeriod(mission)}{" "}
            <PeriodCiteMarks citation={mission.citation} endCitation={mission.endCitation} />
          </dd>
          <dt>Lead</dt>
          <dd>{mission.lead ? <Link href={`/actors/${mission.lead.slug}`}>{mission.lead.name}</Link> : "—"}</dd>
          <dt>Conflicts</dt>
          <dd>
            {conflicts.length
              ? conflicts.map((c, i) => (
                  <span key={c.slug}>
                    {i > 0 ? ", " : ""}
                    <Link href={`/conflicts/${c.slug}`}>{c.name}</Link>
                  </span>
                ))
              : "—"}
          </dd>
          <dt>Contributors</dt>
          <dd>
            {contributors.length
              ? contributors.map((c, i) => (
                  <span key={c.actor.slug}>
                    {i > 0 ? "; " : ""}
                    <Link href={`/actors/${c.actor.slug}`}>{c.actor.name}</Link>
                    {c.note ? ` (${c.note})` : ""} <CiteMark citation={c.citation} />
                  </span>
                ))
              : "—"}
          </dd>
          {mission.pkoMissionId ? (
            <>
              <dt>SIPRI/IPI panel id</dt>
              <dd className="mono">{mission.pkoMissionId}</dd>
            </>
          ) : null}
        </dl>
        <AnnotationThread type="mission" entryKey={mission.slug} label={mission.name} />
      </PageHeader>

      {strength.data.length ? (
        <Section title="Strength over time" id="strength">
          <StrengthChart {...strengthSeries(strength, [mission])} title={`${mission.acronym ?? mission.name}: personnel per month`} />
        </Section>
      ) : null}

      {bars.length ? (
        <Section title="Force components" id="components">
          <BarsChart title={`${mission.name}: components`} bars={bars} sourceLine={`Source: ${[...new Set(bars.map((b) => b.sourceLine))].join("; ")}`} />
        </Section>
      ) : null}

      <Section title="Mandate" hint="clause by clause; “not specified” means the instrument is silent" id="mandate">
        {mandates.length === 0 ? (
          <p className="muted">No instrument recorded for this mission.</p>
        ) : (
          mandates.map((d) => (
            <div key={d.slug} id={d.slug} style={{ marginBottom: "1rem" }}>
              <h3>
                {d.title} {d.documentDate ? <span className="muted">({formatPartialDate(d.documentDate)})</span> : null} <CiteMark citation={d.citation} />
              </h3>
              <p className="small">
                Signatories: {d.signatories}
                {d.legalBasis ? ` · Legal basis: ${d.legalBasis}` : ""}
                {d.url ? (
                  <>
                    {" "}
                    · <a href={d.url}>text</a>
                  </>
                ) : null}
              </p>
              {d.excerpt ? <blockquote className="quote">{d.excerpt}</blockquote> : null}
              <MandateClauses clauses={d.clauses} annotate={{ mandateSlug: d.slug, mandateTitle: d.title }} />
            </div>
          ))
        )}
      </Section>

      <Section title="Figures" id="figures">
        {figures.length ? (
            <FiguresTable rows={figures} exportParams={{ mission: mission.slug, curated: "true" }} />
        ) : (
          <p className="muted">No curated figure describes this mission.</p>
        )}
      </Section>

      <Section title="The dossier's arguments" id="arguments">
        <ArgumentList items={detail.arguments} annotate />
      </Section>
    </>
  );
}
