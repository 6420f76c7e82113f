import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { z } from "zod";
import { ReleasesTable } from "@/components/imports/releases-table";
import { RevisionDetails, RevisionPairs, type RevisionSelection } from "@/components/imports/revision-pairs";
import { UploadForm } from "@/components/imports/upload-form";
import { getCurrentUser } from "@/lib/auth-session";
import { hasRole } from "@/lib/permissions";
import { PageHeader, Section } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Imports" };

const Params = z.object({
  revisions: z
    .string()
    .regex(/^\d+-\d+$/)
    .transform((v) => v.split("-").map(Number) as [number, number])
    .optional()
    .catch(undefined),
  change: z.enum(["changed", "added", "removed"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).optional().catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ImportsPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  const raw = await searchParams;
  const params = Params.parse({
    revisions: typeof raw.revisions === "string" ? raw.revisions : undefined,
    change: typeof raw.change === "string" ? raw.change : undefined,
    page: typeof raw.page === "string" ? raw.page : undefined,
  });
  const selection: RevisionSelection | undefined = params.revisions
    ? { from: params.revisions[0], to: params.revisions[1], change: params.change, page: params.page ?? 1 }
    : undefined;

  return (
    <>
      <PageHeader
        title="Imports"
        lede={
          <>
            New UCDP releases and spreadsheet copies of them go in here or with <code>npm run import -- &lt;file&gt;</code>: the same
            detection, validation and report. A file with any error is refused whole; a newer release never erases an older one, and
            Parallax shows the newest. UCDP conflicts no Parallax conflict maps yet are on <Link href="/unmapped">Unmapped</Link>.
          </>
        }
      />
      <Section title="Import a file" id="upload">
        {hasRole(user, "admin") ? (
          <UploadForm />
        ) : (
          <p className="notice info">
            Importing needs an admin account: a new release changes what every reader sees. {user ? "Ask an admin for the role." : <Link href="/login?next=/imports">Sign in</Link>}{" "}
            Admins can also import from the command line: <code>npm run import -- &lt;file&gt;</code>.
          </p>
        )}
      </Section>
      <Section title="Releases" hint="the newest of each data set is the one pages show" id="releases">
        <ReleasesTable />
      </Section>
      <Section title="Revisions between releases" hint="values changed, added or removed from one release to the next" id="revisions">
        <RevisionPairs selected={selection} />
        {selection ? (
          <Suspense key={`${selection.from}-${selection.to}-${selection.change ?? ""}-${selection.page}`} fallback={<p className="muted">Comparing the releases…</p>}>
            <RevisionDetails selection={selection} />
          </Suspense>
        ) : null}
      </Section>
    </>
  );
}
