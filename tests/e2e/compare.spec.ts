import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { E2E_DB_FILE } from "./config";
import { waitForHydration } from "./fixtures";

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
  // The rows follow the address a moment after it changes.
  await expect.poll(() => table(page).locator("tbody tr").count()).toBeLessThan(13);
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

  // Back steps through the changes: a search is one entry (its first keystroke pushes, typing
  // replaces), so Back first empties the box, then brings the hidden row back.
  await page.goBack();
  await expect(page).not.toHaveURL(/table\.q=/);
  await expect(page.getByRole("searchbox", { name: "Search the comparison" })).toHaveValue("");
  await expect(row(page, "type")).toHaveCount(0);
  await page.goBack();
  await expect(row(page, "type")).toHaveCount(1);
  // Forward again: the box follows the address.
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole("searchbox", { name: "Search the comparison" })).toHaveValue("Russia");
  expect(errors).toEqual([]);
  expect(otherErrors).toEqual([]);
});

test("rows move up and down, and the order is in the URL", async ({ page }) => {
  await page.goto("/compare?c=donbas,nagorno-karabakh");
  const firstRows = () => table(page).locator("tbody tr").evaluateAll((rows) => rows.slice(0, 2).map((r) => r.getAttribute("data-row")));
  expect(await firstRows()).toEqual(["period", "status"]);
  await page.getByRole("button", { name: "Move “Status” up" }).click();
  await expect(page).toHaveURL(/rows=status,period/);
  await expect.poll(firstRows).toEqual(["status", "period"]);
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
  // The reference (the dossier's figure) is the first row, which the last column's heading names.
  await expect(y2014.locator("thead th").last()).toHaveText("Against the reference (first row)");
  await expect(y2014.locator("tbody tr").first().locator("td").first()).toHaveText("ISPI dossier 2021");
  await expect(y2014.locator("tbody tr").first().locator("td").last()).toHaveText("reference");
  // Deaths are people: the 2020 pair is compared, and agrees as its note says.
  const nk2020 = section.locator('[data-comparison="brd:nagorno-karabakh:2020"]');
  await expect(nk2020).toContainText("UCDP BRD 24.1's 7,646 is consistent with ISPI dossier 2021's “over 7,000”");
  await expect(nk2020).not.toContainText("Not compared");
  // Where the note says "same quantity, different precision" or "the sources agree", no disagreement is claimed.
  const contingent = section.locator('[data-comparison="personnel:nk-contingent"]');
  await expect(contingent).toContainText("consistent within the stated precision; they differ by 40 (2.0 %)");
  await expect(contingent).not.toContainText("falls outside");
  const length = section.locator('[data-comparison="duration:nk-war-2020"]');
  await expect(length).toContainText("6 weeks");
  await expect(length).not.toContainText("fewer");
  // Figures in the arguments carry their unit.
  const duration = page.locator("#arguments p", { hasText: "Time from the start of the 2020 Nagorno-Karabakh war to September 2021" }).first();
  await expect(duration.getByRole("link", { name: "1", exact: true })).toBeVisible();
  await expect(duration.locator(".fig-unit").first()).toHaveText("year");
  // The chart's accessible description mentions the dossier's figure on the UCDP series.
  const chart = page.locator("#deaths figure");
  const describedBy = await chart.getAttribute("aria-describedby");
  await expect(page.locator(`[id="${describedBy}"]`)).toContainText("4,441 in 2014");
  await expect(page.locator("#deaths svg .recharts-line").first()).toBeVisible();
});

test("the mandate matrix has one column per mission; a cell shows each instrument's text and source, and is in the URL", async ({ page }) => {
  await page.goto("/compare?c=nagorno-karabakh,transnistria,abkhazia");
  const matrix = page.locator("#mandates");
  const heads = matrix.locator("thead th[data-mission]");
  // One column per mission: the CIS force in Abkhazia once, with its three instruments; UNOMIG and
  // the Russian–Turkish monitoring centre keep a column though no instrument is recorded.
  await expect(heads).toHaveCount(5);
  await expect(heads.filter({ hasText: "CISPKF" })).toHaveCount(1);
  await expect(heads.filter({ hasText: "CISPKF" })).toContainText("3 instruments");
  await expect(heads.filter({ hasText: "UNOMIG" })).toContainText("no instrument recorded");
  await expect(matrix.locator('td[data-cell="unomig.tasks"]')).toHaveText("No instrument recorded");
  await expect(matrix.locator('td[data-cell="nk-russian-turkish-monitoring-centre.rules_of_engagement"]')).toHaveText("No instrument recorded");
  await expect(matrix.getByRole("row", { name: /Rules of engagement/ })).toContainText("Not specified");

  const roe = matrix.getByRole("button", { name: /^Rules of engagement, Russian peacekeeping contingent in Nagorno-Karabakh — Statement by the President of Azerbaijan.*Not specified/ });
  await waitForHydration(roe);
  await roe.click();
  await expect(page).toHaveURL(/cell=nk-russian-peacekeeping-contingent\.rules_of_engagement/);
  const detail = page.getByTestId("clause-detail");
  await expect(detail).toContainText("rules of engagement");
  await expect(detail).toContainText("Signatories");
  await expect(detail.locator("blockquote").first()).toContainText("set out rules of engagement");

  // A mission with several instruments: what each says, newest first, each with its source.
  const cis = matrix.locator('td[data-cell="abkhazia-cis-peacekeeping-force.size_cap"]');
  await expect(cis).toContainText("(14 May 1994)");
  await cis.getByRole("button").click();
  await expect(page).toHaveURL(/cell=abkhazia-cis-peacekeeping-force\.size_cap/);
  const instruments = detail.locator("[data-instrument]");
  await expect(instruments).toHaveCount(3);
  await expect(instruments.first()).toContainText("26 May 1995");
  await expect(detail.locator('[data-instrument="abkhazia-cis-decision-1994"]')).toContainText("two to three thousand");
  await expect(detail.locator('[data-instrument="abkhazia-cis-decision-1994"]').getByRole("link", { name: "[source]" })).toBeVisible();
  // The chosen cell survives a reload; Back returns to the one before.
  await page.reload();
  await expect(page.getByTestId("clause-detail").locator("[data-instrument]")).toHaveCount(3);
  await page.goBack();
  await expect(page).toHaveURL(/cell=nk-russian-peacekeeping-contingent\.rules_of_engagement/);
  await expect(page.getByTestId("clause-detail")).toContainText("Rules of engagement — Russian peacekeeping contingent in Nagorno-Karabakh");
});

test("the selection: unknown slugs never push a real conflict out; case, a repeated c and years beyond the data are named", async ({ page }) => {
  const response = await page.goto("/compare?c=a,b,c,d,e,f,g,h,Donbas&c=abkhazia&from=2030");
  expect(response?.status()).toBe(200);
  await expect(table(page).locator("thead th")).toHaveText([/Attribute/, /Donbas/]);
  await expect(page.getByRole("alert").filter({ hasText: "Parallax holds no conflict" })).toContainText("“a”, “b”, “c”, “d”, “e”, “f”, “g”, “h”");
  await expect(page.getByRole("status").filter({ hasText: "given 2 times" })).toContainText("c=abkhazia ignored");
  const years = page.getByRole("status").filter({ hasText: "from: 2030" });
  await expect(years).toContainText(/from: 2030 is after the last year with data \(\d{4}\); showing \d{4}/);
  await expect(row(page, "total")).not.toContainText("no year recorded");
});

test("Clear starts over: no conflicts and none of the view", async ({ page }) => {
  await page.goto("/compare?c=donbas,abkhazia&scale=log&from=2014&table.q=Russia&cell=unomig.tasks");
  const clear = page.getByRole("button", { name: "Clear" });
  await waitForHydration(clear);
  await clear.click();
  await expect(page).toHaveURL(/\/compare$/);
  await expect(page.getByRole("heading", { name: "Start with a comparison from the dossier" })).toBeVisible();
});

test("the comparison table: bad table settings are named, numbers are right-aligned, sorting moves only rows of one kind", async ({ page }) => {
  await page.goto("/compare?c=nagorno-karabakh,donbas&table.sort=nope:asc&table.f.donbas=1..2");
  const notice = page.locator('[data-table="comparison"] [role="status"]').filter({ hasText: "not understood" });
  await expect(notice).toContainText("table.sort: “nope:asc”");
  await expect(notice).toContainText("table.f.donbas: the comparison table has no such setting");

  await page.goto("/compare?c=nagorno-karabakh,donbas&table.sort=nagorno-karabakh:desc");
  const ids = () => table(page).locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-row")));
  // Nagorno-Karabakh's deaths over all years exceed its peak year: the two death rows swap; the
  // years, the sizes, the counts of years at war and of arguments keep their places.
  expect(await ids()).toEqual(["period", "status", "type", "region", "parties", "backers", "russia", "missions", "size", "mandate", "total", "peak", "war-years", "arguments"]);
  await expect(page.getByTestId("sort-note")).toContainText("battle-related deaths");
  await expect(row(page, "peak").locator("td").first()).toHaveCSS("text-align", "right");
  await expect(row(page, "peak").locator("td").first()).toContainText("7,646");
  expect(await row(page, "status").locator("td").first().evaluate((el) => getComputedStyle(el).textAlign)).not.toBe("right");
});

test("mission sizes say what each value is and when", async ({ page }) => {
  await page.goto("/compare?c=nagorno-karabakh,transnistria,donbas");
  const size = row(page, "size");
  const nk = size.locator("td").nth(0);
  await expect(nk.locator("li").filter({ hasText: "about 2,000" })).toContainText("latest stated, as of 2021");
  await expect(nk.locator("li").filter({ hasText: "at most 1,960" })).toContainText("authorised cap, set 10 Nov 2020");
  await nk.getByRole("link", { name: /at most 1,960/ }).hover();
  await expect(nk.getByRole("tooltip").filter({ hasText: "ISPI dossier 2021" })).toBeVisible();
  await expect(size.locator("td").nth(1).locator("li").filter({ hasText: "JCC: 1,136" })).toContainText("latest, Dec 2016");
  await expect(size.locator("td").nth(1).locator("li").filter({ hasText: "JCC: 4,540" })).toContainText("peak, Jan 1993");
  await expect(size.locator("td").nth(2)).toContainText("authorised size, set 21 Mar 2014");
  // The mandate row names every mission, the monitoring centre without an instrument too.
  await expect(row(page, "mandate").locator("td").nth(0)).toContainText("Joint Russian–Turkish ceasefire monitoring centre (Nagorno-Karabakh): no instrument recorded");
});

test("figures analysts add about a conflict or its missions show on /compare with who added them, and the cached page follows", async ({ page, request }) => {
  const url = "/compare?c=libya";
  // The page as anonymous readers get it, from the page cache once filled: the figures must show anyway, once added.
  await page.goto(url);
  await expect(page.locator("#analyst-estimates")).toHaveCount(0);
  await request.get(url);

  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const user = `e2e-compare-${stamp}`;
  const subject = `Wagner personnel in Libya (${stamp})`;
  const db = new Database(process.env.E2E_DB_FILE ?? E2E_DB_FILE, { timeout: 10_000 });
  try {
    db.transaction(() => {
      const now = new Date().toISOString();
      db.prepare(`INSERT INTO "User" (id, name, email, "emailVerified", "createdAt", "updatedAt", role) VALUES (?, 'Carla Compare', ?, 0, ?, ?, 'analyst')`).run(user, `${user}@example.org`, now, now);
      const source = (db.prepare(`SELECT id FROM "Source" WHERE dataset IS NULL AND kind <> 'dossier' ORDER BY id LIMIT 1`).get() as { id: number }).id;
      const citation = Number(db.prepare(`INSERT INTO "Citation" ("sourceId", section) VALUES (?, ?)`).run(source, `p. 4 (${stamp})`).lastInsertRowid);
      const mission = (db.prepare(`SELECT id FROM "Mission" WHERE slug = 'wagner-libya'`).get() as { id: number }).id;
      const conflict = (db.prepare(`SELECT id FROM "Conflict" WHERE slug = 'libya'`).get() as { id: number }).id;
      const insert = db.prepare(
        `INSERT INTO "Figure" (measure, unit, best, qualifier, year, "periodStart", subject, "conflictId", "missionId", "sourceId", "citationId", "addedById", "addedAt", variant)
         VALUES (?, 'people', ?, ?, 2020, '2020', ?, ?, ?, ?, ?, ?, ?, '')`,
      );
      insert.run("personnel", 1200, "approximately", subject, null, mission, source, citation, user, now);
      insert.run("casualties", 350, "exact", `Casualties in Libya (${stamp})`, conflict, null, source, citation, user, now);
    })();

    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    const block = page.locator("#analyst-estimates");
    const personnel = block.locator("tr", { hasText: subject });
    await expect(personnel.getByRole("link", { name: "about 1,200", exact: true })).toBeVisible();
    await expect(personnel.locator(".fig-unit")).toHaveText("people");
    await expect(personnel).toContainText("Carla Compare");
    await expect(personnel).toContainText(`p. 4 (${stamp})`);
    await expect(block.locator("tr", { hasText: `Casualties in Libya (${stamp})` }).getByRole("link", { name: "350", exact: true })).toBeVisible();
    await personnel.getByRole("link", { name: "about 1,200", exact: true }).hover();
    await expect(personnel.getByRole("tooltip")).toContainText("added by Carla Compare");
    // A personnel figure of the mission is also one of its sizes, marked as an analyst's.
    await expect(row(page, "size")).toContainText("analyst's estimate by Carla Compare");
  } finally {
    db.transaction(() => {
      const citations = db.prepare(`SELECT DISTINCT "citationId" AS id FROM "Figure" WHERE "addedById" = ?`).all(user) as { id: number }[];
      db.prepare(`DELETE FROM "Figure" WHERE "addedById" = ?`).run(user);
      for (const c of citations) db.prepare(`DELETE FROM "Citation" WHERE id = ?`).run(c.id);
      db.prepare(`DELETE FROM "User" WHERE id = ?`).run(user);
    })();
    db.close();
  }
  await page.goto(url);
  await expect(page.locator("#analyst-estimates")).toHaveCount(0);
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
