import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArgumentList } from "@/components/ui/argument-list";
import { PageHeader, Section } from "@/components/ui/page-header";
import { getArticleDetail } from "@/lib/queries/dossier";

type Props = { params: Promise<{ article: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const detail = await getArticleDetail((await params).article);
  return { title: detail ? detail.article.title : "Article not found" };
}

export default async function ArticlePage({ params }: Props) {
  const detail = await getArticleDetail((await params).article);
  if (!detail) notFound();
  const { article, dossier } = detail;
  return (
    <>
      <PageHeader
        crumbs={[{ href: "/dossier", label: "Dossier" }]}
        eyebrow={`Article ${article.number} · lines ${article.lineStart}–${article.lineEnd}${dossier ? ` of ${dossier.title}` : ""}`}
        title={article.title}
        lede={article.summary}
      >
        <p>
          <strong>{article.author.name}</strong>, {article.author.affiliation}
          {article.titleIsDescriptive ? <span className="muted small"> · the text carries no title; this one is descriptive</span> : null}
        </p>
        {article.author.bio ? <p className="small muted">{article.author.bio}</p> : null}
        {dossier ? (
          <p className="small">
            Cite as: {dossier.citation} <Link href={`/sources/${encodeURIComponent(dossier.key)}`}>(source)</Link>
          </p>
        ) : null}
      </PageHeader>
      <Section title="Arguments" hint={`${detail.arguments.length} claims, each with its exact words`}>
        <ArgumentList items={detail.arguments} showArticle={false} annotate />
      </Section>
    </>
  );
}
