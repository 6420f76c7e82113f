"use client";

import { usePath, useQuery } from "@/components/hooks/address";
import { useCallback } from "react";

/**
 * The mandate-matrix cell chosen in the URL (`cell=<mission>.<clause>`), and a setter that writes
 * it with history.pushState (Back steps out of it), keeping every other parameter. `reveal` scrolls
 * the matrix into view, for links from elsewhere on the page (the comparison table's size row).
 */
export function useMatrixCell(): { value: string | null; choose: (cell: string | null, reveal?: boolean) => void } {
  const searchParams = useQuery();
  const pathname = usePath();
  const choose = useCallback(
    (cell: string | null, reveal = false) => {
      const params = new URLSearchParams(window.location.search);
      if (cell === null) params.delete("cell");
      else params.set("cell", cell);
      const query = params.toString().replace(/%2C/g, ",");
      window.history.pushState(null, "", `${pathname}${query ? `?${query}` : ""}${reveal ? "#mandates" : window.location.hash}`);
      if (reveal) document.getElementById("mandates")?.scrollIntoView({ block: "start" });
    },
    [pathname],
  );
  return { value: searchParams.get("cell"), choose };
}
