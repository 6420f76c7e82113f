import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { E2E_DB_FILE } from "./config";

/**
 * The page cache (lib/page-cache.ts) as a reader meets it: anonymous pages come from memory until
 * the data changes; signed-in readers, client navigations and API downloads never do.
 */
test("an anonymous page is served from the cache until the database changes", async ({ request }) => {
  const url = "/missions?cache-spec=1";
  await request.get(url);
  const second = await request.get(url);
  expect(second.headers()["x-parallax-cache"]).toBe("hit");
  const cachedBody = await second.text();

  // Any commit by another connection (here: this test's own) invalidates every entry.
  const db = new Database(process.env.E2E_DB_FILE ?? E2E_DB_FILE, { timeout: 10_000 });
  try {
    db.transaction(() => {
      db.prepare(`INSERT INTO "FigureComparison" (key, title, note) VALUES ('cache-spec', 'cache spec', 'temporary')`).run();
      db.prepare(`DELETE FROM "FigureComparison" WHERE key = 'cache-spec'`).run();
    })();
  } finally {
    db.close();
  }
  const third = await request.get(url);
  expect(third.headers()["x-parallax-cache"]).toBe("miss");
  expect(await third.text()).toBe(cachedBody);
});

test("signed-in readers, client navigations and exports bypass the cache", async ({ request }) => {
  const withCookie = await request.get("/conflicts", { headers: { cookie: "parallax.session_token=not-a-real-session" } });
  expect(withCookie.status()).toBe(200);
  expect(withCookie.headers()["x-parallax-cache"]).toBeUndefined();
  const rsc = await request.get("/conflicts", { headers: { rsc: "1" } });
  expect(rsc.headers()["x-parallax-cache"]).toBeUndefined();
  const download = await request.get("/api/v1/export/missions?format=csv");
  expect(download.headers()["x-parallax-cache"]).toBeUndefined();
  await request.get("/api/v1/conflicts");
  expect((await request.get("/api/v1/conflicts")).headers()["x-parallax-cache"]).toBe("hit");
});
