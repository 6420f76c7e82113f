import "server-only";
import { citationOrNull, type CitationView } from "./citations";

/** A mandate and its coded clauses as read from the database (Prisma or plain SQL), citations by id. */
export type MandateRow = {
  slug: string;
  title: string;
  documentDate: string | null;
  signatories: string;
  legalBasis: string | null;
  excerpt: string | null;
  url: string | null;
  citationId: number;
  clauses: { clause: string; status: string; text: string | null; citationId: number | null }[];
};

/** A mandate for display: the instrument and each clause with its source. */
export type MandateView = Omit<MandateRow, "citationId" | "clauses"> & {
  citation: CitationView | null;
  clauses: { clause: string; status: string; text: string | null; citation: CitationView | null }[];
};

/** The citations a list of mandates needs (the instrument's and every clause's), for one getCitations call. */
export function mandateCitationIds(mandates: MandateRow[]): (number | null)[] {
  return mandates.flatMap((d) => [d.citationId, ...d.clauses.map((c) => c.citationId)]);
}

export function toMandateView(d: MandateRow, citations: Map<number, CitationView>): MandateView {
  return {
    slug: d.slug,
    title: d.title,
    documentDate: d.documentDate,
    signatories: d.signatories,
    legalBasis: d.legalBasis,
    excerpt: d.excerpt,
    url: d.url,
    citation: citationOrNull(citations, d.citationId),
    clauses: d.clauses.map((c) => ({ clause: c.clause, status: c.status, text: c.text, citation: citationOrNull(citations, c.citationId) })),
  };
}
