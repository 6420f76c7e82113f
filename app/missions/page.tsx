import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { MissionsTable } from "@/components/tables/missions/missions-table";
import { listMissions } from "@/lib/queries/missions";

// Read from the database at request time, never prerendered at build.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Missions" };

export default function MissionsPage() {
  const rows = listMissions();
  return (
    <>
      <PageHeader
        title="Missions and deployments"
        lede="Peace operations, military presences, monitoring missions, exercises and proposals that were never deployed. Strength figures are the SIPRI / IPI peace-operations panel's monthly series where it covers the mission."
      />
        <MissionsTable rows={rows} />
    </>
  );
}
