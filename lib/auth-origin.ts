import { readEnv } from "./env";

/**
 * Cross-site request forgery guard for route handlers that change something. Server Actions are
 * checked by Next itself (Origin against Host); a route handler is not, so it calls this first.
 * A state-changing request must carry an Origin that is the site itself — the host it was sent to,
 * PARALLAX_BASE_URL, or a loopback address (npm start, the browser tests).
 */
const LOOPBACK = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;

export function originProblem(request: Request): string | null {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return null;
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return "This request changes data but has no Origin header; send it from Parallax's own pages.";
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const trusted = new Set<string>();
  if (host) {
    trusted.add(`http://${host}`.toLowerCase());
    trusted.add(`https://${host}`.toLowerCase());
  }
  const base = readEnv().PARALLAX_BASE_URL;
  if (base) trusted.add(new URL(base).origin.toLowerCase());
  if (trusted.has(origin.toLowerCase()) || LOOPBACK.test(origin)) return null;
  return `Requests from ${origin} may not change data here; use Parallax's own pages.`;
}
