import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ActorsTable } from "@/components/tables/actors/actors-table";
import { listActors } from "@/lib/queries/actors";

// Read from the database at request time, never prerendered at build.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Actors" };

export default function ActorsPage() {
  return (
    <>
      <PageHeader
        title="Actors"
        lede="States, regional and international organisations, mediation formats, de facto authorities, armed groups, private military companies and military units — with the roles they play in each conflict."
      />
        <ActorsTable rows={listActors()} />
    </>
  );
}
