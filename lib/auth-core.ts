import { betterAuth, type BetterAuthPlugin } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins/admin";
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";
import { betterAuthIpAddressOptions, clientAddress } from "./auth-address";
import { PASSWORD_MAX, PASSWORD_MIN } from "./auth-policy";
import { reserveSignInAttempt, settleSignInAttempt } from "./auth-rate-limit";
import { resolveAuthSecret } from "./auth-secret";
import type { PrismaClient } from "./db-core";
import { readEnv, type Env } from "./env";

/**
 * Authentication: Better Auth over the one Prisma client (lib/db.ts), email and password only.
 *
 * - Passwords: Better Auth's default scrypt (memory-hard). Sign-up is off: accounts are created by
 *   `npm run user:create` or an admin. Roles (viewer, analyst, admin) live on the user through the
 *   admin plugin, which also lists users, sets roles and revokes sessions.
 * - Sessions: a database row per browser (revocable: deleting it ends the session at the next
 *   request), 7 days, refreshed daily; no cookie cache, so a revoked session stops at once.
 * - Secret: BETTER_AUTH_SECRET or data/.auth-secret (lib/auth-secret.ts).
 * - Base URL and trusted origins: http://localhost and http://127.0.0.1 on any port (npm start,
 *   the browser tests) and PARALLAX_BASE_URL when set (behind a proxy). Other hosts fall back to
 *   PARALLAX_BASE_URL, or http://localhost:PORT, so their Origin is not trusted.
 * - Rate limits: failed sign-ins per account and per address, in the database
 *   (lib/auth-rate-limit.ts, a hook on /sign-in/email); Better Auth's own per-address limiter,
 *   also in the database, on its HTTP endpoints. Both take the address by one rule
 *   (lib/auth-address.ts): X-Forwarded-For only when PARALLAX_TRUST_PROXY says a proxy sets it.
 * - HTTP endpoints: only those Parallax uses answer under /api/auth (HTTP_AUTH_PATHS); the rest —
 *   changing one's name or email, deleting an account, the admin plugin's routes — answer 404.
 *   Parallax's own pages reach what they need through server actions (auth.api), never over HTTP,
 *   so a user cannot, say, rename themselves and pass their notes off as someone else's.
 *
 * Cookies are httpOnly and SameSite=Lax. Whether they are Secure cannot be one setting: `npm start`
 * and the browser tests serve plain http with NODE_ENV=production, and a browser never sends a
 * Secure cookie back over plain http to a host that is not localhost, so sign-in would silently fail.
 * So there are two instances, identical but for Secure (and the cookie name, which then carries
 * the __Secure- prefix): a request reached over https — the scheme Next reports in
 * x-forwarded-proto, or PARALLAX_BASE_URL's when it is https and the request is for its host — gets
 * the Secure one; plain http gets the other. A deployment behind TLS sets PARALLAX_BASE_URL=https://….
 */

/** Where the route handler (app/api/auth/[...all]) serves Better Auth. */
const AUTH_BASE_PATH = "/api/auth";

/**
 * The Better Auth endpoints served over HTTP: reading the session (the header's account menu),
 * signing in (for API clients; the form is a server action) and signing out. Every other endpoint,
 * including any a Better Auth upgrade adds, answers 404 over HTTP and stays callable from the
 * server (auth.api) — which is how the account and admin pages change passwords, roles and users.
 */
export const HTTP_AUTH_PATHS: readonly string[] = ["/get-session", "/sign-in/email", "/sign-out"];

/** Refuses, before any endpoint runs, an HTTP request for an endpoint not in HTTP_AUTH_PATHS. */
const httpAllowList = {
  id: "parallax-http-allow-list",
  async onRequest(request: Request) {
    const { pathname } = new URL(request.url);
    const path = pathname.startsWith(`${AUTH_BASE_PATH}/`) ? pathname.slice(AUTH_BASE_PATH.length) : pathname;
    if (HTTP_AUTH_PATHS.includes(path)) return;
    return {
      response: Response.json(
        { error: { status: 404, message: `${pathname} is not served by Parallax. Accounts are managed on /account and /admin/users.` } },
        { status: 404, headers: { "Cache-Control": "no-store" } },
      ),
    };
  },
} satisfies BetterAuthPlugin;

/** The attempt the before-hook reserved, handed to the after-hook through the endpoint's context. */
const ATTEMPT = "parallaxSignInAttemptId";

const LOOPBACK_HOSTS = ["localhost", "localhost:*", "127.0.0.1", "127.0.0.1:*", "[::1]", "[::1]:*"];

const ac = createAccessControl(defaultStatements);
/** Only admins manage accounts; viewers and analysts have no admin-plugin permission at all. */
const roles = {
  viewer: ac.newRole({ user: [], session: [] }),
  analyst: ac.newRole({ user: [], session: [] }),
  admin: adminAc,
};

let fileSecret: string | undefined;
function authSecret(env: Env): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  fileSecret ??= resolveAuthSecret({ production: env.NODE_ENV === "production" });
  return fileSecret;
}

/**
 * A Better Auth instance over a Prisma client. The app has one per cookie flavour (lib/auth.ts,
 * over lib/db.ts's client); the user:create CLI and the browser tests' set-up make their own.
 */
export function createAuth({ prisma, secure, env = readEnv() }: { prisma: PrismaClient; secure: boolean; env?: Env }) {
  const base = env.PARALLAX_BASE_URL ? new URL(env.PARALLAX_BASE_URL) : null;
  const fallback = base?.origin ?? `http://localhost:${env.PORT}`;
  const trustProxy = env.PARALLAX_TRUST_PROXY;
  return betterAuth({
    appName: "Parallax",
    basePath: AUTH_BASE_PATH,
    secret: authSecret(env),
    baseURL: {
      allowedHosts: [...(base ? [base.host] : []), ...LOOPBACK_HOSTS],
      fallback,
      protocol: secure ? "https" : "http",
    },
    trustedOrigins: [...(base ? [base.origin] : []), ...LOOPBACK_HOSTS.flatMap((h) => [`http://${h}`, `https://${h}`])],
    database: prismaAdapter(prisma, { provider: "sqlite" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      autoSignIn: false,
      revokeSessionsOnPasswordReset: true,
    },
    session: { expiresIn: 7 * 24 * 3600, updateAge: 24 * 3600 },
    // Every page asks for the session once (the header's account menu): reading it is not limited;
    // sign-in attempts have their own, stricter limit (lib/auth-rate-limit.ts).
    rateLimit: { enabled: true, storage: "database", window: 60, max: 100, customRules: { "/get-session": false } },
    advanced: {
      cookiePrefix: "parallax",
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure },
      // The same address as the sign-in limit's (lib/auth-address.ts); sessions record it too.
      ipAddress: betterAuthIpAddressOptions(trustProxy),
    },
    logger: { log: logBetterAuth(trustProxy) },
    telemetry: { enabled: false },
    hooks: {
      // The sign-in limit (lib/auth-rate-limit.ts): reserve the attempt before the password is
      // verified — a refusal is no attempt at all — and mark it successful afterwards.
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const email = normaliseEmail((ctx.body as { email?: unknown } | undefined)?.email);
        const reservation = await reserveSignInAttempt(prisma, email, clientAddress(ctx.headers ?? ctx.request?.headers, trustProxy));
        if (!reservation.allowed) {
          throw new APIError("TOO_MANY_REQUESTS", { message: reservation.message, code: "SIGN_IN_RATE_LIMITED" }, { "Retry-After": String(reservation.retryAfterSeconds) });
        }
        return { context: { [ATTEMPT]: reservation.attemptId } };
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const attemptId = (ctx as unknown as Record<string, unknown>)[ATTEMPT];
        if (typeof attemptId === "number" && !(ctx.context.returned instanceof Error)) await settleSignInAttempt(prisma, attemptId);
      }),
    },
    plugins: [
      httpAllowList,
      admin({ ac, roles, defaultRole: "viewer", adminRoles: ["admin"] }),
      // Last, as Better Auth asks: writes the cookies of auth.api calls made in server actions.
      nextCookies(),
    ],
  });
}

/**
 * Better Auth's log lines, as it writes them, but for its warning that its limiter found no client
 * address: by design when PARALLAX_TRUST_PROXY is off (one shared bucket), a proxy to fix when on.
 */
function logBetterAuth(trustProxy: boolean) {
  let warned = false;
  return (level: "debug" | "info" | "warn" | "error", message: string, ...args: unknown[]) => {
    if (message.startsWith("Rate limiting could not determine a client IP")) {
      if (trustProxy && !warned) {
        console.warn("Parallax: PARALLAX_TRUST_PROXY is on, but a request to /api/auth carried no single client address in X-Forwarded-For; such requests share one rate-limit bucket. Make the proxy set X-Forwarded-For to the client's address (replacing what the client sent).");
      }
      warned = true;
      return;
    }
    const line = `${new Date().toISOString()} ${level.toUpperCase()} [Better Auth]: ${message}`;
    if (level === "error") console.error(line, ...args);
    else if (level === "warn") console.warn(line, ...args);
    else console.log(line, ...args);
  };
}

function normaliseEmail(value: unknown): string {
  return typeof value === "string" ? value.trim().toLowerCase() : "";
}

export type Auth = ReturnType<typeof createAuth>;
