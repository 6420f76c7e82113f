import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, Section } from "@/components/ui/page-header";
import { ArgumentsTable } from "@/components/tables/arguments/arguments-table";
import { listArguments } from "@/lib/queries/arguments";
import { listArticles } from "@/lib/queries/dossier";
import { getSourceByKey } from "@/lib/queries/sources";

// Read from the database at request time, never prerendered at build.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "The dossier" };

export default function DossierPage() {
  const articles = listArticles();
  const dossier = getSourceByKey("ispi-2021");
  return (
    <>
      <PageHeader
        title={dossier?.title ?? "Peacekeeping: The Russian Way"}
        eyebrow={dossier ? `${dossier.publisher ?? ""}${dossier.publishedOn ? `, ${dossier.publishedOn}` : ""}` : undefined}
        lede="The dossier's eight articles, the claims each makes — with the exact words and where they stand in the text — and the conflicts, missions, actors and figures every claim speaks of."
      />
      <Section title="Articles">
        <ol className="plain">
          {articles.map((a) => (
            <li key={a.slug}>
              <Link href={`/dossier/${a.slug}`}>
                <strong>{a.title}</strong>
              </Link>
              {a.titleIsDescriptive ? <span className="muted small"> (descriptive title: the text has none)</span> : null}
              <br />
              <span className="muted small">
                {a.author}, {a.affiliation} · lines {a.lineStart}–{a.lineEnd} · {a.arguments} arguments
              </span>
              <p className="small" style={{ margin: "0.25rem 0 0" }}>
                {a.summary}
              </p>
            </li>
          ))}
        </ol>
      </Section>
      <Section title="All arguments">
          <ArgumentsTable rows={listArguments()} />
      </Section>
    </>
  );
}
