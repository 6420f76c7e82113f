import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDb, tableCounts } from "../../tests/helpers/test-db";

/**
 * The write actions called directly, as a forged request would call them — not through the UI.
 * Sessions are real: users are created and signed in through Better Auth's server API, and the
 * session cookie is handed to the actions through a stand-in for next/headers.
 */
let requestHeaders = new Headers();
vi.mock("next/headers", () => ({
  headers: async () => requestHeaders,
  // The request's cookies, decoded as Next does; what an action sets is not needed here.
  cookies: async () => {
    const all = (requestHeaders.get("cookie") ?? "")
      .split(/;\s*/)
      .filter(Boolean)
      .map((pair) => ({ name: pair.slice(0, pair.indexOf("=")), value: decodeURIComponent(pair.slice(pair.indexOf("=") + 1)) }));
    return { getAll: () => all, get: (name: string) => all.find((c) => c.name === name), set: () => {}, delete: () => {}, has: (name: string) => all.some((c) => c.name === name) };
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error(`NEXT_REDIRECT ${url}`), { digest: `NEXT_REDIRECT;${url}` });
  },
}));

let t: ReturnType<typeof createTestDb>;
let mod: {
  annotations: typeof import("./annotations");
  figures: typeof import("./figures");
  users: typeof import("./users");
  imports: typeof import("./imports");
  authActions: typeof import("../auth-actions");
  queries: typeof import("../queries/annotations");
};
const cookie: Record<"viewer" | "analyst" | "analyst2" | "admin", string> = { viewer: "", analyst: "", analyst2: "", admin: "" };
const ids: Record<string, string> = {};
const PASSWORD = "correct horse battery staple";

function as(who: keyof typeof cookie | null): void {
  requestHeaders = new Headers({ "x-forwarded-for": "203.0.113.7", ...(who ? { cookie: cookie[who] } : {}) });
}

function form(fields: Record<string, string | number>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, String(v));
  return fd;
}

const idle = { ok: false, message: "" };

beforeAll(async () => {
  t = createTestDb({ seeded: true });
  process.env.DATABASE_URL = `file:${t.file}`;
  const { getAuth } = await import("../auth");
  const { getPrisma } = await import("../db");
  const { createUserAccount } = await import("../auth-users");
  const auth = getAuth(false);
  for (const [who, role] of [["viewer", "viewer"], ["analyst", "analyst"], ["analyst2", "analyst"], ["admin", "admin"]] as const) {
    const user = await createUserAccount(auth, getPrisma(), { email: `${who}@example.org`, password: PASSWORD, role, name: `Test ${who}` });
    ids[who] = user.id;
    const signedIn = await auth.api.signInEmail({ body: { email: `${who}@example.org`, password: PASSWORD }, returnHeaders: true });
    cookie[who] = signedIn.headers.get("set-cookie")!.split(";")[0]!;
  }
  mod = {
    annotations: await import("./annotations"),
    figures: await import("./figures"),
    users: await import("./users"),
    imports: await import("./imports"),
    authActions: await import("../auth-actions"),
    queries: await import("../queries/annotations"),
  };
});
afterAll(() => t?.cleanup());
beforeEach(() => as(null));

async function createNote(who: keyof typeof cookie, body: string, visibility: "team" | "private" = "team") {
  as(who);
  const result = await mod.annotations.createAnnotation(idle, form({ targetType: "conflict", targetKey: "donbas", body, tags: "test", visibility }));
  expect(result.ok, result.message).toBe(true);
  return result.saved!;
}

/**
 * A well-formed call of every write action, against rows that exist: a refusal must come from the
 * permission check, not from a missing field. A new action without an entry here fails the test.
 */
async function forgedCalls(): Promise<Record<string, () => Promise<{ ok: boolean; message: string }>>> {
  const note = await createNote("analyst", "A note the viewer will try to change.");
  const figureId = (t.db.prepare(`SELECT id FROM "Figure" WHERE key IS NOT NULL AND "conflictId" IS NOT NULL LIMIT 1`).get() as { id: number }).id;
  const figure = { best: "5000", qualifier: "exact", sourceMode: "new", sourceTitle: "A report", sourcePublisher: "Some Institute", sourceDate: "2021", locator: "p. 4" };
  as("admin");
  await mod.annotations.deleteAnnotation(idle, form({ id: (await createNote("admin", "A deleted note.")).id }));
  const deletedId = (t.db.prepare(`SELECT id FROM "Annotation" WHERE "deletedAt" IS NOT NULL LIMIT 1`).get() as { id: number }).id;
  return {
    "annotations.createAnnotation": () => mod.annotations.createAnnotation(idle, form({ targetType: "conflict", targetKey: "donbas", body: "forged", tags: "", visibility: "team" })),
    "annotations.updateAnnotation": () => mod.annotations.updateAnnotation(idle, form({ id: note.id, version: note.version, body: "forged edit", tags: "", visibility: "team" })),
    "annotations.deleteAnnotation": () => mod.annotations.deleteAnnotation(idle, form({ id: note.id })),
    "annotations.undeleteAnnotation": () => mod.annotations.undeleteAnnotation(idle, form({ id: deletedId })),
    "annotations.restoreAnnotationVersion": () => mod.annotations.restoreAnnotationVersion(idle, form({ id: note.id, version: note.version, fromVersion: 1 })),
    "annotations.previewAnnotation": async () => {
      const r = await mod.annotations.previewAnnotation("**x**");
      return { ok: r.ok, message: r.message };
    },
    "figures.addFigure": () => mod.figures.addFigure(idle, form({ ...figure, about: "conflict:donbas", measure: "battle_related_deaths", unit: "deaths", subject: "forged", periodStart: "2014" })),
    "figures.disputeFigure": () => mod.figures.disputeFigure(idle, form({ ...figure, figureId, reason: "A forged dispute of this figure." })),
    "users.setUserRole": () => mod.users.setUserRole(idle, form({ userId: ids.viewer!, role: "admin" })),
    "users.revokeUserSessions": () => mod.users.revokeUserSessions(idle, form({ userId: ids.analyst! })),
    "users.createUser": () => mod.users.createUser(idle, form({ email: "forged@example.org", password: PASSWORD, role: "admin" })),
    "imports.uploadImport": async () => {
      const fd = new FormData();
      fd.set("file", new File(["conflict_id,year\n1,2000\n"], "forged.csv", { type: "text/csv" }));
      return mod.imports.uploadImport({ ...idle, errors: {}, report: null }, fd);
    },
    "imports.linkUcdpConflict": () => mod.imports.linkUcdpConflict({ ...idle, errors: {} }, form({ ucdpConflictId: "11342", conflict: "kosovo" })),
    "imports.createConflictFromUcdp": () => mod.imports.createConflictFromUcdp({ ...idle, errors: {} }, form({ ucdpConflictId: "203" })),
  };
}

function exportedActions(): string[] {
  return Object.entries({ annotations: mod.annotations, figures: mod.figures, users: mod.users, imports: mod.imports })
    .flatMap(([m, exports]) => Object.entries(exports).filter(([, v]) => typeof v === "function").map(([name]) => `${m}.${name}`))
    .sort();
}

describe("every write action refuses a viewer and an anonymous caller", () => {
  it("covers every exported action", async () => {
    const calls = await forgedCalls();
    expect(Object.keys(calls).sort()).toEqual(exportedActions());
  });

  it.each(["viewer", null] as const)("%s: refused with a sentence, nothing written", async (who) => {
    const calls = await forgedCalls();
    const before = tableCounts(t.db);
    const snapshot = t.db.prepare(`SELECT id, body, version, "deletedAt" FROM "Annotation" ORDER BY id`).all();
    const roles = t.db.prepare(`SELECT id, role FROM "User" ORDER BY id`).all();
    const sessions = t.db.prepare(`SELECT COUNT(*) AS n FROM "Session"`).get();
    for (const [name, call] of Object.entries(calls)) {
      as(who);
      const result = await call();
      expect(result.ok, `${name} as ${who ?? "anonymous"}`).toBe(false);
      expect(result.message, name).toMatch(who ? /needs an? (analyst|admin)|yours is a viewer/ : /not signed in/);
    }
    expect(tableCounts(t.db)).toEqual(before);
    expect(t.db.prepare(`SELECT id, body, version, "deletedAt" FROM "Annotation" ORDER BY id`).all()).toEqual(snapshot);
    expect(t.db.prepare(`SELECT id, role FROM "User" ORDER BY id`).all()).toEqual(roles);
    expect(t.db.prepare(`SELECT COUNT(*) AS n FROM "Session"`).get()).toEqual(sessions);
  });

  it("refuses a revoked session at once", async () => {
    const auth = (await import("../auth")).getAuth(false);
    const signedIn = await auth.api.signInEmail({ body: { email: "analyst2@example.org", password: PASSWORD }, returnHeaders: true });
    const revoked = signedIn.headers.get("set-cookie")!.split(";")[0]!;
    as("admin");
    expect((await mod.users.revokeUserSessions(idle, form({ userId: ids.analyst2! }))).ok).toBe(true);
    requestHeaders = new Headers({ cookie: revoked });
    const result = await mod.annotations.createAnnotation(idle, form({ targetType: "conflict", targetKey: "donbas", body: "after revocation", visibility: "team" }));
    expect(result).toMatchObject({ ok: false, signInRequired: true });
    cookie.analyst2 = (await auth.api.signInEmail({ body: { email: "analyst2@example.org", password: PASSWORD }, returnHeaders: true })).headers.get("set-cookie")!.split(";")[0]!;
  });
});

describe("optimistic concurrency", () => {
  it("refuses a save over a newer version and returns both texts; nothing is overwritten", async () => {
    const note = await createNote("analyst", "First text of a shared note.");
    as("analyst");
    const first = await mod.annotations.updateAnnotation(idle, form({ id: note.id, version: note.version, body: "Analyst one's edit.", tags: "test", visibility: "team" }));
    expect(first).toMatchObject({ ok: true, saved: { id: note.id, version: 2 } });
    as("analyst2");
    const second = await mod.annotations.updateAnnotation(idle, form({ id: note.id, version: note.version, body: "Analyst two's edit, from version 1.", tags: "test", visibility: "team" }));
    expect(second.ok).toBe(false);
    expect(second.conflict).toMatchObject({
      theirs: { version: 2, body: "Analyst one's edit.", tags: ["test"], visibility: "team", by: "Test analyst" },
      yours: { body: "Analyst two's edit, from version 1.", tags: "test", visibility: "team" },
    });
    expect(second.message).toMatch(/newer version \(version 2\)/);
    const row = t.db.prepare(`SELECT body, version FROM "Annotation" WHERE id = ?`).get(note.id);
    expect(row).toEqual({ body: "Analyst one's edit.", version: 2 });
    // Merged and saved over version 2: accepted as version 3, every version kept.
    const merged = await mod.annotations.updateAnnotation(idle, form({ id: note.id, version: 2, body: "Merged: one's edit and two's.", tags: "test", visibility: "team" }));
    expect(merged).toMatchObject({ ok: true, saved: { version: 3 } });
    const history = t.db.prepare(`SELECT version, body, change FROM "AnnotationRevision" WHERE "annotationId" = ? ORDER BY version`).all(note.id);
    expect(history).toEqual([
      { version: 1, body: "First text of a shared note.", change: "created" },
      { version: 2, body: "Analyst one's edit.", change: "edited" },
      { version: 3, body: "Merged: one's edit and two's.", change: "edited" },
    ]);
  });

  it("restores an old version as a new one, and refuses a restore from a stale page", async () => {
    const note = await createNote("analyst", "Version one.");
    as("analyst");
    await mod.annotations.updateAnnotation(idle, form({ id: note.id, version: 1, body: "Version two.", visibility: "team" }));
    const restored = await mod.annotations.restoreAnnotationVersion(idle, form({ id: note.id, version: 2, fromVersion: 1 }));
    expect(restored).toMatchObject({ ok: true, saved: { version: 3 } });
    expect(t.db.prepare(`SELECT body, version FROM "Annotation" WHERE id = ?`).get(note.id)).toEqual({ body: "Version one.", version: 3 });
    // A page still showing version 2 restores version 1 again: refused, saying what happened (who
    // saved which version), that nothing is lost, and what to do.
    as("analyst2");
    const stale = await mod.annotations.restoreAnnotationVersion(idle, form({ id: note.id, version: 2, fromVersion: 1 }));
    expect(stale.ok).toBe(false);
    expect(stale.message).toMatch(/^Version 1 was not restored: this page shows version 2, but Test analyst has since saved version 3\./);
    expect(stale.message).toMatch(/Nothing was changed and no version was lost\. Reload the history to see version 3, then restore version 1 again/);
    as("analyst");
    expect((await mod.annotations.restoreAnnotationVersion(idle, form({ id: note.id, version: 2, fromVersion: 1 }))).message).toMatch(/but you have \(in another tab or window\) since saved version 3/);
    expect(t.db.prepare(`SELECT version FROM "Annotation" WHERE id = ?`).get(note.id)).toEqual({ version: 3 });
    expect(t.db.prepare(`SELECT COUNT(*) AS n FROM "AnnotationRevision" WHERE "annotationId" = ?`).get(note.id)).toEqual({ n: 3 });
  });

  it("keeps the text out of the database when validation fails, with a sentence per field", async () => {
    as("analyst");
    const result = await mod.annotations.createAnnotation(idle, form({ targetType: "conflict", targetKey: "donbas", body: "   ", tags: "bad tag!", visibility: "everyone" }));
    expect(result.ok).toBe(false);
    expect(result.errors?.body?.[0]).toMatch(/empty/);
    expect(result.errors?.visibility?.[0]).toMatch(/team or private/);
    const unknown = await mod.annotations.createAnnotation(idle, form({ targetType: "conflict", targetKey: "no-such-conflict", body: "x", visibility: "team" }));
    expect(unknown.message).toMatch(/no longer exists/);
  });
});

describe("who reads and edits what", () => {
  it("shows private notes to their author only, and lets only the author edit them", async () => {
    const secret = await createNote("analyst", "Only mine to read.", "private");
    const { sessionUserFromHeaders } = await import("../auth-session");
    const reader = async (who: keyof typeof cookie) => sessionUserFromHeaders(new Headers({ cookie: cookie[who] }));
    const mine = await mod.queries.listVisibleNotes(await reader("analyst"));
    const theirs = await mod.queries.listVisibleNotes(await reader("analyst2"));
    expect(mine.notes.some((n) => n.id === secret.id)).toBe(true);
    expect(theirs.notes.some((n) => n.id === secret.id)).toBe(false);
    expect((await mod.queries.listVisibleNotes(await reader("admin"))).notes.some((n) => n.id === secret.id)).toBe(false);
    expect(await mod.queries.listVisibleNotes(null)).toEqual({ total: 0, notes: [] });
    as("analyst2");
    const edit = await mod.annotations.updateAnnotation(idle, form({ id: secret.id, version: 1, body: "Not mine.", visibility: "private" }));
    expect(edit.ok).toBe(false);
  });

  it("deletes softly; only an admin brings a note back", async () => {
    const note = await createNote("analyst", "Soon deleted.");
    as("analyst2");
    expect((await mod.annotations.deleteAnnotation(idle, form({ id: note.id }))).ok).toBe(false);
    as("analyst");
    expect((await mod.annotations.deleteAnnotation(idle, form({ id: note.id }))).ok).toBe(true);
    expect(t.db.prepare(`SELECT body, "deletedAt" IS NOT NULL AS deleted FROM "Annotation" WHERE id = ?`).get(note.id)).toEqual({ body: "Soon deleted.", deleted: 1 });
    expect((await mod.annotations.undeleteAnnotation(idle, form({ id: note.id }))).ok).toBe(false);
    as("admin");
    expect((await mod.annotations.undeleteAnnotation(idle, form({ id: note.id }))).ok).toBe(true);
    expect(t.db.prepare(`SELECT "deletedAt" FROM "Annotation" WHERE id = ?`).get(note.id)).toEqual({ deletedAt: null });
  });
});

describe("analysts' figures", () => {
  it("adds a figure with a new source and a locator, marked with who added it", async () => {
    as("analyst");
    const result = await mod.figures.addFigure(
      idle,
      form({ about: "conflict:donbas", measure: "battle_related_deaths", unit: "deaths", subject: "Deaths in Donbas, 2014 (test)", periodStart: "2014", best: "4,700", qualifier: "approximately", sourceMode: "new", sourceTitle: "Casualties report", sourcePublisher: "Test Institute", sourceDate: "2020-05", sourceUrl: "https://example.org/report", locator: "table 3" }),
    );
    expect(result.ok, result.message).toBe(true);
    const row = t.db
      .prepare(`SELECT f.best, f.qualifier, f."addedById", f.key, s.kind, s.url, c.section FROM "Figure" f JOIN "Source" s ON s.id = f."sourceId" JOIN "Citation" c ON c.id = f."citationId" WHERE f.id = ?`)
      .get(result.figureId);
    expect(row).toEqual({ best: 4700, qualifier: "approximately", addedById: ids.analyst, key: null, kind: "analyst", url: "https://example.org/report", section: "table 3" });
    const { getFigure } = await import("../queries/figures");
    expect(getFigure(result.figureId!)).toMatchObject({ addedBy: { name: "Test analyst" }, source: { shortTitle: "Test Institute 2020 · added by Test analyst" } });
  });

  it("refuses a figure without a source or a locator, saying what is missing", async () => {
    as("analyst");
    const result = await mod.figures.addFigure(idle, form({ about: "conflict:donbas", measure: "battle_related_deaths", unit: "deaths", subject: "No source", periodStart: "2014", best: "1", qualifier: "exact", sourceMode: "new" }));
    expect(result.ok).toBe(false);
    expect(result.errors?.sourceTitle?.[0]).toMatch(/title/);
    expect(result.errors?.locator?.[0]).toMatch(/where in the source/i);
  });

  it("disputes a figure without touching it", async () => {
    const original = t.db.prepare(`SELECT * FROM "Figure" WHERE key IS NOT NULL AND "conflictId" IS NOT NULL AND measure = 'battle_related_deaths' LIMIT 1`).get() as { id: number };
    const document = (t.db.prepare(`SELECT key FROM "Source" WHERE kind = 'official_document' LIMIT 1`).get() as { key: string }).key;
    as("analyst");
    const dossier = await mod.figures.disputeFigure(idle, form({ figureId: original.id, best: "9999", qualifier: "exact", sourceMode: "existing", sourceKey: "ispi-2021", locator: "p. 12", reason: "The report counts civilians too." }));
    expect(dossier.message).toMatch(/dossier's figures are curated/);
    const result = await mod.figures.disputeFigure(idle, form({ figureId: original.id, best: "9999", qualifier: "exact", sourceMode: "existing", sourceKey: document, locator: "p. 12", reason: "The report counts civilians too." }));
    expect(result.ok, result.message).toBe(true);
    expect(t.db.prepare(`SELECT * FROM "Figure" WHERE id = ?`).get(original.id)).toEqual(original);
    expect(t.db.prepare(`SELECT "disputesId", best, note FROM "Figure" WHERE id = ?`).get(result.figureId)).toEqual({ disputesId: original.id, best: 9999, note: "The report counts civilians too." });
    const { listDisputes } = await import("../queries/figures");
    expect(listDisputes([original.id]).map((f) => f.id)).toContain(result.figureId);
  });

  it("notes and analysts' figures survive a re-seed", async () => {
    const note = await createNote("analyst", "A note that outlives the seed.");
    const figures = t.db.prepare(`SELECT id FROM "Figure" WHERE "addedById" IS NOT NULL ORDER BY id`).all();
    expect(figures.length).toBeGreaterThan(0);
    const conflictId = t.db.prepare(`SELECT id FROM "Conflict" WHERE slug = 'donbas'`).get();
    const { seed } = await import("../../seed");
    await seed(t.db);
    expect(t.db.prepare(`SELECT body, "targetKey" FROM "Annotation" WHERE id = ?`).get(note.id)).toEqual({ body: "A note that outlives the seed.", targetKey: "donbas" });
    expect(t.db.prepare(`SELECT id FROM "Figure" WHERE "addedById" IS NOT NULL ORDER BY id`).all()).toEqual(figures);
    expect(t.db.prepare(`SELECT id FROM "Conflict" WHERE slug = 'donbas'`).get()).toEqual(conflictId);
    expect(t.db.prepare(`SELECT COUNT(*) AS n FROM "Figure" WHERE "disputesId" IS NOT NULL`).get()).toEqual({ n: 1 });
  });
});

describe("accounts", () => {
  it("lets an admin change a role and refuses changing their own", async () => {
    as("admin");
    expect(await mod.users.setUserRole(idle, form({ userId: ids.viewer!, role: "analyst" }))).toMatchObject({ ok: true });
    expect(t.db.prepare(`SELECT role FROM "User" WHERE id = ?`).get(ids.viewer)).toEqual({ role: "analyst" });
    expect(await mod.users.setUserRole(idle, form({ userId: ids.viewer!, role: "viewer" }))).toMatchObject({ ok: true });
    expect((await mod.users.setUserRole(idle, form({ userId: ids.admin!, role: "viewer" }))).message).toMatch(/own role/);
    expect((await mod.users.setUserRole(idle, form({ userId: ids.viewer!, role: "superuser" }))).ok).toBe(false);
  });

  it("signs in with a readable refusal for a wrong password", async () => {
    as(null);
    const result = await mod.authActions.signIn({ ok: false, message: "" }, form({ email: "viewer@example.org", password: "not the password at all" }));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/email or the password is wrong/), email: "viewer@example.org" });
  });
});
