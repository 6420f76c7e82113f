import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb } from "./tests/helpers/test-db";

/** PARALLAX_REQUIRE_SIGN_IN: every page and API needs a session; /login and Better Auth's routes stay open. */
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => {} }) }));

let t: ReturnType<typeof createTestDb>;
let proxy: typeof import("./proxy").proxy;
let cookie = "";

beforeAll(async () => {
  t = createTestDb({ seeded: true });
  process.env.DATABASE_URL = `file:${t.file}`;
  const { getAuth } = await import("./lib/auth");
  const { getPrisma } = await import("./lib/db");
  const { createUserAccount } = await import("./lib/auth-users");
  await createUserAccount(getAuth(false), getPrisma(), { email: "reader@example.org", password: "correct horse battery staple", role: "viewer" });
  cookie = (await getAuth(false).api.signInEmail({ body: { email: "reader@example.org", password: "correct horse battery staple" }, returnHeaders: true })).headers.get("set-cookie")!.split(";")[0]!;
  proxy = (await import("./proxy")).proxy;
});
afterAll(() => {
  delete process.env.PARALLAX_REQUIRE_SIGN_IN;
  t?.cleanup();
});

const request = (path: string, withCookie = false) => new NextRequest(`http://localhost:3000${path}`, { headers: withCookie ? { cookie } : {} });
const passes = (res: Response) => res.headers.get("x-middleware-next") === "1";

describe("proxy", () => {
  it("lets everything through by default", async () => {
    delete process.env.PARALLAX_REQUIRE_SIGN_IN;
    expect(passes(await proxy(request("/conflicts/donbas")))).toBe(true);
    expect(passes(await proxy(request("/api/v1/conflicts")))).toBe(true);
  });

  it("with PARALLAX_REQUIRE_SIGN_IN=true, sends pages to /login and answers the API with a JSON 401", async () => {
    process.env.PARALLAX_REQUIRE_SIGN_IN = "true";
    const page = await proxy(request("/conflicts/donbas?tab=figures"));
    expect(page.status).toBe(307);
    expect(page.headers.get("location")).toBe("http://localhost:3000/login?next=%2Fconflicts%2Fdonbas%3Ftab%3Dfigures");
    const api = await proxy(request("/api/v1/figures"));
    expect(api.status).toBe(401);
    expect(await api.json()).toMatchObject({ error: { status: 401, message: expect.stringMatching(/requires signing in/) } });
    expect(passes(await proxy(request("/login")))).toBe(true);
    expect(passes(await proxy(request("/api/auth/get-session")))).toBe(true);
    expect(passes(await proxy(request("/conflicts/donbas", true)))).toBe(true);
    expect(passes(await proxy(request("/api/v1/figures", true)))).toBe(true);
  });
});
