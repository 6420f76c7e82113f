import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FigureDisputes } from "@/components/annotations/analyst-estimates";
import { AnnotationThread } from "@/components/annotations/annotation-thread";
import { Badge } from "@/components/ui/badges";
import { ComparisonList } from "@/components/ui/comparison-list";
import { PageHeader, Section } from "@/components/ui/page-header";
import { describeLocator, sourceLabel } from "@/lib/citation-text";
import { formatFigurePeriod, formatNumber } from "@/lib/format";
import { listComparisons } from "@/lib/queries/conflicts";
import { getFigure } from "@/lib/queries/figures";
import { IdParam } from "@/lib/schemas";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const parsed = IdParam.safeParse((await params).id);
  return parsed.success ? getFigure(parsed.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const figure = await load(params);
  return { title: figure ? `${figure.subject}: ${figure.display}` : "Figure not found" };
}

export default async function FigurePage({ params }: Props) {
  const figure = await load(params);
  if (!figure) notFound();
  const comparisons = figure.comparisonKey ? listComparisons([figure.comparisonKey]) : [];
  const loc = figure.locator;
  return (
    <>
      <PageHeader crumbs={[{ href: "/figures", label: "Figures" }]} eyebrow={figure.measureLabel} title={`${figure.display} ${figure.unit}`} lede={figure.subject}>
        <AnnotationThread type="figure" entryKey={String(figure.id)} label={`${figure.subject}: ${figure.display} ${figure.unit}`} />
      </PageHeader>
      <Section title="The figure">
        <dl className="facts">
          <dt>Measure</dt>
          <dd>
            {figure.measureLabel} ({figure.unit})
          </dd>
          <dt>Value</dt>
          <dd>
            best {formatNumber(figure.best)} · low {formatNumber(figure.low)} · high {formatNumber(figure.high)} · stated as “{figure.display}”
          </dd>
          <dt>Date or period</dt>
          <dd>{formatFigurePeriod(figure)}</dd>
          {figure.variant ? (
            <>
              <dt>Series</dt>
              <dd>{figure.variant}</dd>
            </>
          ) : null}
          <dt>Describes</dt>
          <dd>
            {figure.conflict ? <Link href={`/conflicts/${figure.conflict.slug}`}>{figure.conflict.name}</Link> : null}
            {figure.mission ? <Link href={`/missions/${figure.mission.slug}`}>{figure.mission.name}</Link> : null}
            {figure.actor ? <Link href={`/actors/${figure.actor.slug}`}>{figure.actor.name}</Link> : null}
            {!figure.conflict && !figure.mission && !figure.actor ? figure.subject : null}
          </dd>
          {figure.note ? (
            <>
              <dt>Note</dt>
              <dd>{figure.note}</dd>
            </>
          ) : null}
        </dl>
      </Section>
      <Section title="Source">
        <p>
          <Link href={`/sources/${encodeURIComponent(figure.source.key)}`}>
            <strong>{sourceLabel(figure.source)}</strong>
          </Link>{" "}
          — {figure.source.title} {figure.source.outsideDossier ? <Badge tone="outside">outside the dossier</Badge> : null}
        </p>
        <p>
          <strong>Locator:</strong> {describeLocator(loc)}
        </p>
        {loc.kind === "dossier" ? (
          <blockquote className="quote" data-testid="figure-quote">
            {loc.quote}
          </blockquote>
        ) : loc.kind === "document" && loc.quote ? (
          <blockquote className="quote">{loc.quote}</blockquote>
        ) : null}
        {loc.kind === "dossier" ? (
          <p className="small">
            From article {loc.articleNumber}, <Link href={`/dossier/${loc.articleSlug}`}>{loc.articleTitle}</Link> by {loc.author}.
          </p>
        ) : null}
      </Section>
      <FigureDisputes figure={figure} />
      {comparisons.length ? (
        <Section title="Other sources for the same quantity">
          <ComparisonList items={comparisons} />
        </Section>
      ) : null}
    </>
  );
}
