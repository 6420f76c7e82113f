import { NextResponse, type NextRequest } from "next/server";
import { ADDRESS_HEADER, CACHE_ROUTE, FILL_HEADER, pageCacheToken, TOKEN_HEADER } from "./page-cache-token";

/**
 * The page cache's side of proxy.ts: which requests it may answer, and where they go — rewritten
 * (inside the server, not a redirect) to the cache's API route, pages/api/page-cache.ts.
 *
 * Only anonymous GETs of pages and the read-only API are cached: a signed-in reader sees their own
 * notes and buttons, so anything with a session cookie, a form post, a client navigation (RSC) or
 * a download goes straight to the app.
 */

const UNCACHED_PAGES = [/^\/login(\/|$)/, /^\/account(\/|$)/, /^\/admin(\/|$)/, /^\/annotations(\/|$)/, /^\/imports(\/|$)/, /^\/unmapped(\/|$)/];
const CACHED_API = /^\/api\/v1\/(?!annotations|export)/;

export function isCacheable(request: NextRequest): boolean {
  if (process.env.NODE_ENV !== "production" || process.env.PARALLAX_PAGE_CACHE === "off") return false;
  if (request.method !== "GET" || request.headers.has(FILL_HEADER)) return false;
  const h = request.headers;
  if (h.has("rsc") || h.has("next-router-prefetch") || h.has("next-action") || h.has("range")) return false;
  if (request.nextUrl.searchParams.has("_rsc")) return false;
  if (/session_token/.test(h.get("cookie") ?? "")) return false;
  return isCacheablePath(request.nextUrl.pathname);
}

export function isCacheablePath(pathname: string): boolean {
  if (pathname.startsWith("/api/")) return CACHED_API.test(pathname);
  return !UNCACHED_PAGES.some((p) => p.test(pathname));
}

/** Sends the request on to the cache's route, with the address asked for and the process's token. */
export function toPageCache(request: NextRequest): NextResponse {
  const headers = new Headers(request.headers);
  headers.set(TOKEN_HEADER, pageCacheToken());
  headers.set(ADDRESS_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.rewrite(new URL(CACHE_ROUTE, request.url), { request: { headers } });
}
