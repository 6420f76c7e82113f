import type { NextApiRequest, NextApiResponse } from "next";
import { pageCache, type CachedResponse } from "@/lib/page-cache";
import { isCacheablePath } from "@/lib/page-cache-proxy";
import { ADDRESS_HEADER, FILL_HEADER, pageCacheToken, TOKEN_HEADER } from "@/lib/page-cache-token";

/**
 * The page cache's answers, reached only through proxy.ts's rewrite (docs/decisions/0004-page-cache.md):
 * the stored page, or the page rendered by asking this same server for it with a header that lets
 * the request through to the app, stored once for many concurrent misses.
 *
 * Why a Pages Router API route, the only one in Parallax: a reader whose browser accepts gzip gets
 * the copy compressed once when the page was stored, and only here may a body go out already
 * compressed. Next drops Content-Encoding from what proxy.ts and App Router route handlers return,
 * and would gzip a 500 KB comparison page again on every request (most of its response time).
 */
export const config = { api: { bodyParser: false, responseLimit: false } };

const DROPPED_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "set-cookie", "vary"]);

export default async function pageCacheRoute(req: NextApiRequest, res: NextApiResponse): Promise<void> {
  const address = String(req.headers[ADDRESS_HEADER] ?? "");
  if (req.headers[TOKEN_HEADER] !== pageCacheToken() || !address.startsWith("/") || address.startsWith("//") || !isCacheablePath(new URL(address, "http://localhost").pathname)) {
    res.status(404).json({ error: { status: 404, parameter: "path", message: "There is no API endpoint /api/page-cache." } });
    return;
  }
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const hit = pageCache.get(address);
  if (hit) return send(res, hit, "hit", gzip);
  // The port this server listens on, never one taken from the request's Host header.
  const port = req.socket.localPort ?? Number(process.env.PORT ?? 3000);
  const filled = await pageCache.fill(address, () => render(`http://127.0.0.1:${port}${address}`, req));
  if (!filled) {
    res.status(502).send("Parallax could not render this page.");
    return;
  }
  // The stored entry carries the gzipped copy; an uncacheable answer goes out as it came.
  send(res, pageCache.get(address) ?? filled, "miss", gzip);
}

async function render(url: string, req: NextApiRequest): Promise<CachedResponse> {
  const res = await fetch(url, {
    headers: { [FILL_HEADER]: "1", accept: String(req.headers.accept ?? "*/*"), "accept-encoding": "identity", "user-agent": String(req.headers["user-agent"] ?? "") },
    redirect: "manual",
    cache: "no-store",
  });
  const body = new Uint8Array(await res.arrayBuffer());
  const headers = [...res.headers.entries()].filter(([k]) => !DROPPED_HEADERS.has(k.toLowerCase()));
  // Only complete, successful, cookie-free answers are kept; anything else is passed on as it is.
  return { status: res.status, headers, body, uncacheable: res.status !== 200 || res.headers.has("set-cookie") };
}

function send(res: NextApiResponse, cached: CachedResponse, state: "hit" | "miss", acceptsGzip: boolean): void {
  res.statusCode = cached.status;
  for (const [name, value] of cached.headers) res.setHeader(name, value);
  res.setHeader("x-parallax-cache", state);
  res.setHeader("vary", "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, accept-encoding");
  if (acceptsGzip && cached.gzip) {
    // Already compressed: Next's own compression leaves an encoded body alone.
    res.setHeader("content-encoding", "gzip");
    res.end(Buffer.from(cached.gzip.buffer, cached.gzip.byteOffset, cached.gzip.byteLength));
    return;
  }
  res.end(Buffer.from(cached.body.buffer, cached.body.byteOffset, cached.body.byteLength));
}
