import { expect, expectNoStackTrace, test } from "./fixtures";

/**
 * Regression tests for issues found while writing the browser tests (API messages, malformed
 * addresses, mission periods, unit-aware comparisons, panel figures naming their mission, page
 * numbers, the overview's count of quoted figures).
 */

test("endpoints without parameters do not end their 400 message with “Known parameters: .”", async ({ request }) => {
  for (const path of ["/api/v1/conflicts?x=1", "/api/v1/missions?x=1", "/api/v1/conflicts/donbas?x=1"]) {
    const body = (await (await request.get(path)).json()) as { error: { message: string } };
    expect(body.error.message).not.toMatch(/Known parameters: \.$/);
  }
});

test("a malformed percent-escape in a path answers 400/404, not a bare 500", async ({ request }) => {
  for (const path of ["/conflicts/%ZZ", "/sources/%ZZ", "/api/v1/conflicts/%ZZ"]) {
    const res = await request.get(path);
    expectNoStackTrace(await res.text());
    expect(res.status(), path).toBeLessThan(500);
  }
});

test("a mission whose status is Ended does not show its period as running to “present”", async ({ page }) => {
  await page.goto("/missions/nk-russian-peacekeeping-contingent");
  await expect(page.locator(".eyebrow")).toContainText("Ended");
  // Read once (no retrying): an expected failure should not wait out the timeout.
  expect(await page.locator("dl.facts dt", { hasText: /^Period$/ }).locator("+ dd").innerText()).not.toContain("present");
});

test("“Where sources disagree” does not compute a difference between figures in different units", async ({ page }) => {
  await page.goto("/conflicts/nagorno-karabakh");
  const c = page.locator('[data-comparison="duration:nk-war-2020"]');
  await expect(c.locator("tbody tr")).toHaveCount(3);
  expect(await c.innerText()).not.toContain("−86.4 %");
});

test("figures matched by the mission filter name the mission", async ({ request }) => {
  const body = (await (await request.get("/api/v1/figures?mission=transnistria-joint-peacekeeping-force&year_from=2016&year_to=2016&measure=personnel")).json()) as {
    figures: { mission: { slug: string } | null }[];
  };
  expect(body.figures.length).toBeGreaterThan(0);
  for (const f of body.figures) expect(f.mission?.slug).toBe("transnistria-joint-peacekeeping-force");
});

test("a malformed page number is explained in words, not in zod's default message", async ({ page }) => {
  await page.goto("/sources/ucdp-brd%4024.1?page=abc");
  await expect(page.locator('.notice[role="status"]')).toContainText("Parameter “page”");
  expect(await page.locator('.notice[role="status"]').innerText()).not.toContain("Invalid input");
});

test("the overview counts only figures that have a quote", async ({ page, request }) => {
  const body = (await (await request.get("/api/v1/figures?curated=true&release=all")).json()) as { figures: { locator: { kind: string; quote?: string | null } }[] };
  const withQuote = body.figures.filter((f) => f.locator.kind !== "row" && f.locator.quote).length;
  await page.goto("/");
  const stat = page.getByLabel("What Parallax holds").getByRole("link").filter({ hasText: "curated figures with quotes" });
  await expect(stat).toBeVisible();
  expect(await stat.locator(".n").innerText()).toBe(String(withQuote));
});
