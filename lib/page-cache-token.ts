import { randomUUID } from "node:crypto";

/**
 * A secret of this server process, shared by proxy.ts and the page cache's API route through
 * globalThis (they are bundled apart but run in one process): the route answers only requests the
 * proxy rewrote to it, never one sent to its address from outside.
 */
const store = globalThis as unknown as { parallaxPageCacheToken?: string };

export function pageCacheToken(): string {
  return (store.parallaxPageCacheToken ??= randomUUID());
}

export const TOKEN_HEADER = "x-parallax-cache-token";
/** The address the reader asked for (path and query), as the proxy saw it. */
export const ADDRESS_HEADER = "x-parallax-cache-address";
/** Where the proxy sends a cacheable request: pages/api/page-cache.ts. */
export const CACHE_ROUTE = "/api/page-cache";
/** Sent by the cache when it asks this server for a page to store: the proxy lets it through. */
export const FILL_HEADER = "x-parallax-cache-fill";
