import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins/admin";
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";
import { PASSWORD_MAX, PASSWORD_MIN } from "./auth-policy";
import { checkSignIn, clientAddress, recordSignInAttempt } from "./auth-rate-limit";
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
 *   also in the database, on every other endpoint.
 *
 * Cookies are httpOnly and SameSite=Lax. Whether they are Secure cannot be one setting: `npm start`
 * and the browser tests serve plain http with NODE_ENV=production, and a browser never sends a
 * Secure cookie back over plain http to a host that is not localhost, so sign-in would silently fail.
 * So there are two instances, identical but for Secure (and the cookie name, which then carries
 * the __Secure- prefix): a request reached over https — the scheme Next reports in
 * x-forwarded-proto, or PARALLAX_BASE_URL's when it is https and the request is for its host — gets
 * the Secure one; plain http gets the other. A deployment behind TLS sets PARALLAX_BASE_URL=https://….
 */

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
  return betterAuth({
    appName: "Parallax",
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
      ipAddress: { ipAddressHeaders: ["x-forwarded-for", "x-real-ip"] },
    },
    // Accounts are made by user:create or an admin, never by a visitor.
    disabledPaths: ["/sign-up/email"],
    telemetry: { enabled: false },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const email = normaliseEmail((ctx.body as { email?: unknown } | undefined)?.email);
        const verdict = await checkSignIn(prisma, email, clientAddress(ctx.headers ?? ctx.request?.headers));
        if (!verdict.allowed) {
          throw new APIError("TOO_MANY_REQUESTS", { message: verdict.message, code: "SIGN_IN_RATE_LIMITED" }, { "Retry-After": String(verdict.retryAfterSeconds) });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const returned = ctx.context.returned;
        // A refusal by the limiter itself is not another failed attempt.
        if (returned instanceof APIError && returned.statusCode === 429) return;
        const email = normaliseEmail((ctx.body as { email?: unknown } | undefined)?.email);
        await recordSignInAttempt(prisma, email, clientAddress(ctx.headers ?? ctx.request?.headers), !(returned instanceof Error));
      }),
    },
    plugins: [
      admin({ ac, roles, defaultRole: "viewer", adminRoles: ["admin"] }),
      // Last, as Better Auth asks: writes the cookies of auth.api calls made in server actions.
      nextCookies(),
    ],
  });
}

function normaliseEmail(value: unknown): string {
  return typeof value === "string" ? value.trim().toLowerCase() : "";
}

export type Auth = ReturnType<typeof createAuth>;
