import "server-only";
import { getPrisma, getSqlite } from "../db";
import { getCitations, type CitationView } from "./citations";
import { listFigures, type FigureView } from "./figures";

/** The argument fields every page shows; Prisma `include` that yields them. */
export const argumentInclude = {
  article: { select: { slug: true, title: true, number: true, author: { select: { name: true } } } },
  figures: { select: { figureId: true } },
} as const;

type ArgumentWithArticle = {
  slug: string;
  summary: string;
  quote: string;
  position: number;
  citationId: number;
  article: { slug: string; title: string; number: number; author: { name: string } };
  figures: { figureId: number }[];
};

export type ArgumentView = {
  slug: string;
  summary: string;
  quote: string;
  article: { slug: string; title: string; number: number; author: string };
  citation: CitationView | null;
  figures: FigureView[];
};

/** Orders arguments as the dossier does and resolves their citations and figures in two queries. */
export function toArgumentViews(args: ArgumentWithArticle[]): ArgumentView[] {
  const sorted = [...args].sort((a, b) => a.article.number - b.article.number || a.position - b.position);
  const citations = getCitations(sorted.map((a) => a.citationId));
  const figureIds = [...new Set(sorted.flatMap((a) => a.figures.map((f) => f.figureId)))];
  const figures = new Map(listFigures({ ids: figureIds, allReleases: true }).map((f) => [f.id, f]));
  return sorted.map((a) => ({
    slug: a.slug,
    summary: a.summary,
    quote: a.quote,
    article: { slug: a.article.slug, title: a.article.title, number: a.article.number, author: a.article.author.name },
    citation: citations.get(a.citationId) ?? null,
    figures: a.figures.map((f) => figures.get(f.figureId)).filter((f): f is FigureView => f !== undefined),
  }));
}

export type ArgumentListRow = {
  slug: string;
  summary: string;
  quote: string;
  articleSlug: string;
  articleTitle: string;
  articleNumber: number;
  author: string;
  lineStart: number;
  lineEnd: number;
  conflicts: string;
  missions: string;
  actors: string;
  figures: number;
};

/** All arguments for the arguments table, with their links flattened to text. */
export function listArguments(filter: { conflictId?: number; articleId?: number } = {}): ArgumentListRow[] {
  const where: string[] = [];
  if (filter.conflictId !== undefined) where.push(`g.id IN (SELECT "argumentId" FROM "ArgumentConflict" WHERE "conflictId" = :conflictId)`);
  if (filter.articleId !== undefined) where.push(`g."articleId" = :articleId`);
  return getSqlite()
    .prepare(
      `SELECT g.slug, g.summary, g.quote, a.slug AS "articleSlug", a.title AS "articleTitle", a.number AS "articleNumber",
              au.name AS author, c."lineStart", c."lineEnd",
              COALESCE((SELECT string_agg(x."shortName", ', ') FROM "ArgumentConflict" ac JOIN "Conflict" x ON x.id = ac."conflictId" WHERE ac."argumentId" = g.id), '') AS conflicts,
              COALESCE((SELECT string_agg(x.name, ', ') FROM "ArgumentMission" am JOIN "Mission" x ON x.id = am."missionId" WHERE am."argumentId" = g.id), '') AS missions,
              COALESCE((SELECT string_agg(x.name, ', ') FROM "ArgumentActor" aa JOIN "Actor" x ON x.id = aa."actorId" WHERE aa."argumentId" = g.id), '') AS actors,
              (SELECT COUNT(*) FROM "ArgumentFigure" af WHERE af."argumentId" = g.id) AS figures
       FROM "Argument" g
       JOIN "Article" a ON a.id = g."articleId"
       JOIN "Author" au ON au.id = a."authorId"
       JOIN "Citation" c ON c.id = g."citationId"
       ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
       ORDER BY a.number, g.position`,
    )
    .all(filter) as ArgumentListRow[];
}

export async function getArgumentsForArticle(articleId: number): Promise<ArgumentView[]> {
  const args = await getPrisma().argument.findMany({ where: { articleId }, include: argumentInclude });
  return toArgumentViews(args);
}
