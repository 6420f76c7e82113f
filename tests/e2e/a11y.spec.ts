import type { Page } from "@playwright/test";
import { expect, test, waitForHydration } from "./fixtures";

/**
 * Accessibility smoke: axe-core when @axe-core/playwright is installed (skipped otherwise; never
 * installed by the tests), a skip link, an icon. The structure Parallax promises whatever axe
 * says — every chart a text description (aria-describedby), every table a caption in chart and
 * table views alike, unique ids — is checked on every main page by the “page health” tests of
 * pages.spec.ts (structuralProblems in fixtures.ts), which load each page once for both that and
 * its console.
 */

/** A page of each kind (compare.spec.ts runs axe on /compare itself). */
const AXE_PAGES = [
  ["/", "/conflicts", "/conflicts/donbas", "/missions/transnistria-joint-peacekeeping-force"],
  ["/actors/csto", "/dossier/risky-role-russian-peacekeepers-nagorno-karabakh", "/figures", "/sources/ucdp-brd%4024.1"],
];

type AxeResults = { violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[] };
type AxeBuilderCtor = new (options: { page: Page }) => { withTags(tags: string[]): { analyze(): Promise<AxeResults> } };

async function loadAxe(): Promise<AxeBuilderCtor | null> {
  const name = "@axe-core/playwright"; // not a static import: the package is optional
  try {
    const mod = (await import(name)) as { default?: AxeBuilderCtor; AxeBuilder?: AxeBuilderCtor };
    return mod.default ?? mod.AxeBuilder ?? null;
  } catch {
    return null;
  }
}

test.describe("axe-core", () => {
  for (const pages of AXE_PAGES) {
    test(`no WCAG 2.1 A/AA violations on ${pages.join(", ")}`, async ({ page }) => {
      const AxeBuilder = await loadAxe();
      test.skip(AxeBuilder === null, "@axe-core/playwright is not installed");
      test.setTimeout(90_000);
      const found: string[] = [];
      for (const path of pages) {
        await page.goto(path);
        await expect(page.locator("main h1").first()).toBeVisible();
        await waitForHydration(page.getByRole("navigation", { name: "Main" }).getByRole("link").first());
        const results = await new AxeBuilder!({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        for (const v of results.violations) {
          found.push(`${path}: ${v.id} (${v.impact}) ×${v.nodes.length} — ${v.help}; e.g. ${v.nodes.slice(0, 2).map((n) => n.target.join(" ")).join(" ; ")}`);
        }
      }
      expect(found).toEqual([]);
    });
  }
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/conflicts/donbas");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await page.keyboard.press("Tab");
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator("main#main")).toBeInViewport();
});

test("the site has an icon, so browsers do not fetch a missing /favicon.ico", async ({ page, request }) => {
  await page.goto("/");
  const declared = await page.locator('head link[rel~="icon"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  const hrefs = declared.length ? declared : [new URL("/favicon.ico", page.url()).href];
  for (const href of hrefs) {
    const res = await request.get(href);
    expect(res.status(), `GET ${href}`).toBe(200);
    expect(res.headers()["content-type"]).toMatch(/^image\//);
  }
});
