"use client";

import { usePathname, useSearchParams, type ReadonlyURLSearchParams } from "next/navigation";

const EMPTY = new URLSearchParams() as unknown as ReadonlyURLSearchParams;

/**
 * The page address's query and path. Never null on an App Router page, but Next types them as
 * nullable once a pages/ directory exists (Parallax has one route there: pages/api/page-cache.ts).
 */
export function useQuery(): ReadonlyURLSearchParams {
  return useSearchParams() ?? EMPTY;
}

export function usePath(): string {
  return usePathname() ?? "/";
}
