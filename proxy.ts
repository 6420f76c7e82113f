import { NextResponse, type NextRequest } from "next/server";
import { readEnv } from "./lib/env";
import { isCacheable, toPageCache } from "./lib/page-cache-proxy";

/**
 * Runs before routing, for every request but Next's static files.
 *
 * 1. A path with a malformed percent-escape (/conflicts/%ZZ) cannot be decoded: answer it here with
 *    a readable 400 rather than let it reach the router, which fails with a bare 500.
 * 2. Anonymous GETs of pages and the read-only API go to the page cache (pages/api/page-cache.ts),
 *    which answers from memory when the data has not changed since they were rendered
 *    (lib/page-cache.ts, docs/decisions/0004-page-cache.md).
 * 3. PARALLAX_REQUIRE_SIGN_IN=true makes every page and API answer only to a signed-in user: pages
 *    redirect to /login, the API answers 401 in JSON. The session is checked against the database
 *    (a revoked session is refused at once) on every request, client-side navigations included.
 *    Off by default: reading Parallax needs no account. Writes are checked in each action regardless.
 */
const PUBLIC = [/^\/login(\/|$)/, /^\/api\/auth(\/|$)/, /^\/icon\.svg$/, /^\/favicon\.ico$/];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    const message = `The address ${pathname} has a malformed percent-escape (a “%” not followed by two hexadecimal digits). Check the link, or start again from /conflicts.`;
    if (pathname.startsWith("/api/")) {
      return NextResponse.json({ error: { status: 400, parameter: "path", message } }, { status: 400 });
    }
    return new NextResponse(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad address · Parallax</title></head><body style="font-family:system-ui,sans-serif;padding:2rem"><h1>Bad address</h1><p>${message.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p><p><a href="/">Parallax overview</a></p></body></html>`, {
      status: 400,
      headers: { "Content-Type": "text/html; charset=utf-8" },
    });
  }

  const requireSignIn = readEnv().PARALLAX_REQUIRE_SIGN_IN;
  if (!requireSignIn && isCacheable(request)) return toPageCache(request);
  if (!requireSignIn || PUBLIC.some((p) => p.test(pathname))) return NextResponse.next();
  const { sessionUserFromHeaders } = await import("./lib/auth-session");
  if (await sessionUserFromHeaders(request.headers)) return NextResponse.next();
  if (pathname.startsWith("/api/")) {
    return NextResponse.json(
      { error: { status: 401, message: "This Parallax requires signing in. Sign in at /login and send the session cookie with the request." } },
      { status: 401, headers: { "Cache-Control": "no-store" } },
    );
  }
  const login = new URL("/login", request.url);
  login.searchParams.set("next", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  // Everything but Next's own files (static chunks, images, the development server's HMR socket).
  matcher: ["/((?!_next/).*)"],
};
