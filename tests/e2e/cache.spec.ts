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
  expect(rsc.headers()["content-type"]).toContain("text/x-component");
  const rscQuery = await request.get("/conflicts?_rsc=abc12", { headers: { rsc: "1" } });
  expect(rscQuery.headers()["x-parallax-cache"]).toBeUndefined();
  const download = await request.get("/api/v1/export/missions?format=csv");
  expect(download.headers()["x-parallax-cache"]).toBeUndefined();
  await request.get("/api/v1/conflicts");
  expect((await request.get("/api/v1/conflicts")).headers()["x-parallax-cache"]).toBe("hit");
});

test("an anonymous reader's link clicks are client-side navigations, not full reloads from the cache", async ({ page }) => {
  // Cache both pages first, so a cached HTML answer to the navigation's RSC request would show here.
  await page.request.get("/missions");
  await page.request.get("/missions");
  await page.goto("/");
  await page.waitForFunction(() => document.readyState === "complete");
  await page.evaluate(() => ((window as unknown as { parallaxMarker: number }).parallaxMarker = 42));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Missions" }).click();
  await expect(page).toHaveURL(/\/missions$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Missions");
  // A full reload would have replaced the window (and its marker).
  expect(await page.evaluate(() => (window as unknown as { parallaxMarker?: number }).parallaxMarker)).toBe(42);
});

test("a cached page goes out gzipped once, decodes to the page, and the cache's own route answers no one directly", async ({ request }) => {
  const url = "/conflicts?cache-spec=gzip";
  await request.get(url);
  const plain = await request.get(url, { headers: { "accept-encoding": "identity" } });
  expect(plain.headers()["x-parallax-cache"]).toBe("hit");
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  const gzipped = await request.get(url, { headers: { "accept-encoding": "gzip" } });
  expect(gzipped.headers()["x-parallax-cache"]).toBe("hit");
  expect(gzipped.headers()["content-encoding"]).toBe("gzip");
  // The client decodes it: one layer of gzip, the same page (a second layer would not be HTML).
  expect(await gzipped.text()).toBe(await plain.text());
  expect(await plain.text()).toMatch(/^<!DOCTYPE html>/);

  const direct = await request.get("/api/page-cache", { headers: { "x-parallax-cache-address": "/conflicts", "x-parallax-cache-token": "guessed" } });
  expect(direct.status()).toBe(404);
  expect(await direct.json()).toMatchObject({ error: { status: 404 } });
});
