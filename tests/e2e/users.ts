import crypto from "node:crypto";
import type { Role } from "../../lib/auth-policy";

/**
 * The browser tests' accounts, created in the e2e database by prepare-db.ts through the same
 * function as `npm run user:create`. Each spec (and each test that changes its account: a locked
 * sign-in, a changed password) has users of its own, so specs running in parallel never meet.
 */
export const E2E_PASSWORD = "e2e correct horse battery staple";

export const E2E_USERS = {
  // tests/e2e/annotations.spec.ts
  analyst: { email: "e2e-analyst@example.org", name: "Ana Analyst", role: "analyst" },
  analyst2: { email: "e2e-analyst2@example.org", name: "Boris Second", role: "analyst" },
  xss: { email: "e2e-xss@example.org", name: "Xena Tester", role: "analyst" },
  figures: { email: "e2e-figures@example.org", name: "Fiona Figures", role: "analyst" },
  viewer: { email: "e2e-viewer@example.org", name: "Vic Viewer", role: "viewer" },
  // tests/e2e/auth.spec.ts
  authAdmin: { email: "e2e-auth-admin@example.org", name: "Adele Admin", role: "admin" },
  authViewer: { email: "e2e-auth-viewer@example.org", name: "Val Viewer", role: "viewer" },
  authLocked: { email: "e2e-auth-locked@example.org", name: "Lou Locked", role: "analyst" },
  authPassword: { email: "e2e-auth-password@example.org", name: "Pat Password", role: "analyst" },
  authRevoked: { email: "e2e-auth-revoked@example.org", name: "Rex Revoked", role: "analyst" },
  // tests/e2e/imports.spec.ts: imports and UCDP mappings are an admin's
  importsAdmin: { email: "e2e-imports-admin@example.org", name: "Ida Imports", role: "admin" },
} as const satisfies Record<string, { email: string; name: string; role: Role }>;

export type E2eUser = keyof typeof E2E_USERS;

/** Creates every e2e account in `file` (a migrated, seeded database). */
export async function createE2eUsers(file: string): Promise<void> {
  // Imported here, not at the top: the specs import this file for the names only.
  const { createAuth } = await import("../../lib/auth-core");
  const { createUserAccount } = await import("../../lib/auth-users");
  const { createPrisma } = await import("../../lib/db-core");
  const { readEnv } = await import("../../lib/env");
  const prisma = createPrisma(file);
  try {
    // Hashing a password needs no secret; a throwaway one keeps data/.auth-secret untouched.
    const env = { ...readEnv(), DATABASE_URL: `file:${file}`, BETTER_AUTH_SECRET: crypto.randomBytes(32).toString("base64url") };
    const auth = createAuth({ prisma, secure: false, env });
    for (const user of Object.values(E2E_USERS)) await createUserAccount(auth, prisma, { ...user, password: E2E_PASSWORD });
  } finally {
    await prisma.$disconnect();
  }
}
