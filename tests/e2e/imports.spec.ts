import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, expectNoStackTrace, test, waitForHydration } from "./fixtures";
import { E2E_DB_FILE } from "./config";
import { signIn } from "./sign-in";

/**
 * /imports and /unmapped in a browser: upload a copy of a real file and read the report, upload a
 * broken copy and see its errors by line with nothing written, link an unmapped UCDP conflict.
 *
 * The e2e database is shared with the other specs, which run in parallel, so this spec only adds
 * what no other spec looks at: an ACD release labelled 19.1 (older than the seed's 22.1, so the
 * release every page shows stays 22.1) and a link for UCDP conflict 206 (Iran 1946: minor
 * intensity, ACD only, no battle deaths: no total, peak or years at war changes). It removes both
 * before and after itself (epic-stack style fixtures), so it can run again on the same database.
 */

const DB_FILE = process.env.E2E_DB_FILE ?? E2E_DB_FILE;
const DATA = path.resolve(process.cwd(), "..", "shared", "data");
const UNMAPPED_ID = 206;
const RELEASES = ["ucdp-acd@19.1", "ucdp-acd@18.1"];

function removeOwnData(): void {
  const db = new Database(DB_FILE, { timeout: 10_000 });
  try {
    db.pragma("foreign_keys = ON");
    db.transaction(() => {
      for (const key of RELEASES) {
        const source = db.prepare(`SELECT id FROM "Source" WHERE key = ?`).get(key) as { id: number } | undefined;
        if (!source) continue;
        db.prepare(`DELETE FROM "AcdConflictYear" WHERE "sourceId" = ?`).run(source.id);
        db.prepare(`DELETE FROM "Figure" WHERE "sourceId" = ?`).run(source.id);
        db.prepare(`DELETE FROM "Source" WHERE id = ?`).run(source.id);
      }
      db.prepare(`DELETE FROM "ConflictUcdpLink" WHERE "ucdpConflictId" = ?`).run(UNMAPPED_ID);
    })();
  } finally {
    db.close();
  }
}

/** A copy of ACD 20.1 whose version column says `version`, with optional edits to its cells (by column name; index 0 = header). */
function acdCopy(file: string, version: string, edit: (set: (column: string, value: string) => void, index: number) => void = () => {}): string {
  const lines = fs.readFileSync(path.join(DATA, "ucdp-prio-acd-v20.1.csv"), "utf8").split("\n");
  const header = lines[0]!.split(",").map((h) => h.replace(/"/g, ""));
  const versionAt = header.indexOf("version");
  const out = lines.map((line, i) => {
    if (i === 0 || line === "") return line;
    // UCDP quotes every cell and these rows hold no commas inside cells we touch; split on '","'.
    const cells = line.slice(1, -1).split('","');
    cells[versionAt] = version;
    edit((column, value) => {
      cells[header.indexOf(column)] = value;
    }, i);
    return `"${cells.join('","')}"`;
  });
  fs.writeFileSync(file, out.join("\n"));
  return file;
}

test.describe.configure({ mode: "serial" });
test.beforeAll(removeOwnData);
test.afterAll(removeOwnData);

test("without an admin account the page offers no upload, and says who may import", async ({ page }) => {
  await page.goto("/imports");
  await expect(page.locator("#upload")).toContainText("Importing needs an admin account");
  await expect(page.getByLabel("Data file")).toHaveCount(0);
});

// Imports and UCDP mappings are an admin's: every test below signs in as one.
test.beforeEach(async ({ page }, testInfo) => {
  if (!testInfo.title.startsWith("without an admin")) await signIn(page, "importsAdmin");
});

test.describe("/imports", () => {
  test("uploading a copy of a real release shows the report and lists the release beside the newer ones", async ({ page }, testInfo) => {
    const file = acdCopy(testInfo.outputPath("ucdp-prio-acd-v19.1.csv"), "19.1");
    await page.goto("/imports");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Imports");
    const input = page.getByLabel("Data file");
    const submit = page.getByRole("button", { name: "Import", exact: true });
    await waitForHydration(submit);
    await input.setInputFiles(file);
    await submit.click();

    const status = page.locator(".import-report .notice[role=status]");
    await expect(status).toHaveText(/^Imported ucdp-prio-acd-v19\.1\.csv as UCDP\/PRIO ACD 19\.1: 2,448 rows read, 2,448 conflict-years written\.$/, { timeout: 30_000 });
    const report = page.locator(".import-report");
    await expect(report).toContainText("detected from the header (the UCDP/PRIO ACD columns)");
    await expect(report.locator("dt", { hasText: "Rows read" }).locator("xpath=following-sibling::dd[1]")).toHaveText("2,448");
    await expect(report.locator("dt", { hasText: "Rejected" }).locator("xpath=following-sibling::dd[1]")).toHaveText("0");

    // The releases table (re-rendered by the action) lists 19.1 with its file; 22.1 is still the one shown.
    const releases = page.locator('table[data-table="releases"]');
    const row = releases.locator('tr[data-release="ucdp-acd@19.1"]');
    await expect(row).toContainText("ucdp-prio-acd-v19.1.csv");
    await expect(row).toContainText("web upload");
    await expect(row.locator(".badge")).toHaveCount(0);
    await expect(releases.locator('tr[data-release="ucdp-acd@22.1"] .badge')).toHaveText("shown");
    // And the revisions between 19.1 and 20.1 are offered.
    await expect(page.locator('table[data-table="revision-pairs"]')).toContainText("19.1 → 20.1");
  });

  test("a broken copy is refused with its errors by line and column, and nothing is written", async ({ page }, testInfo) => {
    const file = acdCopy(testInfo.outputPath("ucdp-prio-acd-v18.1.csv"), "18.1", (set, i) => {
      if (i === 4) set("intensity_level", "3");
      if (i === 9) set("year", "1890");
    });
    await page.goto("/imports");
    const submit = page.getByRole("button", { name: "Import", exact: true });
    await waitForHydration(submit);
    await page.getByLabel("Data file").setInputFiles(file);
    await submit.click();

    const alert = page.locator(".import-report .notice[role=alert]");
    await expect(alert).toHaveText(
      'Rejected ucdp-prio-acd-v18.1.csv as UCDP/PRIO ACD 18.1: 2 rows have errors; first: line 5, intensity_level "3": expected one of 1, 2 (minor, war); nothing was written.',
      { timeout: 30_000 },
    );
    const errors = page.locator(".import-report table").first();
    await expect(errors.locator("caption")).toHaveText("Errors");
    await expect(errors.locator("tbody tr")).toHaveCount(2);
    await expect(errors.locator("tbody tr").nth(0).locator("td")).toHaveText(["5", "intensity_level", "3", "one of 1, 2 (minor, war)"]);
    await expect(errors.locator("tbody tr").nth(1).locator("td")).toHaveText(["10", "year", "1890", `a year from 1946 to ${new Date().getFullYear() + 1} (no later than next year)`]);
    expectNoStackTrace(await page.locator(".import-report").innerText());
    await expect(page.locator(".import-report dt", { hasText: "Rejected" }).locator("xpath=following-sibling::dd[1]")).toHaveText("2");
    await expect(page.locator(".import-report dt", { hasText: /^New$/ })).toHaveCount(0);

    await page.reload();
    await expect(page.locator('table[data-table="releases"] tr[data-release="ucdp-acd@18.1"]')).toHaveCount(0);
  });
});

test.describe("/unmapped", () => {
  test("pages through every unmapped UCDP conflict, two hundred at a time", async ({ page }) => {
    await page.goto("/unmapped");
    const table = page.locator('table[data-table="unmapped"]');
    await expect(table.locator("caption")).toContainText(/page 1 of \d+/);
    const pages = Number(/page 1 of (\d+)/.exec(await table.locator("caption").innerText())![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    await expect(table.locator("tbody tr")).toHaveCount(200);
    const firstOnPage1 = await table.locator("tbody tr").first().innerText();
    await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/\/unmapped\?page=2$/);
    await expect(table.locator("caption")).toContainText(`page 2 of ${pages}`);
    await expect(table.locator("tbody tr").first()).not.toHaveText(firstOnPage1);
    await page.goto("/unmapped?page=zero");
    await expect(page.locator('.notice[role="status"]')).toContainText("Parameter “page”");
  });

  test("lists an unmapped UCDP conflict, and linking it to a conflict takes it off the list", async ({ page }) => {
    await page.goto(`/unmapped?q=${UNMAPPED_ID}`);
    const table = page.locator('table[data-table="unmapped"]');
    const row = table.locator(`tr[data-ucdp-id="${UNMAPPED_ID}"]`);
    await expect(row).toContainText("(Iran)");
    await expect(row).toContainText("1946");
    await row.getByRole("link", { name: String(UNMAPPED_ID), exact: true }).click();

    await expect(page).toHaveURL(new RegExp(`/unmapped/${UNMAPPED_ID}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("(Iran)");
    const form = page.getByRole("form", { name: "Link to an existing conflict" });
    const link = form.getByRole("button", { name: "Link" });
    await waitForHydration(link);
    await form.getByLabel("Parallax conflict").selectOption({ label: "Kosovo conflict" });
    await link.click();
    const done = form.locator(".notice[role=status]");
    await expect(done).toContainText(`Linked UCDP conflict ${UNMAPPED_ID} (`);
    await expect(done).toContainText("to Kosovo conflict: its UCDP figures now count for that conflict.");
    await expect(done.getByRole("link", { name: "Open the conflict" })).toHaveAttribute("href", "/conflicts/kosovo");

    await page.goto(`/unmapped?q=${UNMAPPED_ID}`);
    await expect(page.locator('table[data-table="unmapped"] tbody tr')).toHaveCount(0);
    await expect(page.locator('table[data-table="unmapped"] caption')).toHaveText(`No unmapped UCDP conflict matches “${UNMAPPED_ID}”.`);
  });
});
