import Link from "next/link";
import { PageHeader, Section } from "@/components/ui/page-header";
import { Quote } from "@/components/ui/quote";
import { StatusBadge } from "@/components/ui/badges";
import { Sourced } from "@/components/ui/sourced";
import { derivedTip } from "@/lib/citation-text";
import { formatNumber } from "@/lib/format";
import { listConflicts } from "@/lib/queries/conflicts";
import { getArticleDetail, listArticles } from "@/lib/queries/dossier";
import { getHoldings, listSources } from "@/lib/queries/sources";

// Read from the database at request time, never prerendered at build.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const holdings = getHoldings();
  const articles = listArticles();
  const intro = articles[0] ? await getArticleDetail(articles[0].slug) : null;
  const conflicts = listConflicts();
  const sources = listSources();
  const releases = sources.filter((s) => s.dataset);
  return (
    <>
      <PageHeader
        title="Russia's peacekeeping, compared"
        lede="Parallax puts conflicts side by side — the peace operations in them, the mandates behind those operations, the actors and their roles, casualty and force figures — with the arguments of the ISPI dossier Peacekeeping: The Russian Way (2021) beside the numbers. Every figure carries its source: hover a number to see where it comes from, click it for the passage or the data row."
      />
      <div className="stats" aria-label="What Parallax holds">
        <Stat n={holdings.conflicts} label="conflicts" href="/conflicts" />
        <Stat n={holdings.missions} label="missions and deployments" href="/missions" />
        <Stat n={holdings.actors} label="actors" href="/actors" />
        <Stat n={holdings.arguments} label={`arguments from ${holdings.articles} dossier articles`} href="/dossier" />
        <Stat n={holdings.curatedFigures} label="curated figures with quotes" href="/figures" />
        <Stat n={holdings.datasetFigures} label="data-set values" href="/sources" />
        <Stat n={holdings.releases} label="data-set releases" href="/sources" />
      </div>
      <div className="grid-2" style={{ marginTop: "1.1rem" }}>
        {intro ? (
          <Section title="What the dossier asks" hint={`${intro.article.author.name}, introduction`}>
            <ul className="plain">
              {intro.arguments.slice(0, 4).map((a) => (
                <li key={a.slug}>
                  <p style={{ marginBottom: "0.25rem" }}>{a.summary}</p>
                  <Quote text={a.quote} citation={a.citation} />
                </li>
              ))}
            </ul>
            <p>
              <Link href={`/dossier/${intro.article.slug}`}>Read the introduction&apos;s arguments</Link> ·{" "}
              <Link href="/dossier">all eight articles</Link>
            </p>
          </Section>
        ) : null}
        <Section title="Conflicts" hint="UCDP battle-related deaths, all years in the newest release">
          <table className="plain">
            <caption className="sr-only">Conflicts with their status and UCDP battle-related deaths</caption>
            <thead>
              <tr>
                <th scope="col">Conflict</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Battle deaths
                </th>
              </tr>
            </thead>
            <tbody>
              {conflicts.map((c) => (
                <tr key={c.slug}>
                  <td>
                    <Link href={`/conflicts/${c.slug}`}>{c.name}</Link>
                  </td>
                  <td>
                    <StatusBadge status={c.status} />
                  </td>
                  <td className="num">
                    {c.brdTotal === null ? (
                      "—"
                    ) : (
                      <Sourced
                        text={formatNumber(c.brdTotal)}
                        href={`/conflicts/${c.slug}#deaths`}
                        tip={derivedTip(c.brdRelease, `UCDP conflict ${c.ucdpIds}: sum of the best estimates over the years mapped to this conflict`)}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      </div>
      <Section title="Sources" hint="every figure points to one of these">
        <ul className="plain">
          {sources
            .filter((s) => s.kind === "dossier")
            .map((s) => (
              <li key={s.key}>
                <Link href={`/sources/${encodeURIComponent(s.key)}`}>{s.title}</Link> — {s.citation}
              </li>
            ))}
          {releases.map((s) => (
            <li key={s.key}>
              <Link href={`/sources/${encodeURIComponent(s.key)}`}>{s.shortTitle}</Link> — {s.title}
              {s.licence ? <span className="muted"> · {s.licence}</span> : null}
              <span className="muted">
                {" "}
                · {s.rowCount !== null ? `${formatNumber(s.rowCount)} rows` : null}
                {s.figures ? `${s.rowCount !== null ? ", " : ""}${formatNumber(s.figures)} values` : null}
              </span>
            </li>
          ))}
        </ul>
        <p>
          <Link href="/sources">All sources, licences and citations</Link>
        </p>
      </Section>
    </>
  );
}

function Stat({ n, label, href }: { n: number; label: string; href: string }) {
  return (
    <Link href={href} className="stat">
      <div className="n">{formatNumber(n)}</div>
      <div className="l">{label}</div>
    </Link>
  );
}
