import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BarsChart } from "@/components/charts/bars-chart";
import { DeathsChart } from "@/components/charts/deaths-chart";
import { AnnotationThread } from "@/components/annotations/annotation-thread";
import { ArgumentList } from "@/components/ui/argument-list";
import { label } from "@/components/ui/badges";
import { CiteMark } from "@/components/ui/cite-mark";
import { PageHeader, Section } from "@/components/ui/page-header";
import { FiguresTable } from "@/components/tables/figures/figures-table";
import { sourceLabel } from "@/lib/citation-text";
import { forceComponentBars } from "@/lib/force-components";
import { formatMissionPeriod, formatPeriod } from "@/lib/format";
import { getActorDetail } from "@/lib/queries/actors";
import { colourFor } from "@/lib/series";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const detail = await getActorDetail((await params).slug);
  return { title: detail ? detail.actor.name : "Actor not found" };
}

export default async function ActorPage({ params }: Props) {
  const detail = await getActorDetail((await params).slug);
  if (!detail) notFound();
  const { actor, roles, ledMissions, contributions, figures, members } = detail;
  // Yearly data-set series (UN peacekeeping totals) become a chart; single curated figures become bars and a table.
  const yearly = figures.filter((f) => f.source.kind === "dataset" && f.year !== null);
  const curated = figures.filter((f) => !(f.source.kind === "dataset" && f.year !== null));
  const bars = forceComponentBars(curated);
  const yearlyMeasures = [...new Set(yearly.map((f) => f.measure))];
  const yearlySource = yearly[0] ? sourceLabel(yearly[0].source) : "";
  return (
    <>
      <PageHeader
        crumbs={[{ href: "/actors", label: "Actors" }]}
        eyebrow={
          <>
            {label("actorKind", actor.kind)}
            {actor.state ? (
              <>
                {" "}
                · <Link href={`/actors/${actor.state.slug}`}>{actor.state.name}</Link>
              </>
            ) : null}
          </>
        }
        title={actor.name}
        lede={actor.description}
      >
        <AnnotationThread type="actor" entryKey={actor.slug} label={actor.name} />
      </PageHeader>
      {bars.length ? (
        <Section title="Force components" id="components">
          <BarsChart title={`${actor.shortName ?? actor.name}: forces`} bars={bars} sourceLine={`Source: ${[...new Set(bars.map((b) => b.sourceLine))].join("; ")}`} />
        </Section>
      ) : null}
      {yearlyMeasures.length ? (
        <Section title="Per year" hint={yearlySource} id="yearly">
          <DeathsChart
            title={`${actor.shortName ?? actor.name}: ${yearlyMeasures.map((m) => yearly.find((f) => f.measure === m)?.measureLabel ?? m).join(", ")} per year`}
            series={yearlyMeasures.map((m, i) => ({
              key: m,
              label: yearly.find((f) => f.measure === m)?.measureLabel ?? m,
              colour: colourFor(i),
              points: yearly.filter((f) => f.measure === m && f.best !== null).map((f) => ({ year: f.year!, best: f.best!, low: f.best!, high: f.best! })),
            }))}
            releaseLabel={yearlySource}
            sourceLine={`Source: ${yearlySource}.`}
            measure={`${yearlyMeasures.map((m) => yearly.find((f) => f.measure === m)?.measureLabel ?? m).join(", ")} per year`}
            additive={false}
          />
        </Section>
      ) : null}
      <Section title="Roles in conflicts" id="roles">
        {roles.length === 0 ? (
          <p className="muted">No role recorded.</p>
        ) : (
          <table className="plain">
            <caption className="sr-only">Roles of {actor.name} in conflicts</caption>
            <thead>
              <tr>
                <th scope="col">Conflict</th>
                <th scope="col">Role</th>
                <th scope="col">When</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {roles.map((r, i) => (
                <tr key={`${r.conflict.slug}-${r.role}-${i}`}>
                  <td>
                    <Link href={`/conflicts/${r.conflict.slug}`}>{r.conflict.name}</Link>
                  </td>
                  <td>{label("role", r.role)}</td>
                  <td>{formatPeriod(r.fromDate, r.toDate, r.fromDate ? "present" : "")}</td>
                  <td>
                    {r.note ?? ""} <CiteMark citation={r.citation} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      {ledMissions.length || contributions.length ? (
        <Section title="Missions" id="missions">
          <ul className="plain">
            {ledMissions.map((m) => (
              <li key={m.slug}>
                Leads <Link href={`/missions/${m.slug}`}>{m.name}</Link> <span className="muted small">({formatMissionPeriod(m)})</span>
              </li>
            ))}
            {contributions.map((c) => (
              <li key={c.mission.slug}>
                Contributes to <Link href={`/missions/${c.mission.slug}`}>{c.mission.name}</Link>
                {c.note ? ` — ${c.note}` : ""} <CiteMark citation={c.citation} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {members.length ? (
        <Section title="Units and bodies of this state" id="members">
          <ul className="plain">
            {members.map((m) => (
              <li key={m.slug}>
                <Link href={`/actors/${m.slug}`}>{m.name}</Link> <span className="muted small">{label("actorKind", m.kind)}</span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {curated.length ? (
        <Section title="Figures" id="figures">
            <FiguresTable rows={curated} exportParams={{ actor: actor.slug, curated: "true" }} />
        </Section>
      ) : null}
      <Section title="The dossier's arguments" id="arguments">
        <ArgumentList items={detail.arguments} annotate />
      </Section>
    </>
  );
}
