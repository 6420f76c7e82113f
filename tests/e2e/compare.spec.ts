import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/** Collects console errors and uncaught page errors; every test ends by asserting there were none. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`page: ${e.message}`));
  return errors;
}

const table = (page: Page) => page.locator('[data-table="comparison"] table');
const row = (page: Page, id: string) => table(page).locator(`tr[data-row="${id}"]`);

async function addConflict(page: Page, name: string, slug: string) {
  const box = page.getByRole("combobox", { name: "Add a conflict" });
  await box.fill(name.slice(0, 6));
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`c=[^&]*${slug}`));
}

test("an analyst builds a comparison, changes the view, and the URL reproduces it in a new browser", async ({ page, browser }) => {
  const errors = watchErrors(page);
  await page.goto("/compare");
  await expect(page.getByRole("heading", { name: "Start with a comparison from the dossier" })).toBeVisible();

  await addConflict(page, "Nagorno-Karabakh conflict", "nagorno-karabakh");
  await addConflict(page, "Transnistria conflict (Dniester region)", "transnistria");
  await addConflict(page, "Georgian–Abkhaz conflict", "abkhazia");
  await expect(page).toHaveURL(/c=nagorno-karabakh,transnistria,abkhazia/);
  const chips = page.getByRole("list", { name: "Conflicts compared" });
  await expect(chips.getByRole("listitem")).toHaveText([/Nagorno-Karabakh/, /Transnistria/, /Abkhazia/]);

  // The comparison table: one column per conflict, values with their sources.
  await expect(table(page).locator("thead th")).toHaveText([/Attribute/, /Nagorno-Karabakh/, /Transnistria/, /Abkhazia/]);
  await expect(row(page, "peak")).toContainText("7,646");
  await expect(row(page, "peak")).toContainText("in 2020");
  await row(page, "peak").getByRole("link", { name: "7,646" }).hover();
  await expect(page.getByRole("tooltip").filter({ hasText: "UCDP BRD 24.1" }).first()).toBeVisible();

  // Metric, scale and year range.
  await page.getByRole("button", { name: "Cumulative deaths" }).click();
  await expect(page).toHaveURL(/metric=cumulative/);
  await page.getByRole("button", { name: "Log" }).click();
  await expect(page).toHaveURL(/scale=log/);
  await page.getByLabel("From year").fill("1992");
  await page.getByLabel("From year").press("Enter");
  await page.getByLabel("To year").fill("1993");
  await page.getByLabel("To year").press("Enter");
  await expect(page).toHaveURL(/from=1992/);
  await expect(page).toHaveURL(/to=1993/);
  // Abkhazia: 566 (1992) + 1,611 (1993) in UCDP BRD 24.1.
  await expect(row(page, "total").locator("td").nth(2)).toContainText("2,177");

  // Sort the table by a conflict's numbers, filter it, hide and move rows.
  await table(page).getByRole("button", { name: /Sort by Nagorno-Karabakh conflict/ }).click();
  await expect(page).toHaveURL(/table\.sort=nagorno-karabakh/);
  await page.getByRole("button", { name: "Hide “Type”" }).click();
  await expect(page).toHaveURL(/hide=type/);
  await expect(row(page, "type")).toHaveCount(0);
  await page.getByRole("searchbox", { name: "Search the comparison" }).fill("Russia");
  await expect(page).toHaveURL(/table\.q=Russia/);
  const shown = await table(page).locator("tbody tr").count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(13);
  const url = page.url();

  // The same URL in a new browser context gives the same view.
  const other = await browser.newContext();
  const again = await other.newPage();
  const otherErrors = watchErrors(again);
  await again.goto(url);
  await expect(again.getByRole("list", { name: "Conflicts compared" }).getByRole("listitem")).toHaveCount(3);
  await expect(again.getByRole("button", { name: "Cumulative deaths" })).toHaveAttribute("aria-pressed", "true");
  await expect(again.getByRole("button", { name: "Log" })).toHaveAttribute("aria-pressed", "true");
  await expect(again.getByLabel("From year")).toHaveValue("1992");
  await expect(again.getByLabel("To year")).toHaveValue("1993");
  await expect(again.getByRole("searchbox", { name: "Search the comparison" })).toHaveValue("Russia");
  await expect(row(again, "type")).toHaveCount(0);
  await expect(table(again).locator("tbody tr")).toHaveCount(shown);
  await expect(table(again).locator("th[aria-sort]")).toHaveCount(1);
  await other.close();

  // Back steps through the changes (typing in the search box replaces its entry): the hidden row comes back.
  await page.goBack();
  await expect(row(page, "type")).toHaveCount(1);
  expect(errors).toEqual([]);
  expect(otherErrors).toEqual([]);
});

test("rows move up and down, and the order is in the URL", async ({ page }) => {
  await page.goto("/compare?c=donbas,nagorno-karabakh");
  const firstRows = () => table(page).locator("tbody tr").evaluateAll((rows) => rows.slice(0, 2).map((r) => r.getAttribute("data-row")));
  expect(await firstRows()).toEqual(["period", "status"]);
  await page.getByRole("button", { name: "Move “Status” up" }).click();
  await expect(page).toHaveURL(/rows=status,period/);
  expect(await firstRows()).toEqual(["status", "period"]);
  await page.reload();
  expect(await firstRows()).toEqual(["status", "period"]);
});

test("an unknown conflict is named and the rest of the comparison still works", async ({ page }) => {
  const errors = watchErrors(page);
  const response = await page.goto("/compare?c=nagorno-karabakh,atlantis,donbas");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("alert").filter({ hasText: "atlantis" })).toContainText("Parallax holds no conflict “atlantis”");
  await expect(table(page).locator("thead th")).toHaveText([/Attribute/, /Nagorno-Karabakh/, /Donbas/]);
  expect(errors).toEqual([]);
});

test("malformed view parameters fall back to defaults with a notice naming them", async ({ page }) => {
  const response = await page.goto("/compare?c=donbas&scale=cubic&from=abc&metric=&hide=nope&c2=x");
  expect(response?.status()).toBe(200);
  const notice = page.getByRole("status").filter({ hasText: "not understood" });
  await expect(notice).toContainText("scale: “cubic”");
  await expect(notice).toContainText("from: “abc”");
  await expect(notice).toContainText("no row “nope”");
  await expect(page.getByRole("button", { name: "Linear" })).toHaveAttribute("aria-pressed", "true");
  await expect(row(page, "peak")).toContainText("4,805");
  const bad = await page.goto("/compare?c=<b>x</b>,donbas");
  expect(bad?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "not a conflict slug" })).toBeVisible();
});

test("the disagreeing sources are side by side and the dossier's figure is marked on the UCDP chart", async ({ page }) => {
  await page.goto("/compare?c=donbas,nagorno-karabakh");
  const section = page.locator("#disagreements");
  const y2014 = section.locator('[data-comparison="brd:ukraine:2014"]');
  await expect(y2014).toContainText("4,441");
  await expect(y2014).toContainText("4,893");
  await expect(y2014).toContainText("UCDP BRD 24.1 gives 452 more (+10.2 %) than ISPI dossier 2021");
  await expect(y2014).toContainText("release");
  // The chart's accessible description mentions the dossier's figure on the UCDP series.
  const chart = page.locator("#deaths figure");
  const describedBy = await chart.getAttribute("aria-describedby");
  await expect(page.locator(`[id="${describedBy}"]`)).toContainText("4,441 in 2014");
  await expect(page.locator("#deaths svg .recharts-line").first()).toBeVisible();
});

test("a mandate matrix cell shows the instrument's text and the clause's source", async ({ page }) => {
  await page.goto("/compare?c=nagorno-karabakh,transnistria");
  const matrix = page.locator("#mandates");
  await expect(matrix.getByRole("row", { name: /Rules of engagement/ })).toContainText("Not specified");
  await matrix.getByRole("button", { name: /^Rules of engagement, Statement by the President of Azerbaijan.*Not specified/ }).click();
  const detail = page.getByTestId("clause-detail");
  await expect(detail).toContainText("rules of engagement");
  await expect(detail).toContainText("Signatories");
  await expect(detail.locator("blockquote").first()).toContainText("set out rules of engagement");
});

test("the comparison page passes axe with a selection and empty", async ({ page }) => {
  for (const url of ["/compare?c=nagorno-karabakh,transnistria,abkhazia,donbas", "/compare"]) {
    await page.goto(url);
    await expect(page.locator("main h1")).toHaveText("Compare conflicts");
    // Plus an experimental rule Lighthouse runs: a control's name contains its visible text (WCAG 2.5.3).
    const results = await new AxeBuilder({ page }).options({ rules: { "label-content-name-mismatch": { enabled: true } } }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`), url).toEqual([]);
  }
});
