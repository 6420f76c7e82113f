import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../tests/helpers/test-db";
import { resolveAuthSecret, AuthSecretError } from "./auth-secret";

/**
 * The sign-in rate limit, through Better Auth's own endpoint (the hook in lib/auth-core.ts); which
 * address a request counts against; the endpoints served over HTTP; and the secret file.
 */
let t: ReturnType<typeof createTestDb>;
/** behind a trusted proxy (PARALLAX_TRUST_PROXY=1): X-Forwarded-For names the client */
let auth: import("./auth-core").Auth;
/** reached directly (the default): X-Forwarded-For is ignored */
let direct: import("./auth-core").Auth;
let prisma: import("./db-core").PrismaClient;
let limiter: typeof import("./auth-rate-limit");
let address: typeof import("./auth-address");
const PASSWORD = "correct horse battery staple";
const ORIGIN = "http://localhost:3000";

beforeAll(async () => {
  t = createTestDb();
  const { createPrisma } = await import("./db-core");
  const { createAuth } = await import("./auth-core");
  const { createUserAccount } = await import("./auth-users");
  prisma = createPrisma(t.file);
  const env = { DATABASE_URL: `file:${t.file}`, NODE_ENV: "test", PORT: 3000, PARALLAX_REQUIRE_SIGN_IN: false, BETTER_AUTH_SECRET: "x".repeat(20) + "a-test-secret-of-enough-length" } as const;
  auth = createAuth({ prisma, secure: false, env: { ...env, PARALLAX_TRUST_PROXY: true } });
  direct = createAuth({ prisma, secure: false, env: { ...env, PARALLAX_TRUST_PROXY: false } });
  limiter = await import("./auth-rate-limit");
  address = await import("./auth-address");
  for (const who of ["locked", "other", "resets", "burst", "forged", "renamer"]) await createUserAccount(auth, prisma, { email: `${who}@example.org`, password: PASSWORD, role: "viewer", name: `User ${who}` });
});
afterAll(async () => {
  await prisma?.$disconnect();
  t?.cleanup();
});

async function attempt(email: string, password: string, ip = "198.51.100.1", via = auth): Promise<{ status: number; message: string }> {
  try {
    await via.api.signInEmail({ body: { email, password }, headers: new Headers({ "x-forwarded-for": ip }) });
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

  it("holds under concurrent attempts: of 20 simultaneous wrong passwords, only five are tried", async () => {
    // Each from an address of its own, so only the account limit can stop them.
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt("burst@example.org", "wrong password!!", `198.51.100.${120 + i}`)));
    // 401: the password was verified (and was wrong); 429: refused before verifying it.
    const tried = results.filter((r) => r.status === 401).length;
    expect(tried).toBe(limiter.SIGN_IN_LIMITS.perAccount);
    expect(results.filter((r) => r.status === 429).length).toBe(20 - tried);
    expect(results.find((r) => r.status === 429)?.message).toMatch(/Too many failed sign-in attempts for this account/);
    // The account is locked now, even for its right password.
    expect((await attempt("burst@example.org", PASSWORD)).status).toBe(429);
  });

  it("forgets failures older than the window", async () => {
    const later = new Date(Date.now() + (limiter.SIGN_IN_LIMITS.windowMinutes + 1) * 60_000);
    expect((await limiter.checkSignIn(prisma, "locked@example.org", null, later)).allowed).toBe(true);
    expect((await limiter.checkSignIn(prisma, "locked@example.org", null)).allowed).toBe(false);
    // The limiter that decides (count and record in one statement) forgets them too.
    expect((await limiter.reserveSignInAttempt(prisma, "locked@example.org", null)).allowed).toBe(false);
    expect((await limiter.reserveSignInAttempt(prisma, "locked@example.org", null, later)).allowed).toBe(true);
  });

  it("limits one address across accounts", async () => {
    const ip = "198.51.100.99";
    for (let i = 0; i < limiter.SIGN_IN_LIMITS.perAddress; i++) expect((await limiter.reserveSignInAttempt(prisma, `guess${i}@example.org`, ip)).allowed).toBe(true);
    const refused = await attempt("other@example.org", PASSWORD, ip);
    expect(refused.status).toBe(429);
    expect(refused.message).toMatch(/from your network/);
    expect((await attempt("other@example.org", PASSWORD, "198.51.100.100")).status).toBe(200);
  });

  it("ignores X-Forwarded-For unless told a proxy sets it: a forged address per attempt changes nothing", async () => {
    // Reached directly, every client is the one "direct" bucket, whatever address it claims.
    for (let i = 0; i < limiter.SIGN_IN_LIMITS.perAccount; i++) expect((await attempt("forged@example.org", "wrong password!!", `203.0.113.${i + 1}`, direct)).status).toBe(401);
    expect((await attempt("forged@example.org", PASSWORD, "203.0.113.200", direct)).status).toBe(429);
    const rows = await prisma.signInAttempt.findMany({ where: { email: "forged@example.org" }, select: { ip: true } });
    expect(new Set(rows.map((r) => r.ip))).toEqual(new Set([address.DIRECT_BUCKET]));
  });

  it("gives the clients it cannot tell apart no shared address limit, so wrong guesses cannot lock everybody out", async () => {
    for (let i = 0; i <= limiter.SIGN_IN_LIMITS.perAddress; i++) expect((await limiter.reserveSignInAttempt(prisma, `spray${i}@example.org`, null)).allowed).toBe(true);
    expect((await limiter.checkSignIn(prisma, "bystander@example.org", null)).allowed).toBe(true);
  });
});

describe("the client address", () => {
  const h = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff, "x-real-ip": "192.0.2.9" });
  it("is never read from the request when no proxy is trusted", () => {
    expect(address.clientAddress(h("198.51.100.7"), false)).toBeNull();
    expect(address.clientAddress(h(), false)).toBeNull();
  });

  it("behind a trusted proxy, is X-Forwarded-For when it holds exactly one address", () => {
    expect(address.clientAddress(h("198.51.100.7"), true)).toBe("198.51.100.7");
    expect(address.clientAddress(h(" 198.51.100.7 "), true)).toBe("198.51.100.7");
    // A chain (a proxy appended to what the client sent), garbage or nothing: not trusted.
    expect(address.clientAddress(h("203.0.113.1, 198.51.100.7"), true)).toBeNull();
    expect(address.clientAddress(h("not-an-address"), true)).toBeNull();
    expect(address.clientAddress(h(), true)).toBeNull();
    expect(address.clientAddress(null, true)).toBeNull();
  });

  it("spells one client one way: mapped IPv4 as IPv4, IPv6 as its /64", () => {
    expect(address.normaliseAddress("::ffff:198.51.100.7")).toBe("198.51.100.7");
    expect(address.normaliseAddress("2001:DB8:1:2:3:4:5:6")).toBe("2001:0db8:0001:0002:0000:0000:0000:0000");
    expect(address.normaliseAddress("2001:db8:1:2::9")).toBe(address.normaliseAddress("2001:db8:1:2:ffff::1"));
    expect(address.normaliseAddress("::1")).toBe("0000:0000:0000:0000:0000:0000:0000:0000");
  });
});

describe("Better Auth's HTTP endpoints", () => {
  async function session(email: string): Promise<string> {
    const signedIn = await auth.api.signInEmail({ body: { email, password: PASSWORD }, headers: new Headers({ "x-forwarded-for": "198.51.100.50" }), returnHeaders: true });
    return signedIn.headers.get("set-cookie")!.split(";")[0]!;
  }
  const call = (via: import("./auth-core").Auth, path: string, init: { method?: string; cookie?: string; body?: unknown } = {}) =>
    via.handler(
      new Request(`${ORIGIN}/api/auth${path}`, {
        method: init.method ?? "POST",
        headers: { origin: ORIGIN, "content-type": "application/json", ...(init.cookie ? { cookie: init.cookie } : {}) },
        body: (init.method ?? "POST") === "GET" ? undefined : JSON.stringify(init.body ?? {}),
      }),
    );

  it("refuses /update-user to a signed-in user: a display name (the author of notes and figures) cannot be changed", async () => {
    const cookie = await session("renamer@example.org");
    const res = await call(direct, "/update-user", { cookie, body: { name: "Somebody Else" } });
    expect(res.status).toBe(404);
    expect(await prisma.user.findUnique({ where: { email: "renamer@example.org" }, select: { name: true } })).toEqual({ name: "User renamer" });
    // The same session still reads itself over HTTP: the refusal is the endpoint's, not the session's.
    const current = await call(direct, "/get-session", { method: "GET", cookie });
    expect(current.status).toBe(200);
    expect(((await current.json()) as { user: { name: string } }).user.name).toBe("User renamer");
  });

  it("serves only the session, sign-in and sign-out over HTTP; every other endpoint answers 404", async () => {
    const { HTTP_AUTH_PATHS } = await import("./auth-core");
    const cookie = await session("renamer@example.org");
    const paths = [...new Set(Object.values(direct.api).map((endpoint) => (endpoint as { path?: string }).path))].filter((p): p is string => !!p);
    expect(paths).toEqual(expect.arrayContaining(["/update-user", "/change-email", "/delete-user", "/admin/set-role", ...HTTP_AUTH_PATHS]));
    // The three that are served answer as usual.
    expect((await call(direct, "/get-session", { method: "GET", cookie })).status).toBe(200);
    expect((await call(direct, "/sign-in/email", { body: { email: "renamer@example.org", password: PASSWORD } })).status).toBe(200);
    expect((await call(direct, "/sign-out", { cookie })).status).toBe(200);
    const other = await session("renamer@example.org");
    for (const path of paths.filter((p) => !HTTP_AUTH_PATHS.includes(p))) {
      for (const method of ["GET", "POST"]) {
        const res = await call(direct, path.replace(/:\w+/g, "x"), { method, cookie: other });
        expect(res.status, `${method} ${path}`).toBe(404);
      }
    }
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
