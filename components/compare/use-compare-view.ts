"use client";

import { usePath, useQuery } from "@/components/hooks/address";
import { useCallback, useMemo } from "react";
import { parseView, writeView, type CompareView } from "@/lib/compare/params";

/**
 * The /compare view (metric, scale, years, hidden and ordered rows) read from and written to the
 * URL with native history.pushState: no server round trip, and back/forward step through changes.
 */
export function useCompareView() {
  const searchParams = useQuery();
  const pathname = usePath();
  const { view, problems } = useMemo(() => parseView(searchParams), [searchParams]);
  const setView = useCallback(
    (next: CompareView) => {
      const params = writeView(new URLSearchParams(window.location.search), next);
      const query = params.toString().replace(/%2C/g, ",");
      window.history.pushState(null, "", `${pathname}${query ? `?${query}` : ""}${window.location.hash}`);
    },
    [pathname],
  );
  return { view, problems, setView };
}
