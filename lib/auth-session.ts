import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { RoleSchema, type Role } from "./auth-policy";
import { authFor } from "./auth";

/** Who is asking: the signed-in user of this request, or null. The one way server code learns it. */
export type SessionUser = { id: string; name: string; email: string; role: Role; sessionId: string };

/** Reads and checks the session cookie against the database (a revoked session is gone at once). */
export async function sessionUserFromHeaders(requestHeaders: Headers): Promise<SessionUser | null> {
  const session = await authFor(requestHeaders).api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const role = RoleSchema.safeParse(session.user.role);
  return {
    id: session.user.id,
    name: session.user.name,
    email: session.user.email,
    // An unknown role reads as the least one.
    role: role.success ? role.data : "viewer",
    sessionId: session.session.id,
  };
}

/**
 * The request's headers with the cookies as they stand now. After a server action that changed the
 * session cookie (changing a password replaces the session), Next renders the page in the same
 * request: `headers()` still holds the old cookie, `cookies()` holds the new one.
 */
async function currentHeaders(): Promise<Headers> {
  const merged = new Headers(await headers());
  const jar = (await cookies()).getAll();
  if (jar.length) merged.set("cookie", jar.map((c) => `${c.name}=${encodeURIComponent(c.value)}`).join("; "));
  else merged.delete("cookie");
  return merged;
}

/** The current request's user, looked up once per request however many components ask. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => sessionUserFromHeaders(await currentHeaders()));
