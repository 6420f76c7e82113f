import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { UnmappedTable } from "@/components/imports/unmapped-table";
import { PageHeader, Section } from "@/components/ui/page-header";
import { PageLinks } from "@/components/ui/page-links";
import { listUnmappedConflicts } from "@/lib/queries/imports";
import { PageParam, readParam, type ParamProblem } from "@/lib/schemas";

export const metadata: Metadata = { title: "Unmapped UCDP conflicts" };

const LIMIT = 200;
const Params = z.object({ q: z.string().trim().max(100).optional().catch(undefined) });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UnmappedPage({ searchParams }: Props) {
  const raw = await searchParams;
  const { q } = Params.parse({ q: typeof raw.q === "string" ? raw.q : undefined });
  const problems: ParamProblem[] = [];
  const requested = readParam(raw, "page", PageParam, 1, problems);
  const first = listUnmappedConflicts({ q: q || undefined, limit: LIMIT, offset: (requested - 1) * LIMIT });
  const pages = Math.max(1, Math.ceil(first.total / LIMIT));
  const page = Math.min(requested, pages);
  // A page past the end shows the last one.
  const { total, rows } = page === requested ? first : listUnmappedConflicts({ q: q || undefined, limit: LIMIT, offset: (page - 1) * LIMIT });
  const href = (p: number) => `/unmapped?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;
  const caption =
    total === 0
      ? q
        ? `No unmapped UCDP conflict matches “${q}”.`
        : "Every UCDP conflict of the newest releases is mapped."
      : `${total.toLocaleString("en-GB")} unmapped UCDP conflict${total === 1 ? "" : "s"}${q ? ` matching “${q}”` : ""}, most deaths first${pages > 1 ? `; page ${page} of ${pages}` : ""}.`;
  return (
    <>
      <PageHeader
        crumbs={[{ href: "/imports", label: "Imports" }]}
        title="Unmapped UCDP conflicts"
        lede="UCDP conflicts in the newest BRD, ACD and GED releases that no Parallax conflict is linked to. Their rows are kept in the releases; link one to an existing conflict, or create a conflict from it, and its figures count from then on."
      />
      <Section title="Conflicts">
        <form method="get" role="search" className="picker-form" style={{ marginBottom: "0.5rem" }}>
          <label htmlFor="unmapped-q" className="sr-only">
            Search by location, side or UCDP id
          </label>
          <input id="unmapped-q" type="search" name="q" defaultValue={q ?? ""} placeholder="Location, side or UCDP id" />
          <button type="submit">Search</button>
          {q ? <Link href="/unmapped">Clear</Link> : null}
        </form>
        {problems.length ? (
          <p className="notice warn" role="status">
            {problems.map((p) => `Parameter “${p.parameter}”: ${p.message}; showing page 1.`).join(" ")}
          </p>
        ) : null}
        <UnmappedTable rows={rows} caption={caption} />
        {pages > 1 ? <PageLinks page={page} pages={pages} href={href} /> : null}
      </Section>
    </>
  );
}
