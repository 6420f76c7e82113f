import "server-only";
import { RoleSchema, type Role } from "../auth-policy";
import { getPrisma } from "../db";

export type UserRow = { id: string; name: string; email: string; role: Role; createdAt: string; activeSessions: number; lastSignIn: string | null };

/** Every account with its role and live sessions, for /admin/users. */
export async function listUsers(): Promise<UserRow[]> {
  const now = new Date();
  const users = await getPrisma().user.findMany({
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      createdAt: true,
      sessions: { where: { expiresAt: { gt: now } }, select: { createdAt: true }, orderBy: { createdAt: "desc" } },
    },
  });
  return users.map((u) => {
    const role = RoleSchema.safeParse(u.role);
    return {
      id: u.id,
      name: u.name,
      email: u.email,
      role: role.success ? role.data : "viewer",
      createdAt: u.createdAt.toISOString(),
      activeSessions: u.sessions.length,
      lastSignIn: u.sessions[0]?.createdAt.toISOString() ?? null,
    };
  });
}
