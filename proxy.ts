import { NextResponse, type NextRequest } from "next/server";

/**
 * Runs before routing. A path with a malformed percent-escape (/conflicts/%ZZ) cannot be decoded:
 * answer it here with a readable 400 rather than let it reach the router, which fails with a bare 500.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
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
  return NextResponse.next();
}

export const config = {
  // Everything but Next's own static files.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
