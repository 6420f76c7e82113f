import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badges";
import { FigureChip } from "@/components/ui/figure-chip";
import { PageHeader, Section } from "@/components/ui/page-header";
import { PageLinks } from "@/components/ui/page-links";
import { describeLocator } from "@/lib/citation-text";
import { formatFigurePeriod, formatNumber } from "@/lib/format";
import { countFigures, FIGURE_SORTS, listFigures, type FigureSort } from "@/lib/queries/figures";
import { getSourceByKey } from "@/lib/queries/sources";
import { z } from "zod";
import { PageParam, readParam, type ParamProblem } from "@/lib/schemas";

type Props = { params: Promise<{ key: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 100;
const SortParam = z.enum(FIGURE_SORTS, { message: `is not an order this table has (${FIGURE_SORTS.join(", ")})` });

/** Next hands the segment over still percent-encoded ("ucdp-brd%4024.1"); a malformed escape finds nothing. */
function sourceKey(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = getSourceByKey(sourceKey((await params).key));
  return { title: source ? source.shortTitle : "Source not found" };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const source = getSourceByKey(sourceKey((await params).key));
  if (!source) notFound();
  const problems: ParamProblem[] = [];
  const query = await searchParams;
  const page = readParam(query, "page", PageParam, 1, problems);
  const sort = readParam<FigureSort | undefined>(query, "sort", SortParam, undefined, problems);
  const total = countFigures({ sourceId: source.id, allReleases: true });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(page, pages);
  // Server-side pagination: a release can hold hundreds of thousands of values.
  // …and sorting in SQL, so the order holds across pages.
  const figures = listFigures({ sourceId: source.id, allReleases: true }, { limit: PAGE_SIZE, offset: (current - 1) * PAGE_SIZE, sort });
  const href = (p: number, s: FigureSort | undefined = sort) => `/sources/${encodeURIComponent(source.key)}?${new URLSearchParams({ ...(s ? { sort: s } : {}), page: String(p) })}`;
  /** A column header that sorts by it: ascending first, then descending, then back to the default order. */
  const sortHeader = (label: string, key: "value" | "date" | "subject", numeric = false) => {
    const state = sort === key ? "ascending" : sort === `-${key}` ? "descending" : "none";
    const next: FigureSort | undefined = state === "none" ? key : state === "ascending" ? `-${key}` : undefined;
    return (
      <th scope="col" className={numeric ? "num" : undefined} aria-sort={state}>
        <Link href={href(1, next)} aria-label={`Sort by ${label}${state === "none" ? "" : `, sorted ${state}`}`}>
          {label}
          {state === "ascending" ? " ▲" : state === "descending" ? " ▼" : ""}
        </Link>
      </th>
    );
  };
  return (
    <>
      <PageHeader crumbs={[{ href: "/sources", label: "Sources" }]} eyebrow={source.kind === "dataset" ? `Data-set release · ${source.dataset}` : source.kind} title={source.title}>
        {source.outsideDossier ? (
          <p>
            <Badge tone="outside">outside the dossier and the bundled data sets</Badge>
          </p>
        ) : null}
        <dl className="facts">
          <dt>Cite as</dt>
          <dd>{source.citation}</dd>
          {source.publisher ? (
            <>
              <dt>Publisher</dt>
              <dd>{source.publisher}</dd>
            </>
          ) : null}
          {source.authors ? (
            <>
              <dt>Authors</dt>
              <dd>{source.authors}</dd>
            </>
          ) : null}
          {source.publishedOn ? (
            <>
              <dt>Published</dt>
              <dd>{source.publishedOn}</dd>
            </>
          ) : null}
          {source.version ? (
            <>
              <dt>Version</dt>
              <dd>{source.version}</dd>
            </>
          ) : null}
          {source.licence ? (
            <>
              <dt>Licence</dt>
              <dd>{source.licence}</dd>
            </>
          ) : null}
          {source.url ? (
            <>
              <dt>Address</dt>
              <dd>
                <a href={source.url}>{source.url}</a>
                {source.accessedOn ? ` (accessed ${source.accessedOn})` : ""}
              </dd>
            </>
          ) : null}
          {source.fileName ? (
            <>
              <dt>File</dt>
              <dd>
                <span className="mono">{source.fileName}</span> · {formatNumber(source.rowCount)} rows · SHA-256 <span className="mono">{source.fileSha256?.slice(0, 16)}…</span>
                {source.importedAt ? ` · imported ${source.importedAt.slice(0, 10)}` : ""}
              </dd>
            </>
          ) : null}
          {source.note ? (
            <>
              <dt>Note</dt>
              <dd>{source.note}</dd>
            </>
          ) : null}
        </dl>
      </PageHeader>
      <Section title="Figures from this source" hint={`${formatNumber(total)} in all`}>
        {problems.length ? (
          <p className="notice warn" role="status">
            {problems.map((p) => `Parameter “${p.parameter}”: ${p.message}; ${p.parameter === "sort" ? "showing the default order" : "showing page 1"}.`).join(" ")}
          </p>
        ) : null}
        {total === 0 ? (
          <p className="muted">No figure cites this source directly{source.citations ? `; it is cited ${source.citations} times for roles, dates and clauses` : ""}.</p>
        ) : (
          <>
            <div className="table-scroll">
              <table className="plain">
                <caption className="sr-only">Figures from {source.shortTitle}, page {current}</caption>
                <thead>
                  <tr>
                    {sortHeader("Subject", "subject")}
                    <th scope="col">Measure</th>
                    {sortHeader("Value", "value", true)}
                    {sortHeader("Date", "date")}
                    <th scope="col">Series</th>
                    <th scope="col">Locator</th>
                  </tr>
                </thead>
                <tbody>
                  {figures.map((f) => (
                    <tr key={f.id}>
                      <td>{f.subject}</td>
                      <td>{f.measureLabel}</td>
                      <td className="num">
                        <FigureChip figure={f} />
                      </td>
                      <td>{formatFigurePeriod(f)}</td>
                      <td>{f.variant || "—"}</td>
                      <td className="locator">{describeLocator(f.locator)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <PageLinks page={current} pages={pages} href={href} />
          </>
        )}
      </Section>
    </>
  );
}
