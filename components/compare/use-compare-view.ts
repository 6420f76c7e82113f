"use client";

import { usePath, useQuery } from "@/components/hooks/address";
import { useCallback, useContext, useMemo } from "react";
import { parseView, writeView, type CompareView } from "@/lib/compare/params";
import { CompareExtentContext } from "./compare-view-context";

/**
 * The /compare view (metric, scale, years, hidden and ordered rows) read from and written to the
 * URL with native history.pushState: no server round trip, and back/forward step through changes.
 * Years beyond the selection's data (CompareViewProvider) are brought to its edge and named.
 *
 * `setView(next)` writes only what `next` changes against the view this render read, over the
 * address as it is now: two changes made before the page re-renders (a "from" year, then at once a
 * "to" year) both stay, instead of the second writing the first's stale value back. Writing takes
 * the view as shown: a year the page brought to the data's edge (from=2030 shown as 2023) is
 * written as shown by the next change, so the address then says what the page shows.
 */
export function useCompareView() {
  const searchParams = useQuery();
  const pathname = usePath();
  const extent = useContext(CompareExtentContext);
  const { view, problems } = useMemo(() => parseView(searchParams, extent), [searchParams, extent]);
  const setView = useCallback(
    (next: CompareView) => {
      const now = new URLSearchParams(window.location.search);
      const merged: CompareView = { ...parseView(now, extent).view };
      for (const key of Object.keys(next) as (keyof CompareView)[]) {
        if (String(next[key]) !== String(view[key])) (merged as Record<keyof CompareView, unknown>)[key] = next[key];
      }
      const params = writeView(now, merged);
      const query = params.toString().replace(/%2C/g, ",");
      window.history.pushState(null, "", `${pathname}${query ? `?${query}` : ""}${window.location.hash}`);
    },
    [pathname, view, extent],
  );
  return { view, problems, setView };
}
