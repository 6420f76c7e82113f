import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../tests/helpers/test-db";
import { resolveAuthSecret, AuthSecretError } from "./auth-secret";

/** The sign-in rate limit, through Better Auth's own endpoint (the hook in lib/auth-core.ts), and the secret file. */
let t: ReturnType<typeof createTestDb>;
let auth: import("./auth-core").Auth;
let prisma: import("./db-core").PrismaClient;
let limiter: typeof import("./auth-rate-limit");
const PASSWORD = "correct horse battery staple";

beforeAll(async () => {
  t = createTestDb();
  const { createPrisma } = await import("./db-core");
  const { createAuth } = await import("./auth-core");
  const { createUserAccount } = await import("./auth-users");
  prisma = createPrisma(t.file);
  auth = createAuth({ prisma, secure: false, env: { DATABASE_URL: `file:${t.file}`, NODE_ENV: "test", PORT: 3000, PARALLAX_REQUIRE_SIGN_IN: false, BETTER_AUTH_SECRET: "x".repeat(20) + "a-test-secret-of-enough-length" } });
  limiter = await import("./auth-rate-limit");
  for (const who of ["locked", "other", "resets"]) await createUserAccount(auth, prisma, { email: `${who}@example.org`, password: PASSWORD, role: "viewer" });
});
afterAll(async () => {
  await prisma?.$disconnect();
  t?.cleanup();
});

async function attempt(email: string, password: string, ip = "198.51.100.1"): Promise<{ status: number; message: string }> {
  try {
    await auth.api.signInEmail({ body: { email, password }, headers: new Headers({ "x-forwarded-for": ip }) });
    return { status: 200, message: "" };
  } catch (error) {
    const e = error as { statusCode?: number; message: string };
    return { status: e.statusCode ?? 500, message: e.message };
  }
}

describe("sign-in rate limit", () => {
  it("locks an account after five failed attempts, even for the right password, and says how long", async () => {
    for (let i = 0; i < limiter.SIGN_IN_LIMITS.perAccount; i++) expect((await attempt("locked@example.org", "wrong password!!")).status).toBe(401);
    const refused = await attempt("locked@example.org", PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.message).toMatch(/Too many failed sign-in attempts for this account\. Wait \d+ (minutes|seconds)/);
    // Another account from the same address still signs in.
    expect((await attempt("other@example.org", PASSWORD)).status).toBe(200);
  });

  it("counts failures only since the last successful sign-in", async () => {
    for (let i = 0; i < 4; i++) await attempt("resets@example.org", "wrong password!!");
    expect((await attempt("resets@example.org", PASSWORD)).status).toBe(200);
    for (let i = 0; i < 4; i++) await attempt("resets@example.org", "wrong password!!");
    expect((await attempt("resets@example.org", PASSWORD)).status).toBe(200);
  });

  it("forgets failures older than the window", async () => {
    const later = new Date(Date.now() + (limiter.SIGN_IN_LIMITS.windowMinutes + 1) * 60_000);
    expect((await limiter.checkSignIn(prisma, "locked@example.org", null, later)).allowed).toBe(true);
    expect((await limiter.checkSignIn(prisma, "locked@example.org", null)).allowed).toBe(false);
  });

  it("limits one address across accounts", async () => {
    const ip = "198.51.100.99";
    for (let i = 0; i < limiter.SIGN_IN_LIMITS.perAddress; i++) await limiter.recordSignInAttempt(prisma, `guess${i}@example.org`, ip, false);
    const refused = await attempt("other@example.org", PASSWORD, ip);
    expect(refused.status).toBe(429);
    expect(refused.message).toMatch(/from your network/);
    expect((await attempt("other@example.org", PASSWORD, "198.51.100.100")).status).toBe(200);
  });
});

describe("auth secret", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-secret-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("creates data/.auth-secret once, mode 600, and reuses it", () => {
    const file = path.join(dir, "data", ".auth-secret");
    const first = resolveAuthSecret({ file, production: true });
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveAuthSecret({ file, production: true })).toBe(first);
    expect(resolveAuthSecret({ file, envSecret: "from-the-environment-".repeat(2) })).toBe("from-the-environment-".repeat(2));
  });

  it("stops with a sentence in production when it cannot write the file", () => {
    const blocker = path.join(dir, "not-a-dir");
    fs.writeFileSync(blocker, "");
    const file = path.join(blocker, ".auth-secret");
    expect(() => resolveAuthSecret({ file, production: true })).toThrow(AuthSecretError);
    expect(() => resolveAuthSecret({ file, production: true })).toThrow(/set BETTER_AUTH_SECRET/);
    const warnings: string[] = [];
    expect(resolveAuthSecret({ file, production: false, warn: (m) => warnings.push(m) }).length).toBeGreaterThanOrEqual(32);
    expect(warnings[0]).toMatch(/temporary secret/);
  });
});
