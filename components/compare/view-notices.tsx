"use client";

import { useCompareView } from "./use-compare-view";

/** Names view parameters the address got wrong; the view falls back to defaults for them. */
export function ViewNotices() {
  const { problems } = useCompareView();
  if (problems.length === 0) return null;
  return (
    <p className="notice warn" role="status">
      Some view settings in the address were not understood and were ignored: {problems.join("; ")}.
    </p>
  );
}
