import fs from "node:fs";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { expect, test, type Download, type Page } from "@playwright/test";
import { waitForHydration } from "./fixtures";
import { signIn } from "./sign-in";

async function read(download: Download): Promise<Buffer> {
  const file = await download.path();
  return fs.readFileSync(file!);
}

async function exportFrom(page: Page, scope: "Current view" | "Full table", format: "CSV" | "Excel (XLSX)" | "Markdown", container = page.locator("[data-table]").first()): Promise<Download> {
  await container.getByText("Export", { exact: true }).click();
  await container.getByLabel(scope).check();
  const [download] = await Promise.all([page.waitForEvent("download"), container.getByRole("link", { name: format }).click()]);
  return download;
}

/** Every record of a CSV, parsed strictly (RFC 4180: each record as wide as the header; csv-parse throws otherwise). */
const allRecords = (buf: Buffer) => parse(buf.toString("utf8").replace(/^\uFEFF/, ""), { relax_column_count: false }) as string[][];

/** A CSV export's header and data: the citation records after the data (first field "# …", the others empty) left out. */
const csvRecords = (buf: Buffer) => {
  const records = allRecords(buf);
  let end = records.length;
  while (end > 1 && records[end - 1]![0]!.startsWith("# ") && records[end - 1]!.slice(1).every((v) => v === "")) end--;
  return records.slice(0, end);
};

const stamp = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

/** Writes a team note beside an entry with the note panel's "Annotate" (the page's user must be an analyst). */
async function annotate(page: Page, target: string, body: string): Promise<void> {
  const panel = page.locator(`[data-annotations="${target}"]`);
  const button = panel.getByRole("button", { name: /^Annotate/ });
  await waitForHydration(button);
  await button.click();
  const editor = panel.getByTestId("note-editor");
  await editor.getByLabel("Note (Markdown)").fill(body);
  await editor.getByRole("button", { name: "Save note" }).click();
  await expect(editor).toHaveCount(0);
}

/** The table's header labels and first-column texts as the page shows them (sort arrows stripped). */
async function visibleTable(page: Page) {
  const table = page.locator("[data-table] table").first();
  const headers = (await table.locator("thead th").allTextContents()).map((t) => t.replace(/[▲▼↕]/g, "").trim());
  const firstColumn = (await table.locator("tbody tr td:first-child").allTextContents()).map((t) => t.replace(/data only$/, "").trim());
  return { headers, firstColumn };
}

test("the conflicts table's current view downloads as CSV with the same rows, order and columns, and its citation", async ({ page }) => {
  await page.goto("/conflicts?conflicts.sort=brdTotal:desc&conflicts.f.region=Post-Soviet%20space&conflicts.hide=ucdpIds,figures&conflicts.size=100");
  const shown = await visibleTable(page);
  const download = await exportFrom(page, "Current view", "CSV");
  expect(download.suggestedFilename()).toMatch(/^parallax-conflicts-\d{4}-\d{2}-\d{2}\.csv$/);
  const buf = await read(download);
  expect(buf.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const records = csvRecords(buf);
  expect(records[0]).toEqual(shown.headers.filter((h) => h !== "Compare"));
  expect(records.slice(1).map((r) => r[0])).toEqual(shown.firstColumn);
  const text = buf.toString("utf8");
  // Next names its own host in request URLs (127.0.0.1 or localhost, depending on how it was started).
  expect(text).toMatch(/# View: http:\/\/(?:127\.0\.0\.1|localhost):\d+\/conflicts\?conflicts\.sort=brdTotal:desc&conflicts\.f\.region=Post-Soviet/);
  expect(text).toMatch(/# Data-set versions: .*24\.1/);
  // The citation is the file's last records, as wide as the header: no blank line, nothing a strict reader refuses.
  expect(text).not.toMatch(/\r\n\r\n/);
  const all = allRecords(buf);
  const footer = all.slice(records.length);
  expect(footer.length).toBeGreaterThanOrEqual(3);
  expect(footer.every((r) => r.length === records[0]!.length && r[0]!.startsWith("# ") && r.slice(1).every((v) => v === ""))).toBe(true);
  expect(footer.map((r) => r[0])).toContainEqual(expect.stringMatching(/^# Source: .*Peacekeeping: The Russian Way/));
});

test("the full table ignores the view; XLSX has typed cells, a bold frozen header and a Sources sheet", async ({ page }) => {
  await page.goto("/conflicts?conflicts.f.region=Post-Soviet%20space&conflicts.hide=ucdpIds");
  const download = await exportFrom(page, "Full table", "Excel (XLSX)");
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await read(download)) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header).toContain("UCDP conflict ids");
  expect(sheet.getRow(1).font?.bold).toBe(true);
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  expect(sheet.rowCount - 1).toBeGreaterThanOrEqual(16);
  const deathsCol = header.indexOf("Battle-related deaths, all years (UCDP BRD)") + 1;
  const nk = sheet.getColumn(1).values.findIndex((v) => v === "Nagorno-Karabakh conflict");
  expect(typeof sheet.getRow(nk).getCell(deathsCol).value).toBe("number");
  const sources = book.getWorksheet("Sources")!;
  const titles = sources.getColumn(1).values.map(String);
  expect(titles.some((t) => /Battle-Related Deaths/.test(t))).toBe(true);
  expect(titles.some((t) => /Armed Conflict/.test(t))).toBe(true);
});

test("a conflict's figures download as Markdown with their sources listed", async ({ page }) => {
  await page.goto("/conflicts/donbas");
  const figures = page.locator("#figures [data-table]");
  const download = await exportFrom(page, "Current view", "Markdown", figures);
  const md = (await read(download)).toString("utf8");
  expect(md).toMatch(/^## Figures\n\n\| Subject \| Measure \| Value \|/);
  expect(md).toContain("| 4,441 |");
  expect(md).toMatch(/### Sources\n\n- .*Peacekeeping: The Russian Way/);
});

test("the comparison report is one workbook with every table and the sources", async ({ page }) => {
  await page.goto("/compare?c=nagorno-karabakh,transnistria,abkhazia,donbas&from=1992&to=2021");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export report (XLSX)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^parallax-report-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await read(download)) as unknown as ArrayBuffer);
  expect(book.worksheets.map((w) => w.name)).toEqual(["Comparison", "Deaths by year", "Mission strength", "Mandate matrix", "Arguments", "Sources"]);
  const deaths = book.getWorksheet("Deaths by year")!;
  const years = deaths.getColumn(1).values.slice(2) as number[];
  expect(Math.min(...years)).toBeGreaterThanOrEqual(1992);
  expect(Math.max(...years)).toBeLessThanOrEqual(2021);
  const comparison = book.getWorksheet("Comparison")!;
  expect((comparison.getRow(1).values as unknown[]).slice(1)).toEqual(["Attribute", "Nagorno-Karabakh conflict", "Transnistria conflict (Dniester region)", "Georgian–Abkhaz conflict", "War in Donbas"]);
});

test("the comparison table's export follows its view", async ({ page }) => {
  await page.goto("/compare?c=donbas,nagorno-karabakh&hide=type,region&rows=peak");
  const table = page.locator('[data-table="comparison"]');
  const shownRows = (await table.locator("tbody th[scope=row] strong").allTextContents()).map((t) => t.trim());
  const download = await exportFrom(page, "Current view", "CSV", table);
  const records = csvRecords(await read(download));
  expect(records[0]).toEqual(["Attribute", "War in Donbas", "Nagorno-Karabakh conflict"]);
  expect(records.slice(1).map((r) => r[0])).toEqual(shownRows);
  expect(records[1]![0]).toBe("UCDP peak battle-related deaths");
  expect(records[1]![1]).toMatch(/^4,805 \(in 2014/);
});

test("a chart downloads as SVG with its source line and as a PNG at twice its size", async ({ page }) => {
  await page.goto("/conflicts/nagorno-karabakh");
  const frame = page.locator("#deaths figure").first();
  await expect(frame.locator("svg.recharts-surface")).toBeVisible();
  const box = (await frame.locator("svg.recharts-surface").boundingBox())!;
  const [svg] = await Promise.all([page.waitForEvent("download"), frame.getByRole("button", { name: /as SVG/ }).click()]);
  expect(svg.suggestedFilename()).toMatch(/^parallax-chart-.*\.svg$/);
  const markup = (await read(svg)).toString("utf8");
  expect(markup).toContain("<svg");
  expect(markup).toContain("Source: UCDP BRD 24.1");
  expect(markup).toContain("battle-related deaths per year");
  const [png] = await Promise.all([page.waitForEvent("download"), frame.getByRole("button", { name: /as PNG/ }).click()]);
  const bytes = await read(png);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(width).toBe(Math.round(box.width) * 2);
  expect(height).toBeGreaterThan(Math.round(box.height) * 2);
});

test("the notes table downloads from /annotations: the caller's notes in the table's view, a cell beginning with = neutralised", async ({ page, request }) => {
  const id = stamp();
  await signIn(page, "analyst");
  await page.goto("/conflicts/mali");
  const text = `=1+1 export check ${id}`;
  await annotate(page, "conflict:mali", text);

  // The current view: the search keeps this one note.
  await page.goto(`/annotations?notes.q=${id}`);
  const table = page.locator('[data-table="notes"]');
  await expect(table.locator("tbody tr")).toHaveCount(1);
  const download = await exportFrom(page, "Current view", "CSV", table);
  expect(download.suggestedFilename()).toMatch(/^parallax-annotations-\d{4}-\d{2}-\d{2}\.csv$/);
  const buf = await read(download);
  const records = csvRecords(buf);
  expect(records[0]).toEqual(["Note", "Entry", "Kind of entry", "Author", "Tags", "Visibility", "Updated"]);
  expect(records).toHaveLength(2);
  const row = Object.fromEntries(records[0]!.map((h, i) => [h, records[1]![i]]));
  // A spreadsheet would have run "=1+1": the leading apostrophe keeps it text.
  expect(row.Note).toBe(`'${text}`);
  expect(row).toMatchObject({ Entry: "Mali conflict", "Kind of entry": "Conflict", Author: "Ana Analyst", Visibility: "team" });
  expect(buf.toString("utf8")).toMatch(/# View: http:\/\/(?:127\.0\.0\.1|localhost):\d+\/annotations\?notes\.q=/);

  // The full table: every note the analyst may read, as a workbook, the new one neutralised there too.
  // (A fresh page: the Export menu of the first download is still open, and its summary would close it.)
  await page.goto("/annotations");
  await waitForHydration(table.getByLabel("Full table"));
  const full = await exportFrom(page, "Full table", "Excel (XLSX)", table);
  expect(full.suggestedFilename()).toMatch(/^parallax-annotations-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await read(full)) as unknown as ArrayBuffer);
  expect(book.worksheets.map((w) => w.name)).toEqual(["Notes", "Sources"]);
  const notes = book.getWorksheet("Notes")!;
  expect(notes.getColumn(1).values).toContain(`'${text}`);
  expect(notes.getRow(1).font?.bold).toBe(true);

  // Without a session the notes are not exported.
  const anonymous = await request.get("/api/v1/export/annotations?format=csv");
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error).toMatchObject({ status: 401, parameter: "table" });
});

test("the comparison report adds the team's notes on the compared entries for a signed-in user who asks", async ({ page, request }) => {
  const id = stamp();
  const reportLink = page.getByRole("link", { name: "Export report (XLSX)" });
  const option = page.getByLabel(/with the team.s notes on these entries/);

  // Anonymous: no option, and the API refuses the parameter.
  await page.goto("/compare?c=mali");
  await waitForHydration(reportLink);
  await expect(reportLink).toBeVisible();
  await expect(option).toHaveCount(0);
  const refused = await request.get("/api/v1/export/report?format=xlsx&c=mali&annotations=include");
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error).toMatchObject({ status: 401, parameter: "annotations" });

  await signIn(page, "analyst");
  await page.goto("/conflicts/mali");
  const text = `Report note ${id}: the 2021 talks never led to a deployment.`;
  await annotate(page, "conflict:mali", text);
  await page.goto("/compare?c=mali");
  await expect(reportLink).not.toHaveAttribute("href", /annotations=/);
  await option.check();
  await expect(reportLink).toHaveAttribute("href", /annotations=include/);
  const [download] = await Promise.all([page.waitForEvent("download"), reportLink.click()]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await read(download)) as unknown as ArrayBuffer);
  expect(book.worksheets.map((w) => w.name)).toEqual(["Comparison", "Deaths by year", "Mission strength", "Mandate matrix", "Arguments", "Annotations", "Sources"]);
  const sheet = book.getWorksheet("Annotations")!;
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(["Author", "Entry", "Kind of entry", "Tags", "Visibility", "Updated", "Note"]);
  const row = sheet.getColumn(7).values.findIndex((v) => v === text);
  expect(row).toBeGreaterThan(1);
  expect((sheet.getRow(row).values as unknown[]).slice(1, 4)).toEqual(["Ana Analyst", "Mali conflict", "Conflict"]);
});

test("the export API answers 400 with a JSON error naming the table, format or parameter", async ({ request }) => {
  for (const [path, parameter] of [
    ["/api/v1/export/planets?format=csv", "table"],
    ["/api/v1/export/planets", "table"],
    ["/api/v1/export/conflicts?format=docx", "format"],
    ["/api/v1/export/conflicts?format=csv&format=xlsx", "format"],
    ["/api/v1/export/conflicts?format=csv&colour=red", "colour"],
    ["/api/v1/export/conflicts?format=csv&conflicts.cols=zzz", "conflicts.cols"],
    ["/api/v1/export/conflicts?format=csv&scope=full&conflicts.sort=zzz:asc", "conflicts.sort"],
    ["/api/v1/export/comparison?format=csv&c=donbas&table.zzz=1", "table.zzz"],
  ] as const) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(400);
    expect(res.headers()["content-type"]).toMatch(/application\/json/);
    expect((await res.json()).error.parameter).toBe(parameter);
  }
  const ok = await request.get("/api/v1/export/missions?format=md");
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-disposition"]).toMatch(/attachment; filename="parallax-missions-/);
});
