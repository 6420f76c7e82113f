import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ConflictsTable } from "@/components/tables/conflicts/conflicts-table";
import { listConflicts } from "@/lib/queries/conflicts";

// Read from the database at request time, never prerendered at build.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Conflicts" };

export default function ConflictsPage() {
  const rows = listConflicts();
  return (
    <>
      <PageHeader
        title="Conflicts"
        lede="Every conflict Parallax holds: the post-Soviet conflicts the dossier studies, Central Asia and Afghanistan, Syria, Africa, and those added from the UCDP data. Battle-related deaths and years at war intensity come from the newest UCDP releases, summed over the UCDP conflicts mapped to each row."
      />
        <ConflictsTable rows={rows} />
    </>
  );
}
