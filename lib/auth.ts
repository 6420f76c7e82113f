import "server-only";
import { createAuth, type Auth } from "./auth-core";
import { getPrisma } from "./db";
import { readEnv } from "./env";

export type { Auth };

/**
 * The app's Better Auth instances, over the one Prisma client of lib/db.ts: one for requests that
 * came over https (Secure cookies), one for plain http (lib/auth-core.ts explains why there are two).
 */
const globalForAuth = globalThis as unknown as { parallaxAuth?: { secure?: Auth; plain?: Auth } };

export function getAuth(secure: boolean): Auth {
  const instances = (globalForAuth.parallaxAuth ??= {});
  if (secure) return (instances.secure ??= createAuth({ prisma: getPrisma(), secure: true }));
  return (instances.plain ??= createAuth({ prisma: getPrisma(), secure: false }));
}

/**
 * Whether a request came over https: the scheme Next reports in x-forwarded-proto, or
 * PARALLAX_BASE_URL's when it is https and the request is addressed to its host (a TLS proxy that
 * does not forward the scheme).
 */
export function isSecureRequest(headers: Headers): boolean {
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (proto === "https") return true;
  const configured = readEnv().PARALLAX_BASE_URL;
  if (!configured) return false;
  const base = new URL(configured);
  return base.protocol === "https:" && headers.get("host")?.toLowerCase() === base.host.toLowerCase();
}

/** The instance that reads and writes this request's cookies. */
export function authFor(headers: Headers): Auth {
  return getAuth(isSecureRequest(headers));
}
