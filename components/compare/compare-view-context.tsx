"use client";

import { createContext, type ReactNode } from "react";
import type { YearExtent } from "@/lib/compare/params";

/** The first and last year the selection has data for: the view's years are kept inside them. */
export const CompareExtentContext = createContext<YearExtent>(null);

export function CompareViewProvider({ extent, children }: { extent: YearExtent; children: ReactNode }) {
  return <CompareExtentContext.Provider value={extent}>{children}</CompareExtentContext.Provider>;
}
