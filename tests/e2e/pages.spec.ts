import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { columnTexts, expect, expectNoStackTrace, parseNumber, structuralProblems, test, waitForHydration, waitForNetworkQuiet } from "./fixtures";

/**
 * What a reader checks on each page, in a real browser against the production build and the
 * seeded e2e database. Expected values come from the seed (the dossier's quotes, UCDP BRD 24.1,
 * the SIPRI/IPI panel) or, where a count could legitimately change with the data, from the API.
 */

type ApiFigure = {
  id: number;
  key: string | null;
  best: number | null;
  display: string;
  year: number | null;
  source: { key: string; shortTitle: string; version: string | null };
  locator: { kind: string; quote?: string; lineStart?: number; lineEnd?: number; rowKey?: string; author?: string; articleNumber?: number };
};

async function apiJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const res = await request.get(path);
  expect(res.status(), `GET ${path}`).toBe(200);
  return (await res.json()) as T;
}

async function curatedFigure(request: APIRequestContext, conflict: string, key: string): Promise<ApiFigure> {
  const { figures } = await apiJson<{ figures: ApiFigure[] }>(request, `/api/v1/figures?conflict=${conflict}&curated=true`);
  const figure = figures.find((f) => f.key === key);
  if (!figure) throw new Error(`no curated figure ${key} for ${conflict}`);
  return figure;
}

/** A page section found by its h2 heading (sections without an id have no accessible name). */
function section(page: Page, heading: string | RegExp): Locator {
  return page.locator("section.section").filter({ has: page.getByRole("heading", { level: 2, name: heading }) });
}

/** The figure value (the link of a FigureChip) in a cell or row; the cell's text also holds the hidden tooltip. */
function chip(scope: Locator): Locator {
  return scope.locator(".fig > a").first();
}

/** The rows of a comparison or figures table whose first cell starts with `text`. */
function rowsStartingWith(table: Locator, text: string, cell = "td:first-child"): Locator {
  return table.locator("tbody tr").filter({ has: table.page().locator(cell, { hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }) });
}

/** The coded status and text of one clause in a mandate's clause grid. */
function clause(grid: Locator, label: string) {
  const row = grid.locator(":scope > div").filter({ has: grid.page().locator("strong", { hasText: new RegExp(`^${label}$`) }) });
  return { status: row.locator(".clause-status"), text: row.locator(":scope > div").nth(1) };
}

/** Switches a chart frame to its table view (after hydration) and returns the table. */
async function showAsTable(chart: Locator): Promise<Locator> {
  const tableButton = chart.getByRole("group", { name: "Show as" }).getByRole("button", { name: "Table", exact: true });
  await waitForHydration(tableButton);
  await tableButton.click();
  await expect(tableButton).toHaveAttribute("aria-pressed", "true");
  await expect(chart.getByRole("group", { name: "Show as" }).getByRole("button", { name: "Chart", exact: true })).toHaveAttribute("aria-pressed", "false");
  const table = chart.locator("table");
  await expect(table).toBeVisible();
  await expect(chart.locator("svg.recharts-surface")).toHaveCount(0);
  return table;
}

/** Each role row with the role carried down from the first row of its group. */
async function rolePairs(table: Locator): Promise<[string, string][]> {
  await expect(table.locator("tbody tr").first()).toBeVisible();
  return table.locator("tbody tr").evaluateAll((rows) => {
    let role = "";
    return rows.map((tr) => {
      const cells = tr.querySelectorAll("td");
      role = cells[0]?.textContent?.trim() || role;
      const actor = cells[1]?.querySelector("a")?.textContent?.trim() ?? "";
      return [role, actor] as [string, string];
    });
  });
}

// ─────────────────────────────────────────────────────────────────────────────
test.describe("overview /", () => {
  test("shows the holdings, the introduction's arguments with quotes, and links to every conflict", async ({ page, request }) => {
    const [conflicts, missions, args, curated, all] = await Promise.all([
      apiJson<{ count: number; conflicts: { slug: string; name: string; brdTotal: number | null }[] }>(request, "/api/v1/conflicts"),
      apiJson<{ count: number }>(request, "/api/v1/missions"),
      apiJson<{ count: number }>(request, "/api/v1/arguments"),
      apiJson<{ figures: { locator: { kind: string; quote?: string | null } }[] }>(request, "/api/v1/figures?curated=true&release=all&limit=10000"),
      apiJson<{ total: number }>(request, "/api/v1/figures?release=all&limit=1"),
    ]);
    const intro = await apiJson<{ arguments: { quote: string; lineStart: number; lineEnd: number }[] }>(request, "/api/v1/arguments?article=introduction");

    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Russia's peacekeeping, compared");

    const stats = page.getByLabel("What Parallax holds");
    const stat = (label: string | RegExp) => stats.getByRole("link").filter({ has: page.locator(".l", { hasText: label }) });
    const fmt = (n: number) => n.toLocaleString("en-GB");
    await expect(stat(/^conflicts$/).locator(".n")).toHaveText(fmt(conflicts.count));
    await expect(stat(/^conflicts$/)).toHaveAttribute("href", "/conflicts");
    await expect(stat("missions and deployments").locator(".n")).toHaveText(fmt(missions.count));
    await expect(stat("arguments from 8 dossier articles").locator(".n")).toHaveText(fmt(args.count));
    // Curated figures: those quoted with their words. Data-set values: every value of a release (rows and the sums computed from them).
    const quoted = curated.figures.filter((f) => f.locator.kind !== "row" && f.locator.quote).length;
    await expect(stat("curated figures").locator(".n")).toHaveText(fmt(quoted));
    expect(all.total).toBeGreaterThan(quoted);
    await expect(stat("data-set values")).toHaveAttribute("href", "/sources");
    expect(conflicts.count).toBeGreaterThanOrEqual(16);

    const asks = section(page, /What the dossier asks/);
    await expect(asks).toContainText("Eleonora Tafuro Ambrosetti, introduction");
    const quotes = asks.locator("blockquote.quote");
    await expect(quotes).toHaveCount(Math.min(4, intro.arguments.length));
    // The dossier's own questions come first.
    await expect(quotes.first()).toContainText("Is there a “Russian way” to peacekeeping?");
    const shown = await quotes.allInnerTexts();
    for (const q of shown) expect(intro.arguments.map((a) => a.quote.replace(/\s+/g, " "))).toContain(q.replace(/\s+/g, " ").trim());
    await expect(asks.locator("figcaption.locator").first()).toContainText(/ISPI dossier 2021, article 1 \(Eleonora Tafuro Ambrosetti\), lines \d+–\d+/);
    await expect(asks.getByRole("link", { name: "Read the introduction's arguments" })).toHaveAttribute("href", "/dossier/introduction");

    const list = section(page, /^Conflicts/);
    await expect(list.locator("tbody tr")).toHaveCount(conflicts.count);
    for (const c of conflicts.conflicts) {
      await expect(list.getByRole("link", { name: c.name, exact: true })).toHaveAttribute("href", `/conflicts/${c.slug}`);
    }
    const nkRow = list.locator("tbody tr").filter({ has: page.getByRole("link", { name: "Nagorno-Karabakh conflict", exact: true }) });
    await expect(nkRow).toContainText("13,774");
    // The total's source is one hover away and its rows one click away.
    const total = nkRow.getByRole("link", { name: "13,774" });
    await expect(total).toHaveAttribute("href", "/conflicts/nagorno-karabakh#deaths");
    await total.hover();
    await expect(nkRow.getByRole("tooltip")).toContainText("UCDP BRD 24.1");
    await expect(nkRow.getByRole("tooltip")).toContainText("UCDP conflict 388");

    await list.getByRole("link", { name: "Nagorno-Karabakh conflict", exact: true }).click();
    await expect(page).toHaveURL(/\/conflicts\/nagorno-karabakh$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nagorno-Karabakh conflict");
  });
});

// ─────────────────────────────────────────────────────────────────────────────
test.describe("conflicts table /conflicts", () => {
  const table = (page: Page) => page.locator('[data-table="conflicts"] table.dt-table');
  const names = (page: Page) => table(page).locator("tbody tr td:first-child a").allInnerTexts();
  const sortParam = (page: Page) => new URL(page.url()).searchParams.get("conflicts.sort");

  test("lists the dossier's conflicts, sorted by name by default", async ({ page, request }) => {
    const { count } = await apiJson<{ count: number }>(request, "/api/v1/conflicts");
    await page.goto("/conflicts");
    await expect(table(page).locator("caption")).toHaveText(`conflicts: ${count} rows`);
    await expect(table(page).locator("tbody tr")).toHaveCount(count);
    for (const name of ["Nagorno-Karabakh conflict", "War in Donbas", "Transnistria conflict (Dniester region)", "Georgian–Abkhaz conflict", "Georgian–South Ossetian conflict", "Syrian civil war"]) {
      await expect(table(page).getByRole("link", { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole("button", { name: "Sort by Conflict, sorted ascending" })).toBeVisible();
    const shown = await names(page);
    expect(shown).toEqual([...shown].sort((a, b) => a.localeCompare(b)));
    // A conflict added from the UCDP data is marked as such.
    const outside = table(page).locator("tbody tr").filter({ hasText: "Russia–Ukraine interstate war" });
    await expect(outside.locator(".badge.outside")).toHaveText("data only");
    // Years are shown as years, and UCDP totals carry their release on hover.
    const nk = table(page).locator("tbody tr").filter({ has: page.getByRole("link", { name: "Nagorno-Karabakh conflict", exact: true }) });
    await expect(nk.locator("td").filter({ hasText: /^2020$/ })).toHaveCount(1);
    await expect(nk).not.toContainText("2,020");
    await nk.getByRole("link", { name: "13,774" }).focus();
    await expect(nk.getByRole("tooltip").first()).toContainText("UCDP BRD 24.1");
  });

  test("sorting by a column reorders the rows and writes conflicts.sort into the URL", async ({ page }) => {
    await page.goto("/conflicts");
    const before = await names(page);
    expect(before[0]).toBe("Afghanistan conflict");
    // The total battle deaths column (its label has read “total” and “all years”), not the peak-year one.
    const sortButton = page.getByRole("button", { name: /^Sort by Battle-related deaths, (?:total|all years) \(UCDP BRD\)/ });
    await waitForHydration(sortButton);
    await sortButton.click();

    await expect.poll(() => sortParam(page)).toMatch(/^brdTotal:(asc|desc)$/);
    const dir = sortParam(page)!.endsWith("desc") ? "descending" : "ascending";
    const th = table(page).locator("thead th").filter({ has: sortButton });
    await expect(th).toHaveAttribute("aria-sort", dir);
    await expect(sortButton).toHaveAccessibleName(new RegExp(`, sorted ${dir}$`));

    const deaths = (await columnTexts(table(page), th)).map(parseNumber);
    const known = deaths.filter((n): n is number => n !== null);
    expect(known.length).toBeGreaterThan(10);
    expect(known).toEqual([...known].sort((a, b) => (dir === "descending" ? b - a : a - b)));
    // Missing values sort last whatever the direction.
    expect(deaths.slice(known.length).every((n) => n === null)).toBe(true);
    expect(await names(page)).not.toEqual(before);
    if (dir === "descending") expect((await names(page))[0]).toBe("Syrian civil war");

    // Clicking again flips the direction, and the URL follows.
    await sortButton.click();
    await expect.poll(() => sortParam(page)).toBe(dir === "descending" ? "brdTotal:asc" : "brdTotal:desc");
    // Back steps to the previous view.
    await page.goBack();
    await expect.poll(() => sortParam(page)).toBe(dir === "descending" ? "brdTotal:desc" : "brdTotal:asc");
    await expect(th).toHaveAttribute("aria-sort", dir);
  });

  test("the Region filter narrows the rows, and the URL reproduces sort and filter after a reload", async ({ page, request }) => {
    const { conflicts } = await apiJson<{ conflicts: { name: string; region: string }[] }>(request, "/api/v1/conflicts");
    const postSoviet = conflicts.filter((c) => c.region === "Post-Soviet space").map((c) => c.name);
    expect(postSoviet).toEqual(expect.arrayContaining(["Nagorno-Karabakh conflict", "War in Donbas", "Transnistria conflict (Dniester region)", "Georgian–Abkhaz conflict"]));
    expect(postSoviet.length).toBeLessThan(conflicts.length);

    await page.goto("/conflicts");
    const filters = page.locator(".dt-filters");
    const regionSummary = filters.locator("summary", { hasText: /^Region/ });
    await waitForHydration(regionSummary);
    await regionSummary.click();
    const panel = page.getByRole("group", { name: "Filter Region" });
    await expect(panel).toBeVisible();
    const option = panel.getByRole("checkbox", { name: /^Post-Soviet space/ });
    await expect(panel.locator("label").filter({ hasText: /^Post-Soviet space/ })).toHaveText(`Post-Soviet space (${postSoviet.length})`);
    await option.click();
    await expect(option).toBeChecked();

    await expect.poll(() => new URL(page.url()).searchParams.get("conflicts.f.region")).toBe("Post-Soviet space");
    await expect(table(page).locator("tbody tr")).toHaveCount(postSoviet.length);
    await expect(table(page).locator("caption")).toHaveText(`conflicts: ${postSoviet.length} rows`);
    await expect(regionSummary).toHaveText("Region (1)");
    expect(new Set(await columnTexts(table(page), table(page).locator("thead th").filter({ has: page.getByRole("button", { name: /^Sort by Region/ }) })))).toEqual(
      new Set(["Post-Soviet space"]),
    );
    expect((await names(page)).sort()).toEqual([...postSoviet].sort());
    await expect(page.locator(".dt-pagination")).toContainText(`1–${postSoviet.length} of ${postSoviet.length} rows`);

    // Sort the filtered rows by start date, newest first.
    const startSort = page.getByRole("button", { name: /^Sort by Start/ });
    const startTh = table(page).locator("thead th").filter({ has: startSort });
    await startSort.click();
    // Wait for the re-render (the URL changes first), then make it newest first.
    await expect(startTh).toHaveAttribute("aria-sort", /^(ascending|descending)$/);
    if ((await startTh.getAttribute("aria-sort")) === "ascending") await startSort.click();
    await expect(startTh).toHaveAttribute("aria-sort", "descending");
    await expect.poll(() => sortParam(page)).toBe("startDate:desc");
    const sorted = await names(page);
    expect(sorted[0]).toBe("Russia–Ukraine interstate war (2022–)");

    const url = page.url();
    await page.reload();
    await expect(page).toHaveURL(url);
    await expect(table(page).locator("tbody tr")).toHaveCount(postSoviet.length);
    await expect.poll(() => names(page)).toEqual(sorted);
    await expect(table(page).locator("thead th").filter({ has: page.getByRole("button", { name: /^Sort by Start/ }) })).toHaveAttribute("aria-sort", "descending");

    // The same URL opened in a fresh tab gives the same view.
    const other = await page.context().newPage();
    await other.goto(url);
    await expect(table(other).locator("tbody tr")).toHaveCount(postSoviet.length);
    await expect.poll(() => names(other)).toEqual(sorted);
    await other.close();
  });

  test("an unknown column in the URL is named in a notice and the table still renders", async ({ page, request }) => {
    const { count } = await apiJson<{ count: number }>(request, "/api/v1/conflicts");
    await page.goto("/conflicts?conflicts.sort=bogus:asc");
    const notice = page.locator('[data-table="conflicts"] .notice[role="status"]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText("conflicts.sort");
    await expect(notice).toContainText("bogus");
    await expect(table(page).locator("tbody tr")).toHaveCount(count);
    // It falls back to the default order.
    const shown = await names(page);
    expect(shown).toEqual([...shown].sort((a, b) => a.localeCompare(b)));
    await expect(page.getByRole("button", { name: "Sort by Conflict, sorted ascending" })).toBeVisible();
  });

  test("a malformed filter range and page size in the URL are named too", async ({ page }) => {
    await page.goto("/conflicts?conflicts.f.brdTotal=abc&conflicts.size=7&conflicts.f.ghost=1");
    const notice = page.locator('[data-table="conflicts"] .notice[role="status"]');
    await expect(notice).toContainText("conflicts.f.brdTotal");
    await expect(notice).toContainText("conflicts.size");
    await expect(notice).toContainText("ghost");
    await expect(table(page).locator("tbody tr").first()).toBeVisible();
  });
});

// ─────────────────────────────────────────────────────────────────────────────
test.describe("conflict page /conflicts/donbas", () => {
  test("draws the battle-deaths chart with a line, a dot per year and the dossier's figures as markers", async ({ page, request }) => {
    const detail = await apiJson<{ brd: { data: { points: { year: number; best: number }[] }[] } }>(request, "/api/v1/conflicts/donbas");
    const years = detail.brd.data[0]!.points.length;
    expect(detail.brd.data[0]!.points.find((p) => p.year === 2014)?.best).toBe(4805);

    await page.goto("/conflicts/donbas");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("War in Donbas");
    const chart = page.locator("#deaths figure.chart");
    await expect(chart.locator("figcaption")).toContainText("Donbas: battle-related deaths per year");
    const svg = chart.locator("svg.recharts-surface");
    await expect(svg).toBeVisible();
    await expect(svg.locator(".recharts-line-curve")).toHaveAttribute("d", /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){2,}/);
    await expect(svg.locator(".recharts-line-dot")).toHaveCount(years);
    await expect(svg.locator(".recharts-area-area")).toHaveCount(1);
    const markers = svg.locator(".recharts-reference-dot title");
    await expect(markers).toHaveCount(2);
    await expect(markers.nth(0)).toHaveText(/ISPI dossier 2021: 4,441/);
    await expect(markers.nth(1)).toHaveText(/ISPI dossier 2021: 1,315/);
    await expect(chart.locator(".chart-source")).toHaveText(/^Source: UCDP BRD 24\.1, summed over the UCDP dyads of conflicts 13246, 13247, 13306/);
  });

  test("“Where sources disagree” keeps the dossier's 4,441 beside UCDP BRD 24.1's 4,893 and 4,805, with the note", async ({ page }) => {
    await page.goto("/conflicts/donbas");
    const disagree = page.getByRole("region", { name: /Where sources disagree/ });
    const c2014 = disagree.locator('[data-comparison="brd:ukraine:2014"]');
    await expect(c2014.getByRole("heading")).toHaveText("Battle-related deaths in Ukraine, 2014");
    const dossierRow = rowsStartingWith(c2014, "ISPI dossier 2021");
    await expect(dossierRow).toHaveCount(1);
    await expect(chip(dossierRow)).toHaveText("4,441");
    await expect(dossierRow.locator("td.locator")).toHaveText("article 5 (Tetyana Malyarenko), lines 693–695");
    const ucdpRows = rowsStartingWith(c2014, "UCDP BRD 24.1");
    await expect(ucdpRows).toHaveCount(2);
    const all = ucdpRows.filter({ has: page.getByRole("link", { name: "4,893 (4,772–5,634)", exact: true }) });
    await expect(all.locator("td.locator")).toContainText("conflict_id in (13219,13246,13247,13306);year=2014");
    await expect(all.locator("td").last()).toHaveText("UCDP BRD 24.1 gives 452 more (+10.2 %) than ISPI dossier 2021");
    const donbasOnly = ucdpRows.filter({ has: page.getByRole("link", { name: "4,805 (4,684–5,527)", exact: true }) });
    await expect(donbasOnly.locator("td.locator")).toContainText("conflict_id in (13246,13247,13306);year=2014");
    const note = c2014.locator("p", { hasText: "Why they differ:" });
    await expect(note).toContainText("total 4,893, and the three Donbas conflicts alone 4,805");
    await expect(note).toContainText("gap to 4,441");

    const c2015 = disagree.locator('[data-comparison="brd:ukraine:2015"]');
    await expect(chip(rowsStartingWith(c2015, "ISPI dossier 2021"))).toHaveText("1,315");
    await expect(chip(rowsStartingWith(c2015, "UCDP BRD 24.1"))).toHaveText("1,787 (1,697–1,844)");
  });

  test("hovering or focusing a figure shows its source and locator; clicking opens it with the exact quote", async ({ page, request }) => {
    const fig = await curatedFigure(request, "donbas", "ucdp-ukraine-deaths-2014-dossier");
    expect(fig.locator.quote).toContain("4,441");

    await page.goto("/conflicts/donbas");
    const c2014 = page.locator('[data-comparison="brd:ukraine:2014"]');
    const link = c2014.getByRole("link", { name: "4,441", exact: true });
    const tip = c2014.locator(".fig").filter({ has: page.getByRole("link", { name: "4,441", exact: true }) }).locator('[role="tooltip"]');
    await expect(tip).toBeHidden();

    await link.hover();
    await expect(tip).toBeVisible();
    await expect(tip.locator(".src")).toHaveText("ISPI dossier 2021");
    await expect(tip).toContainText("article 5 (Tetyana Malyarenko), lines 693–695");
    await expect(tip.locator("q")).toHaveText(fig.locator.quote!);
    await expect(link).toHaveAccessibleDescription(/ISPI dossier 2021.*lines 693–695/);

    // A data-set figure's tooltip gives the release and the row.
    const ucdp = c2014.getByRole("link", { name: "4,893 (4,772–5,634)", exact: true });
    const ucdpTip = c2014.locator(".fig").filter({ has: page.getByRole("link", { name: "4,893 (4,772–5,634)", exact: true }) }).locator('[role="tooltip"]');
    await ucdp.hover();
    await expect(ucdpTip).toBeVisible();
    await expect(tip).toBeHidden();
    await expect(ucdpTip.locator(".src")).toHaveText("UCDP BRD 24.1");
    await expect(ucdpTip).toContainText("ucdp-brd-dyadic-v24.1.csv (conflict_id in (13219,13246,13247,13306);year=2014)");

    // Keyboard users get the same tooltip on focus.
    await page.mouse.move(0, 0);
    await expect(ucdpTip).toBeHidden();
    await link.focus();
    await expect(tip).toBeVisible();

    await link.click();
    await expect(page).toHaveURL(new RegExp(`/figures/${fig.id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("4,441 deaths");
    await expect(page.getByTestId("figure-quote")).toHaveText(fig.locator.quote!);
    await expect(page.locator("main")).toContainText(`Locator: article 5 (Tetyana Malyarenko), lines ${fig.locator.lineStart}–${fig.locator.lineEnd}`);
    expect([fig.locator.lineStart, fig.locator.lineEnd]).toEqual([693, 695]);
    await expect(page.getByRole("link", { name: "Why a UN Peacekeeping Mission in Ukraine Is Doomed to Fail" })).toHaveAttribute(
      "href",
      "/dossier/un-peacekeeping-mission-ukraine-doomed-to-fail",
    );
    // The figure page keeps the other sources for the same quantity.
    await expect(page.locator('[data-comparison="brd:ukraine:2014"]')).toContainText("4,893 (4,772–5,634)");
  });

  test("the Chart/Table switch shows the same series as a table whose 2014 row holds 4,805", async ({ page }) => {
    await page.goto("/conflicts/donbas");
    const chart = page.locator("#deaths figure.chart");
    const table = await showAsTable(chart);
    await expect(table.locator("caption")).toHaveText("Donbas: battle-related deaths per year (UCDP best estimate, low–high band)");
    const row2014 = table.locator("tbody tr").filter({ has: page.locator("th", { hasText: /^2014$/ }) });
    await expect(row2014.locator("td")).toHaveText("4,805 (4,684–5,527)");
    const row2015 = table.locator("tbody tr").filter({ has: page.locator("th", { hasText: /^2015$/ }) });
    await expect(row2015.locator("td")).toHaveText("1,787 (1,697–1,844)");

    await chart.getByRole("button", { name: "Chart", exact: true }).click();
    await expect(chart.locator("svg.recharts-surface .recharts-line-curve")).toBeVisible();
    await expect(chart.locator("table")).toHaveCount(0);
  });

  test("the year range and log scale controls narrow the chart's table", async ({ page }) => {
    await page.goto("/conflicts/donbas");
    const chart = page.locator("#deaths figure.chart");
    const from = chart.getByLabel("From year");
    await waitForHydration(from);
    await from.fill("2016");
    const table = await showAsTable(chart);
    await expect(table.locator("tbody th").first()).toHaveText("2016");
    await expect(table.locator("tbody tr").filter({ has: page.locator("th", { hasText: /^2014$/ }) })).toHaveCount(0);
    await chart.getByRole("button", { name: "Log", exact: true }).click();
    await expect(chart.getByRole("button", { name: "Log", exact: true })).toHaveAttribute("aria-pressed", "true");
  });

  test("the roles, missions and figures sections list Russia as backer and the dossier's figures", async ({ page }) => {
    await page.goto("/conflicts/donbas");
    const pairs = await rolePairs(page.locator("#actors table"));
    expect(pairs).toContainEqual(["Backer", "Russian Federation"]);
    expect(pairs).toContainEqual(["Monitor", "Organization for Security and Co-operation in Europe"]);
    const figures = page.locator('#figures [data-table="figures"] table');
    const dossier2014 = figures.locator("tbody tr").filter({ has: page.getByRole("link", { name: "4,441", exact: true }) });
    await expect(dossier2014).toHaveCount(1);
    await expect(dossier2014.locator("td").first()).toHaveText("Death toll of the conflict in Ukraine in 2014, according to UCDP as quoted by the dossier");
    await expect(dossier2014.getByRole("link", { name: "ISPI dossier 2021" })).toHaveAttribute("href", "/sources/ispi-2021");
    await expect(dossier2014.locator("td").last()).toHaveText("article 5 (Tetyana Malyarenko), lines 693–695");
    const dossier2015 = figures.locator("tbody tr").filter({ has: page.getByRole("link", { name: "1,315", exact: true }) });
    await expect(dossier2015.locator("td").last()).toHaveText("article 5 (Tetyana Malyarenko), lines 693–696");
  });
});

// ─────────────────────────────────────────────────────────────────────────────
test.describe("conflict page /conflicts/nagorno-karabakh", () => {
  test("roles: Russia as peacekeeper and as mediator", async ({ page }) => {
    await page.goto("/conflicts/nagorno-karabakh");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nagorno-Karabakh conflict");
    const roles = page.locator("#actors table");
    const pairs = await rolePairs(roles);
    expect(pairs).toContainEqual(["Peacekeeper", "Russian Federation"]);
    expect(pairs).toContainEqual(["Mediator", "Russian Federation"]);
    expect(pairs).toContainEqual(["Party", "Republic of Azerbaijan"]);
    const russiaRows = roles.locator("tbody tr").filter({ has: page.getByRole("link", { name: "Russian Federation", exact: true }) });
    await expect(russiaRows.first().locator(".badge.russian")).toHaveText("Russia");
    // Each role carries a source mark.
    await expect(russiaRows.first().locator(".cite a")).toHaveText("[src]");
  });

  test("the mission's mandate, clause by clause: size cap specified, rules of engagement not specified", async ({ page }) => {
    await page.goto("/conflicts/nagorno-karabakh");
    const missions = page.locator("#missions");
    await expect(missions.getByRole("link", { name: "Russian peacekeeping contingent in Nagorno-Karabakh" })).toHaveAttribute(
      "href",
      "/missions/nk-russian-peacekeeping-contingent",
    );
    const mandate = missions.locator("details").filter({ has: page.locator("summary", { hasText: "Mandate: Statement by the President of Azerbaijan" }) });
    const grid = mandate.locator(".clause-grid");
    await expect(grid).toBeHidden();
    await mandate.locator("summary").click();
    await expect(grid).toBeVisible();
    await expect(mandate.locator("summary")).toContainText("(10 Nov 2020)");

    const size = clause(grid, "Size cap");
    await expect(size.status).toHaveText("Specified");
    await expect(size.status).toHaveClass(/\bspecified\b/);
    await expect(size.text).toContainText("At most 1,960 personnel with small arms, 90 armoured personnel carriers and 380 other motor vehicles");
    const roe = clause(grid, "Rules of engagement");
    await expect(roe.status).toHaveText("Not specified");
    await expect(roe.status).toHaveClass(/\bnot_specified\b/);
    await expect(roe.text).toContainText("The statement sets no rules of engagement");
    // All eight clauses, in the fixed order every mandate is compared in.
    await expect(grid.locator(":scope > div > div:first-child strong")).toHaveText([
      "Size cap",
      "Duration and renewal",
      "Tasks",
      "Rules of engagement",
      "Consent of the parties",
      "Monitoring arrangements",
      "Withdrawal",
      "Legal basis",
    ]);
  });

  test("the contingent's period: its start from the dossier, its end (12 Jun 2024) from the source that gives it", async ({ page }) => {
    await page.goto("/missions/nk-russian-peacekeeping-contingent");
    const period = page.locator("dl.facts dt", { hasText: /^Period$/ }).locator("+ dd");
    await expect(period).toContainText("12 Jun 2024");
    await expect(period.getByRole("link", { name: "[start]" })).toHaveAttribute("href", /\/dossier\//);
    const end = period.getByRole("link", { name: "[end]" });
    await expect(end).toHaveAttribute("href", "/sources/kyiv-independent-nk-withdrawal-2024");
    await end.focus();
    await expect(period.getByRole("tooltip")).toContainText("concluded on June 12");
  });

  test("compares UCDP's 7,646 (7,548–9,077) with the dossier's “over 7,000”", async ({ page }) => {
    await page.goto("/conflicts/nagorno-karabakh");
    const c = page.locator('[data-comparison="brd:nagorno-karabakh:2020"]');
    await expect(c.getByRole("heading")).toHaveText("Deaths in the 2020 Nagorno-Karabakh war");
    const ucdp = rowsStartingWith(c, "UCDP BRD 24.1");
    await expect(chip(ucdp)).toHaveText("7,646 (7,548–9,077)");
    await expect(ucdp.locator("td.locator")).toContainText("conflict_id in (388);year=2020");
    const dossier = rowsStartingWith(c, "ISPI dossier 2021");
    await expect(chip(dossier)).toHaveText("over 7,000");
    await expect(dossier.locator("td.locator")).toHaveText("article 3 (Olesya Vartanyan), lines 411–413");
    await expect(c.locator("p", { hasText: "Why they differ:" })).toContainText("UCDP BRD 24.1 counts 7,646 battle-related deaths (low 7,548, high 9,077)");
    // The chart's description names the 2020 peak.
    const chart = page.locator("#deaths figure.chart");
    const descId = await chart.getAttribute("aria-describedby");
    await expect(page.locator(`[id="${descId}"]`)).toContainText("peak 7,646 in 2020 (range 7,548–9,077)");
  });

  test("the contingent's figures: 1,960 personnel, 90 APCs, 380 vehicles, 27 checkpoints, each with the dossier's lines", async ({ page }) => {
    await page.goto("/conflicts/nagorno-karabakh");
    const figures = page.locator('#figures [data-table="figures"] table');
    const row = (subject: string) => rowsStartingWith(figures, subject);
    await expect(chip(row("Russian peacekeeping contingent in Nagorno-Karabakh: personnel with small arms"))).toHaveText("at most 1,960");
    await expect(chip(row("Russian peacekeeping contingent in Nagorno-Karabakh: armoured personnel carriers"))).toHaveText("at most 90");
    await expect(chip(row("Russian peacekeeping contingent in Nagorno-Karabakh: other motor vehicles"))).toHaveText("at most 380");
    await expect(chip(row("Checkpoints manned by the Russian peacekeepers"))).toHaveText("27");
    await expect(row("Checkpoints manned by the Russian peacekeepers").locator("td").last()).toHaveText("article 3 (Olesya Vartanyan), lines 379–381");
    await expect(row("Russian peacekeeping contingent in Nagorno-Karabakh: personnel with small arms").locator("td").last()).toHaveText(
      "article 3 (Olesya Vartanyan), lines 369–379",
    );
  });
});

// ─────────────────────────────────────────────────────────────────────────────
test.describe("mission page /missions/transnistria-joint-peacekeeping-force", () => {
  test("the strength chart renders, and its table holds the SIPRI total of 1,136 for Dec 2016", async ({ page }) => {
    await page.goto("/missions/transnistria-joint-peacekeeping-force");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Joint peacekeeping force in Transnistria (Joint Control Commission)");
    await expect(page.locator("dl.facts")).toContainText("359044");
    const chart = page.locator("#strength figure.chart");
    await expect(chart.locator("figcaption")).toHaveText("JCC: personnel per month");
    await expect(chart.locator("svg.recharts-surface .recharts-line-curve").first()).toHaveAttribute("d", /^M[\d.]+,[\d.]+L/);
    await expect(chart.locator(".chart-source")).toContainText("Source: SIPRI/IPI panel 2016");

    const table = await showAsTable(chart);
    const dec2016 = table.locator("tbody tr").filter({ has: page.locator("th", { hasText: /^Dec 2016$/ }) });
    await expect(dec2016.locator("td")).toHaveText("1,136 (1,136)");
    await expect(table.locator("tbody tr").last().locator("th")).toHaveText("Dec 2016");
    await expect(table.locator("tbody tr").first().locator("th")).toHaveText("Jan 1993");
  });

  test("the 1992 agreement's mandate, clause by clause, each with its status", async ({ page }) => {
    await page.goto("/missions/transnistria-joint-peacekeeping-force");
    const mandate = page.locator("#mandate");
    await expect(mandate.getByRole("heading", { level: 3 })).toContainText(
      "Agreement on the Principles of a Peaceful Settlement of the Armed Conflict in the Dniester Region of the Republic of Moldova (21 Jul 1992)",
    );
    const grid = mandate.locator(".clause-grid");
    await expect(clause(grid, "Tasks").status).toHaveText("Specified");
    await expect(clause(grid, "Tasks").text).toContainText("Joint Control Commission");
    await expect(clause(grid, "Consent of the parties").status).toHaveText("Specified");
    await expect(clause(grid, "Size cap").status).toHaveText("Not yet coded");
    await expect(clause(grid, "Rules of engagement").status).toHaveText("Not yet coded");
    // Specified clauses cite their source; a hover shows it.
    const cite = clause(grid, "Tasks").text.locator(".cite");
    await cite.getByRole("link").hover();
    await expect(cite.locator('[role="tooltip"]')).toBeVisible();
    await expect(cite.locator('[role="tooltip"]')).toContainText("Moldova–Russia agreement, 21 Jul 1992 (text)");
  });
});

// ─────────────────────────────────────────────────────────────────────────────
test.describe("actor page /actors/csto", () => {
  test("the force-components chart and its table: 20,000, 5,000, 3,000 and 600, each from the dossier", async ({ page }) => {
    await page.goto("/actors/csto");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Collective Security Treaty Organization");
    const chart = page.locator("#components figure.chart");
    await expect(chart.locator("svg.chart-surface rect.bar")).toHaveCount(4);
    const labels = chart.locator("svg.chart-surface text.bar-value");
    await expect(labels).toHaveCount(4);
    expect(new Set(await labels.allTextContents())).toEqual(new Set(["20,000", "5,000", "3,000", "600"]));

    const table = await showAsTable(chart);
    const rows = table.locator("tbody tr");
    await expect(rows).toHaveCount(4);
    const expected: [RegExp, string, string][] = [
      [/Collective Rapid Reaction Forces/, "20,000", "lines 975–976"],
      [/Collective Rapid Deployment Forces/, "5,000", "lines 976–977"],
      [/military personnel/, "3,000", "lines 978–979"],
      [/^Police$|law-enforcement/, "600", "lines 978–979"],
    ];
    for (const [label, value, lines] of expected) {
      const row = rows.filter({ has: page.locator("th", { hasText: label }) });
      await expect(row).toHaveCount(1);
      await expect(row.locator("td").nth(0)).toHaveText(value);
      await expect(row.locator("td").nth(1)).toHaveText("people");
      await expect(row.locator("td").nth(2)).toHaveText(`ISPI dossier 2021, article 6 (Elena Zhirukhina), ${lines}`);
    }
    await expect(chart.locator(".chart-source")).toContainText("Source: ISPI dossier 2021, article 6 (Elena Zhirukhina)");
  });
});

// ─────────────────────────────────────────────────────────────────────────────
test.describe("dossier", () => {
  const AUTHORS = [
    "Eleonora Tafuro Ambrosetti",
    "Adriana Cuppuleri",
    "Olesya Vartanyan",
    "Carlo Frappi",
    "Tetyana Malyarenko",
    "Elena Zhirukhina",
    "Sergey Sukhankin",
    "Emmanuel Dreyfus",
  ];

  test("/dossier lists the eight articles with their authors and every argument", async ({ page, request }) => {
    const { count } = await apiJson<{ count: number }>(request, "/api/v1/arguments");
    await page.goto("/dossier");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Peacekeeping: The Russian Way");
    const articles = section(page, "Articles").locator("ol > li");
    await expect(articles).toHaveCount(8);
    for (const [i, author] of AUTHORS.entries()) {
      await expect(articles.nth(i)).toContainText(author);
      await expect(articles.nth(i)).toContainText(/lines \d+–\d+ · \d+ arguments/);
    }
    await expect(articles.nth(2).getByRole("link")).toHaveText("A Risky Role for Russian Peacekeepers in Nagorno-Karabakh");
    await expect(page.locator('[data-table="arguments"] caption')).toHaveText(`arguments: ${count} rows`);
  });

  test("an article lists its arguments with the exact quotes and their line ranges", async ({ page, request }) => {
    const slug = "risky-role-russian-peacekeepers-nagorno-karabakh";
    const { arguments: args } = await apiJson<{ arguments: { slug: string; summary: string; quote: string; lineStart: number; lineEnd: number; author: string }[] }>(
      request,
      `/api/v1/arguments?article=${slug}`,
    );
    expect(args.length).toBeGreaterThan(3);

    await page.goto(`/dossier/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("A Risky Role for Russian Peacekeepers in Nagorno-Karabakh");
    await expect(page.locator(".page-header")).toContainText("Olesya Vartanyan, International Crisis Group");
    const list = section(page, /^Arguments/);
    await expect(list.locator("ul.plain > li")).toHaveCount(args.length);
    await expect(list.getByRole("heading", { level: 2 })).toContainText(`${args.length} claims, each with its exact words`);
    for (const a of args) {
      const item = list.locator(`li[id="${a.slug}"]`);
      await expect(item.locator("strong").first()).toHaveText(a.summary);
      await expect(item.locator("blockquote.quote")).toHaveText(a.quote);
      await expect(item.locator("figcaption.locator")).toHaveText(`ISPI dossier 2021, article 3 (Olesya Vartanyan), lines ${a.lineStart}–${a.lineEnd}`);
    }
    const capped = list.locator("li").filter({ has: page.locator("blockquote", { hasText: "limited to 1,960 personnel with small arms" }) });
    await expect(capped.locator("figcaption")).toContainText("lines 369–379");
  });
});

// ─────────────────────────────────────────────────────────────────────────────
test.describe("sources", () => {
  test("/sources lists the releases with their licences", async ({ page }) => {
    await page.goto("/sources");
    const releases = section(page, "Data-set releases");
    const row = (title: string) => releases.locator("tbody tr").filter({ has: page.getByRole("link", { name: title, exact: true }) });
    await expect(row("UCDP BRD 24.1").locator("td").nth(2)).toHaveText("CC BY 4.0");
    await expect(row("UCDP GED 23.1").locator("td").nth(2)).toHaveText("CC BY 4.0");
    await expect(row("UCDP/PRIO ACD 22.1").locator("td").nth(2)).toHaveText("CC BY 4.0");
    await expect(row("OWID UN peacekeeping 2022").locator("td").nth(2)).toHaveText("CC BY");
    await expect(row("SIPRI/IPI panel 2016").locator("td").nth(2)).toHaveText("not stated by the compiler");
    const dossier = section(page, "The dossier");
    await expect(dossier.getByRole("link", { name: "ISPI dossier 2021" })).toHaveAttribute("href", "/sources/ispi-2021");
    // Documents from outside the dossier are marked.
    await expect(section(page, "Documents and other sources").locator(".badge.outside").first()).toHaveText("outside the dossier");
  });

  test("a release's page gives version and licence and pages through its figures", async ({ page, request }) => {
    const { total } = await apiJson<{ total: number }>(request, "/api/v1/figures?source=ucdp-brd@24.1&limit=1");
    const pages = Math.ceil(total / 100);
    expect(pages).toBeGreaterThan(1);

    await page.goto("/sources");
    await page.getByRole("link", { name: "UCDP BRD 24.1", exact: true }).click();
    await expect(page).toHaveURL(/\/sources\/ucdp-brd(%40|@)24\.1$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("UCDP Battle-Related Deaths Dataset, dyadic version 24.1");
    const facts = page.locator("dl.facts");
    await expect(facts.locator("dt", { hasText: /^Version$/ }).locator("+ dd")).toHaveText("24.1");
    await expect(facts.locator("dt", { hasText: /^Licence$/ }).locator("+ dd")).toHaveText("CC BY 4.0");
    await expect(facts.locator("dt", { hasText: /^File$/ }).locator("+ dd")).toContainText("ucdp-brd-dyadic-v24.1.csv");

    const figures = section(page, /^Figures from this source/);
    await expect(figures.getByRole("heading", { level: 2 })).toContainText(`${total.toLocaleString("en-GB")} in all`);
    const rows = figures.locator("tbody tr");
    await expect(rows).toHaveCount(100);
    const pager = figures.getByRole("navigation", { name: "Pages" });
    await expect(pager).toContainText(`Page 1 of ${pages}`);
    await expect(pager.getByRole("link", { name: "Previous" })).toHaveCount(0);
    const firstOnPage1 = await rows.first().innerText();
    await expect(rows.first().locator("td.locator")).toContainText("ucdp-brd-dyadic-v24.1.csv");

    await pager.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/\?page=2$/);
    await expect(pager).toContainText(`Page 2 of ${pages}`);
    await expect(rows.first()).not.toHaveText(firstOnPage1);
    await expect(pager.getByRole("link", { name: "Previous" })).toBeVisible();

    await page.goto(`/sources/ucdp-brd%4024.1?page=${pages}`);
    await expect(pager).toContainText(`Page ${pages} of ${pages}`);
    await expect(rows).toHaveCount(total - (pages - 1) * 100);
    await expect(pager.getByRole("link", { name: "Next" })).toHaveCount(0);
  });

  test("a release's values sort in SQL, across pages, by the column headers; a bad order is named", async ({ page, request }) => {
    const top = await apiJson<{ figures: { best: number | null }[] }>(request, "/api/v1/figures?source=ucdp-brd@24.1&release=all&sort=-value&limit=1");
    const largest = top.figures[0]!.best!;
    await page.goto("/sources/ucdp-brd%4024.1");
    const figures = section(page, /^Figures from this source/);
    await figures.getByRole("link", { name: "Sort by Value" }).click();
    await expect(page).toHaveURL(/sort=value/);
    await figures.getByRole("link", { name: "Sort by Value, sorted ascending" }).click();
    await expect(page).toHaveURL(/sort=-value/);
    await expect(figures.locator("thead th[aria-sort=descending]")).toContainText("Value");
    const values = async () => (await figures.locator("tbody tr td.num").allInnerTexts()).map((t) => parseNumber(t.split("\n")[0]!)!);
    const page1 = await values();
    expect(page1[0]).toBe(largest);
    expect(page1).toEqual([...page1].sort((a, b) => b - a));
    await figures.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/sort=-value&page=2/);
    const page2 = await values();
    expect(page2[0]!).toBeLessThanOrEqual(page1[page1.length - 1]!);

    await page.goto("/sources/ucdp-brd%4024.1?sort=loudest");
    await expect(page.locator('.notice[role="status"]')).toContainText("Parameter “sort”");
    await expect(page.locator('.notice[role="status"]')).toContainText("showing the default order");
  });

  test("a malformed page number is named and page 1 is shown", async ({ page }) => {
    await page.goto("/sources/ucdp-brd%4024.1?page=abc");
    const notice = page.locator('.notice[role="status"]');
    await expect(notice).toContainText("Parameter “page”");
    await expect(notice).toContainText("showing page 1");
    await expect(page.getByRole("navigation", { name: "Pages" })).toContainText("Page 1 of");
  });
});

// ─────────────────────────────────────────────────────────────────────────────
test.describe("not found", () => {
  for (const path of [
    "/conflicts/no-such-conflict",
    "/figures/999999999",
    "/figures/abc",
    "/figures/0",
    "/missions/no-such-mission",
    "/actors/no-such-actor",
    "/dossier/no-such-article",
    "/sources/no-such-source",
    "/no-such-page",
  ]) {
    test(`${path} answers 404 with the not-found page`, async ({ page, consoleGuard }) => {
      consoleGuard.allow(new RegExp(`status of 404[^]*${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`), "the document itself is a 404");
      const response = await page.goto(path);
      expect.soft(response?.status(), "HTTP status of the not-found page").toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
      await expect(page.locator("main")).toContainText("Parallax holds no page at this address");
      await expect(page.getByRole("main").getByRole("link", { name: "conflicts" })).toHaveAttribute("href", "/conflicts");
      const html = await response!.text();
      expectNoStackTrace(html);
      expectNoStackTrace(await page.locator("body").innerText());
    });
  }
});

// ─────────────────────────────────────────────────────────────────────────────
/**
 * Page health, one load per page: the page answers 200, hydrates and lets its link prefetches
 * settle without a console error or an uncaught exception — strict: the known issues of
 * fixtures.ts count here, so the page stays red until its console is clean (only the favicon
 * request, whose timing is Chromium's, is left to its own test in a11y.spec.ts) — and, for the
 * accessibility smoke, every chart has a text description, every table a caption (in the charts'
 * table views too) and no id is used twice.
 */
test.describe("page health", () => {
  const PAGES = [
    "/",
    "/conflicts",
    "/conflicts/donbas",
    "/conflicts/nagorno-karabakh",
    "/missions",
    "/missions/transnistria-joint-peacekeeping-force",
    "/missions/nk-russian-peacekeeping-contingent",
    "/actors",
    "/actors/csto",
    "/dossier",
    "/dossier/introduction",
    "/figures",
    "/figures/{nk-contingent-checkpoints}",
    "/sources",
    "/sources/ucdp-brd%4024.1",
    "/compare?c=nagorno-karabakh,transnistria",
  ];
  for (const template of PAGES) {
    test(`${template}: no console errors; charts described, tables captioned, ids unique`, async ({ page, request, consoleGuard }) => {
      let path = template;
      const key = /\{([\w-]+)\}/.exec(template)?.[1];
      if (key) path = template.replace(`{${key}}`, String((await curatedFigure(request, "nagorno-karabakh", key)).id));
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await waitForHydration(page.getByRole("navigation", { name: "Main" }).getByRole("link").first());
      await waitForNetworkQuiet(page, 750);
      expect.soft(consoleGuard.strict(), "console errors and uncaught exceptions").toEqual([]);

      const problems = await structuralProblems(page);
      // The table view of every chart needs its caption too.
      const switches = page.locator("figure.chart").getByRole("group", { name: "Show as" }).getByRole("button", { name: "Table", exact: true });
      const n = await switches.count();
      for (let i = 0; i < n; i++) {
        await waitForHydration(switches.nth(i));
        await switches.nth(i).click();
        await expect(switches.nth(i)).toHaveAttribute("aria-pressed", "true");
      }
      if (n > 0) for (const p of await structuralProblems(page)) if (!problems.includes(p)) problems.push(p);
      expect.soft(problems, "accessibility: chart descriptions, table captions, unique ids").toEqual([]);
    });
  }
});
