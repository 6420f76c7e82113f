import type { NextRequest } from "next/server";
import { pageCache, type CachedResponse } from "./page-cache";

/**
 * The page cache's side of proxy.ts: which requests it may answer, and how a miss is filled — by
 * asking this same server for the page with a header that lets the request through to the app.
 * Only anonymous GETs of pages and the read-only API are cached: a signed-in reader sees their own
 * notes and buttons, so anything with a session cookie, a form post, a client navigation (RSC) or
 * a download goes straight to the app.
 */

export const FILL_HEADER = "x-parallax-cache-fill";

const UNCACHED_PAGES = [/^\/login(\/|$)/, /^\/account(\/|$)/, /^\/admin(\/|$)/, /^\/annotations(\/|$)/, /^\/imports(\/|$)/, /^\/unmapped(\/|$)/];
const CACHED_API = /^\/api\/v1\/(?!annotations|export)/;
const DROPPED_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "set-cookie"]);

export function isCacheable(request: NextRequest): boolean {
  if (process.env.NODE_ENV !== "production" || process.env.PARALLAX_PAGE_CACHE === "off") return false;
  if (request.method !== "GET" || request.headers.has(FILL_HEADER)) return false;
  const h = request.headers;
  if (h.has("rsc") || h.has("next-router-prefetch") || h.has("next-action") || h.has("range")) return false;
  if (request.nextUrl.searchParams.has("_rsc")) return false;
  if (/session_token/.test(h.get("cookie") ?? "")) return false;
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/api/")) return CACHED_API.test(pathname);
  return !UNCACHED_PAGES.some((p) => p.test(pathname));
}

async function render(request: NextRequest): Promise<CachedResponse | null> {
  const port = request.nextUrl.port || process.env.PORT || "3000";
  const url = `http://127.0.0.1:${port}${request.nextUrl.pathname}${request.nextUrl.search}`;
  const res = await fetch(url, {
    headers: { [FILL_HEADER]: "1", accept: request.headers.get("accept") ?? "*/*", "accept-encoding": "identity", "user-agent": request.headers.get("user-agent") ?? "" },
    redirect: "manual",
    cache: "no-store",
  });
  const body = new Uint8Array(await res.arrayBuffer());
  const headers = [...res.headers.entries()].filter(([k]) => !DROPPED_HEADERS.has(k.toLowerCase()));
  // Only complete, successful, cookie-free answers are kept; anything else is passed on as it is.
  return { status: res.status, headers, body, uncacheable: res.status !== 200 || res.headers.has("set-cookie") };
}

/** The cached answer, or the app's answer filled into the cache (one render for many concurrent misses). */
export async function cachedResponse(request: NextRequest): Promise<Response> {
  const key = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  const hit = pageCache.get(key);
  if (hit) return toResponse(hit, "hit");
  const filled = await pageCache.fill(key, () => render(request));
  if (!filled) return new Response("Parallax could not render this page.", { status: 502 });
  return toResponse(filled, "miss");
}

/** The stored body, as is: Next compresses the proxy's answer itself when the reader accepts it. */
function toResponse(cached: CachedResponse, state: "hit" | "miss"): Response {
  const headers = new Headers(cached.headers);
  headers.set("x-parallax-cache", state);
  return new Response(cached.body, { status: cached.status, headers });
}
