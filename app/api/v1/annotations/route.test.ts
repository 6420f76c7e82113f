import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb } from "../../../../tests/helpers/test-db";

/** GET /api/v1/annotations with real sessions: what each caller may read, JSON errors otherwise. */
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => {} }) }));

let t: ReturnType<typeof createTestDb>;
let GET: typeof import("./route").GET;
const cookie: Record<string, string> = {};
const PASSWORD = "correct horse battery staple";

beforeAll(async () => {
  t = createTestDb({ seeded: true });
  process.env.DATABASE_URL = `file:${t.file}`;
  const { getAuth } = await import("../../../../lib/auth");
  const { getPrisma } = await import("../../../../lib/db");
  const { createUserAccount } = await import("../../../../lib/auth-users");
  const auth = getAuth(false);
  const prisma = getPrisma();
  const ids: Record<string, string> = {};
  for (const who of ["alice", "bob"]) {
    ids[who] = (await createUserAccount(auth, prisma, { email: `${who}@example.org`, password: PASSWORD, role: "analyst", name: who })).id;
    cookie[who] = (await auth.api.signInEmail({ body: { email: `${who}@example.org`, password: PASSWORD }, returnHeaders: true })).headers.get("set-cookie")!.split(";")[0]!;
  }
  const note = (authorId: string, body: string, visibility: string, deleted = false) =>
    prisma.annotation.create({
      data: { targetType: "conflict", targetKey: "donbas", targetLabel: "War in Donbas", targetPath: "/conflicts/donbas", body, tags: '["casualties"]', visibility, authorId, updatedById: authorId, deletedAt: deleted ? new Date() : null },
    });
  await note(ids.alice!, "Alice's team note with <script>alert(1)</script>", "team");
  await note(ids.alice!, "Alice's private note", "private");
  await note(ids.bob!, "Bob's private note", "private");
  await note(ids.bob!, "Bob's deleted team note", "team", true);
  GET = (await import("./route")).GET;
});
afterAll(() => t?.cleanup());

const get = (query = "", who?: string) => GET(new Request(`http://localhost/api/v1/annotations${query}`, { headers: who ? { cookie: cookie[who]! } : {} }));

describe("GET /api/v1/annotations", () => {
  it("answers 401 in JSON without a session", async () => {
    const res = await get();
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { status: 401, message: expect.stringMatching(/Sign in/) } });
  });

  it("returns team notes and the caller's own private ones, never others' private or deleted notes", async () => {
    const bodies = async (who: string) => ((await (await get("", who)).json()) as { annotations: { markdown: string }[] }).annotations.map((a) => a.markdown).sort();
    expect(await bodies("alice")).toEqual(["Alice's private note", "Alice's team note with <script>alert(1)</script>"]);
    expect(await bodies("bob")).toEqual(["Alice's team note with <script>alert(1)</script>", "Bob's private note"]);
  });

  it("serves the rendered HTML sanitised, and the entry, author and tags", async () => {
    const body = (await (await get("?entry_type=conflict&entry=donbas&tag=casualties", "bob")).json()) as { total: number; annotations: { html: string; entry: unknown; author: string; tags: string[] }[] };
    const team = body.annotations.find((a) => a.author === "alice")!;
    expect(team.html).not.toContain("<script");
    expect(team.html).toContain("&lt;script&gt;");
    expect(team).toMatchObject({ entry: { type: "conflict", key: "donbas", label: "War in Donbas", path: "/conflicts/donbas" }, tags: ["casualties"] });
  });

  it("names a bad parameter in a 400", async () => {
    const res = await get("?entry_type=planet", "alice");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { parameter: "entry_type" } });
    expect((await get("?entry=donbas", "alice")).status).toBe(400);
    expect((await get("?colour=red", "alice")).status).toBe(400);
  });
});
