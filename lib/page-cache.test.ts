import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../tests/helpers/test-db";

let t: ReturnType<typeof createTestDb>;
let cache: typeof import("./page-cache").pageCache;

beforeAll(async () => {
  t = createTestDb();
  process.env.DATABASE_URL = `file:${t.file}`;
  cache = (await import("./page-cache")).pageCache;
});
afterAll(() => t.cleanup());

const page = (text: string) => ({ status: 200, headers: [["content-type", "text/html"]] as [string, string][], body: new TextEncoder().encode(text) });

describe("the page cache", () => {
  it("answers a URL from memory until any other connection commits a write", async () => {
    cache.clear();
    await cache.fill("/conflicts", async () => page("v1"));
    expect(new TextDecoder().decode(cache.get("/conflicts")!.body)).toBe("v1");
    // A write through another connection (an import, an edit, a restore) changes SQLite's data_version.
    t.db.prepare(`INSERT INTO "FigureComparison" (key, title, note) VALUES ('cache-test', 't', 'n')`).run();
    expect(cache.get("/conflicts")).toBeNull();
    expect(cache.stats().entries).toBe(0);
  });

  it("renders once for concurrent misses of the same URL", async () => {
    cache.clear();
    let renders = 0;
    const render = async () => {
      renders++;
      await new Promise((r) => setTimeout(r, 20));
      return page("shared");
    };
    const answers = await Promise.all(Array.from({ length: 10 }, () => cache.fill("/compare?c=donbas", render)));
    expect(renders).toBe(1);
    expect(answers.every((a) => new TextDecoder().decode(a!.body) === "shared")).toBe(true);
  });

  it("keeps nothing rendered while the data changed, and nothing marked uncacheable", async () => {
    cache.clear();
    await cache.fill("/a", async () => {
      t.db.prepare(`DELETE FROM "FigureComparison" WHERE key = 'cache-test'`).run();
      return page("stale");
    });
    expect(cache.get("/a")).toBeNull();
    await cache.fill("/b", async () => ({ ...page("error"), status: 500, uncacheable: true }));
    expect(cache.get("/b")).toBeNull();
  });
});
