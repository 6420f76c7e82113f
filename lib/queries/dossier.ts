import "server-only";
import { getPrisma, getSqlite } from "../db";
import { getArgumentsForArticle } from "./arguments";

export type ArticleListRow = {
  slug: string;
  number: number;
  title: string;
  titleIsDescriptive: boolean;
  lineStart: number;
  lineEnd: number;
  summary: string;
  author: string;
  affiliation: string;
  arguments: number;
};

export function listArticles(): ArticleListRow[] {
  return (
    getSqlite()
      .prepare(
        `SELECT a.slug, a.number, a.title, a."titleIsDescriptive", a."lineStart", a."lineEnd", a.summary,
                au.name AS author, au.affiliation,
                (SELECT COUNT(*) FROM "Argument" g WHERE g."articleId" = a.id) AS arguments
         FROM "Article" a JOIN "Author" au ON au.id = a."authorId" ORDER BY a.number`,
      )
      .all() as (Omit<ArticleListRow, "titleIsDescriptive"> & { titleIsDescriptive: number })[]
  ).map((a) => ({ ...a, titleIsDescriptive: Boolean(a.titleIsDescriptive) }));
}

export async function getArticleDetail(slug: string) {
  const article = await getPrisma().article.findUnique({ where: { slug }, include: { author: true } });
  if (!article) return null;
  const dossier = getSqlite().prepare(`SELECT id, key, title, publisher, "publishedOn", citation FROM "Source" WHERE kind = 'dossier' ORDER BY id LIMIT 1`).get() as
    | { id: number; key: string; title: string; publisher: string | null; publishedOn: string | null; citation: string }
    | undefined;
  return {
    article: {
      id: article.id,
      slug: article.slug,
      number: article.number,
      title: article.title,
      titleIsDescriptive: article.titleIsDescriptive,
      lineStart: article.lineStart,
      lineEnd: article.lineEnd,
      summary: article.summary,
      author: { name: article.author.name, affiliation: article.author.affiliation, bio: article.author.bio },
    },
    dossier: dossier ?? null,
    arguments: await getArgumentsForArticle(article.id),
  };
}

export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof getArticleDetail>>>;
