import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { FiguresTable } from "@/components/tables/figures/figures-table";
import { listFigures } from "@/lib/queries/figures";

// Read from the database at request time, never prerendered at build.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Figures" };

export default function FiguresPage() {
  const rows = listFigures({ curatedOnly: true });
  return (
    <>
      <PageHeader
        title="Figures"
        lede="Every curated figure: each number the dossier gives, with its exact quote, and figures from cited documents. Data-set values (UCDP, SIPRI/IPI, UN) are browsed per release on the sources page and drawn in the charts of each conflict and mission."
      >
        <p>
          <Link href="/sources">Data-set releases</Link> · <a href="/api/v1/figures?curated=true">as JSON</a>
        </p>
      </PageHeader>
        <FiguresTable rows={rows} exportParams={{ curated: "true" }} />
    </>
  );
}
