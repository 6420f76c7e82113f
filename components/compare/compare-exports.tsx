"use client";

import { usePath, useQuery } from "@/components/hooks/address";
import { ExportMenu, exportHref } from "@/components/tables/data-table/export-menu";
import { useEffect, useState } from "react";
import { COMPARE_NAMES } from "./comparison-table";

/** Export of one of /compare's derived tables (deaths by year, strength, mandate matrix) for the selection and view. */
export function CompareTableExport({ table, label }: { table: "deaths" | "strength" | "mandates"; label: string }) {
  return <ExportMenu target={{ table, prefixes: [], names: COMPARE_NAMES, label }} />;
}

/**
 * Whether a user is signed in, asked in the browser (as the header's account menu does): /compare
 * is cached for anonymous readers (docs/decisions/0004-page-cache.md), so its HTML never depends on
 * who reads it. The export checks the session again on the server.
 */
function useSignedIn(): boolean {
  const [signedIn, setSignedIn] = useState(false);
  useEffect(() => {
    let cancelled = false;
    fetch("/api/auth/get-session", { cache: "no-store", credentials: "same-origin" })
      .then((res) => (res.ok ? (res.json() as Promise<{ user?: unknown } | null>) : null))
      .then((session) => {
        if (!cancelled) setSignedIn(Boolean(session?.user));
      })
      .catch(() => {
        if (!cancelled) setSignedIn(false);
      });
    return () => {
      cancelled = true;
    };
  }, []);
  return signedIn;
}

/**
 * One workbook with every table of the comparison and its sources; a signed-in user may add the
 * team's notes on the compared entries (an "Annotations" sheet: team notes and their own private ones).
 */
export function ExportReportButton() {
  const search = useQuery();
  const pathname = usePath();
  const signedIn = useSignedIn();
  const [withNotes, setWithNotes] = useState(false);
  const params = signedIn && withNotes ? { annotations: "include" } : undefined;
  const href = exportHref({ table: "report", prefixes: ["table."], names: COMPARE_NAMES, params }, new URLSearchParams(search.toString()), pathname, "xlsx", "view");
  return (
    <>
      <a className="button primary" href={href} download>
        Export report (XLSX)
      </a>
      {signedIn ? (
        <>
          {" "}
          <label className="small report-notes">
            <input type="checkbox" checked={withNotes} onChange={(e) => setWithNotes(e.target.checked)} /> with the team&rsquo;s notes on these entries
          </label>
        </>
      ) : null}
    </>
  );
}
