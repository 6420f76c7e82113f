import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page, Request } from "@playwright/test";
import { expect, test, waitForHydration } from "./fixtures";
import { E2E_PASSWORD, E2E_USERS, type E2eUser } from "./users";
import { XSS_PAYLOADS } from "./xss-payloads";
import { fillSignIn, newSignedInPage, signIn } from "./sign-in";

/**
 * Analysts' notes and figures in a real browser, as the issue lists them. Each test works on its own
 * entries and users (tests/e2e/users.ts) with unique texts, so tests can run in parallel on the one
 * e2e database; entries other specs count (Donbas, Nagorno-Karabakh) are left alone.
 */

const stamp = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

const panel = (page: Page, target: string) => page.locator(`[data-annotations="${target}"]`);

/** Opens "Annotate" beside an entry, writes a note and saves it; returns the note's article. */
async function annotate(page: Page, target: string, body: string, options: { tags?: string; visibility?: "team" | "private" } = {}) {
  const annotateButton = panel(page, target).getByRole("button", { name: /^Annotate/ });
  await waitForHydration(annotateButton);
  await annotateButton.click();
  const editor = panel(page, target).getByTestId("note-editor");
  await editor.getByLabel("Note (Markdown)").fill(body);
  if (options.tags) await editor.getByLabel("Tags").fill(options.tags);
  if (options.visibility === "private") await editor.getByLabel(/^Private/).check();
  await editor.getByRole("button", { name: "Save note" }).click();
  await expect(editor).toHaveCount(0);
  const note = panel(page, target).locator("article").filter({ hasText: body.split("\n")[0]!.replace(/[*_`]/g, "") });
  await expect(note).toBeVisible();
  return note;
}

async function firstSyriaFigure(page: Page): Promise<number> {
  const res = await page.request.get("/api/v1/figures?conflict=syria&curated=true");
  const body = (await res.json()) as { figures: { id: number }[] };
  expect(body.figures.length).toBeGreaterThan(0);
  return body.figures[0]!.id;
}

test("an analyst annotates a conflict, a figure and a mandate clause, edits a note, reads its history and restores the first version", async ({ page }) => {
  const id = stamp();
  await signIn(page, "analyst");

  // A conflict.
  await page.goto("/conflicts/tajikistan");
  const original = `Conflict note ${id}: the **1997** General Agreement ended the war.`;
  const note = await annotate(page, "conflict:tajikistan", original, { tags: "ceasefire, e2e" });
  await expect(note.locator(".note-body strong")).toHaveText("1997");
  await expect(note).toContainText("#ceasefire");
  await expect(panel(page, "conflict:tajikistan").getByTestId("notes-toggle")).toContainText(/Notes\s*\d+/);

  // A figure.
  const figureId = await firstSyriaFigure(page);
  await page.goto(`/figures/${figureId}`);
  await annotate(page, `figure:${figureId}`, `Figure note ${id}: check against the OHCHR count.`);

  // A mandate clause.
  await page.goto("/missions/tajikistan-cis-collective-peacekeeping-forces");
  const clause = "mandate_clause:tajikistan-cis-cpf-agreement-1993#tasks";
  await annotate(page, clause, `Clause note ${id}: tasks were never published in full.`);

  // Edit the conflict note.
  await page.goto("/conflicts/tajikistan");
  await panel(page, "conflict:tajikistan").getByTestId("notes-toggle").click();
  const mine = panel(page, "conflict:tajikistan").locator("article").filter({ hasText: `Conflict note ${id}` });
  await waitForHydration(mine.getByRole("button", { name: "Edit" }));
  await mine.getByRole("button", { name: "Edit" }).click();
  const edited = `Conflict note ${id}: the 1997 General Agreement ended the war; the CIS force stayed until 2000.`;
  await mine.getByLabel("Note (Markdown)").fill(edited);
  await mine.getByRole("button", { name: "Save note" }).click();
  await expect(mine).toContainText("the CIS force stayed until 2000");
  await expect(mine).toContainText("(version 2)");

  // The history: both versions, with what changed.
  await mine.getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("heading", { name: /History of a note on/ })).toBeVisible();
  await expect(page.locator("[data-version]")).toHaveCount(2);
  const diff = page.locator('[data-version="2"]').getByTestId("word-diff");
  await expect(diff.locator("ins")).toContainText(["stayed"]);
  await expect(diff.locator("del").first()).toBeVisible();

  // Restore version 1: it becomes version 3, and the history keeps all three.
  const restore = page.getByRole("button", { name: "Restore version 1" });
  await waitForHydration(restore);
  await restore.click();
  await expect(page.getByText("Version 1 restored as version 3.")).toBeVisible();
  await page.reload();
  await expect(page.locator("[data-version]")).toHaveCount(3);
  await expect(page.getByTestId("current-text")).toContainText("ended the war.");
  await expect(page.getByTestId("current-text")).not.toContainText("stayed until 2000");
  await expect(page.locator('[data-version="3"] h3')).toContainText("restored from version 1");
});

test("two browsers edit the same note: the second is shown both versions (text, tags, visibility), nothing is lost, and the merge is saved", async ({ browser }) => {
  const id = stamp();
  const a = await newSignedInPage(browser, "analyst");
  const b = await newSignedInPage(browser, "analyst2");
  const target = "conflict:south-ossetia";
  await a.goto("/conflicts/south-ossetia");
  await annotate(a, target, `Shared note ${id}: first text.`);

  // B opens the editor on version 1.
  await b.goto("/conflicts/south-ossetia");
  await b.reload();
  await panel(b, target).getByTestId("notes-toggle").click();
  const bNote = panel(b, target).locator("article").filter({ hasText: `Shared note ${id}` });
  await waitForHydration(bNote.getByRole("button", { name: "Edit" }));
  await bNote.getByRole("button", { name: "Edit" }).click();

  // A saves version 2 meanwhile.
  await a.reload();
  await panel(a, target).getByTestId("notes-toggle").click();
  const aNote = panel(a, target).locator("article").filter({ hasText: `Shared note ${id}` });
  await waitForHydration(aNote.getByRole("button", { name: "Edit" }));
  await aNote.getByRole("button", { name: "Edit" }).click();
  await aNote.getByLabel("Note (Markdown)").fill(`Shared note ${id}: A's wording.`);
  await aNote.getByLabel("Tags").fill("a-side, sourcing");
  await aNote.getByRole("button", { name: "Save note" }).click();
  await expect(aNote).toContainText("(version 2)");

  // B saves over version 1: refused, with both texts on screen and B's text still in the box.
  const bText = `Shared note ${id}: B's wording, typed on version 1.`;
  await bNote.getByLabel("Note (Markdown)").fill(bText);
  await bNote.getByRole("button", { name: "Save note" }).click();
  const conflict = bNote.getByTestId("note-conflict");
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId("conflict-theirs")).toHaveText(`Shared note ${id}: A's wording.`);
  await expect(conflict.getByTestId("conflict-yours")).toHaveText(bText);
  await expect(conflict).toContainText("by Ana Analyst");
  await expect(bNote.getByLabel("Note (Markdown)")).toHaveValue(bText);
  await expect(bNote.getByTestId("note-result")).toContainText("saved a newer version (version 2)");
  // Their tags and visibility too, beside B's, and what differs.
  await expect(conflict.getByTestId("conflict-theirs-fields")).toContainText("#a-side");
  await expect(conflict.getByTestId("conflict-theirs-fields")).toContainText("#sourcing");
  await expect(conflict.getByTestId("conflict-theirs-fields")).toContainText("Team");
  await expect(conflict.getByTestId("conflict-yours-fields")).toContainText("none");
  await expect(conflict.getByTestId("conflict-tags-differ")).toContainText("theirs #a-side #sourcing; yours none");
  await expect(conflict.getByTestId("conflict-visibility-differs")).toHaveCount(0);
  await conflict.getByRole("button", { name: "Use their tags" }).click();
  await expect(bNote.getByLabel("Tags")).toHaveValue("a-side, sourcing");

  // B reloads before merging: the draft is still there.
  await b.reload();
  await panel(b, target).getByTestId("notes-toggle").click();
  await waitForHydration(bNote.getByRole("button", { name: "Edit" }));
  await bNote.getByRole("button", { name: "Edit" }).click();
  await expect(bNote.getByTestId("draft-restored")).toBeVisible();
  await expect(bNote.getByLabel("Note (Markdown)")).toHaveValue(bText);
  await expect(bNote.getByLabel("Tags")).toHaveValue("a-side, sourcing");

  // B merges and saves over version 2.
  const merged = `Shared note ${id}: A's wording, and B's point about version 1.`;
  await bNote.getByLabel("Note (Markdown)").fill(merged);
  await bNote.getByRole("button", { name: "Save note" }).click();
  await expect(bNote).toContainText("(version 3)");
  await a.reload();
  await panel(a, target).getByTestId("notes-toggle").click();
  await expect(aNote.locator(".note-body")).toHaveText(merged);
  await expect(aNote.locator(".note-meta")).toContainText("#a-side");
  await a.context().close();
  await b.context().close();
});

test("an expired session keeps the text: the save is refused with a sentence and the draft comes back after signing in", async ({ page, context }) => {
  const id = stamp();
  await signIn(page, "analyst");
  await page.goto("/actors/ukraine-initiative");
  const target = "actor:ukraine-initiative";
  const button = panel(page, target).getByRole("button", { name: /^Annotate/ });
  await waitForHydration(button);
  await button.click();
  const text = `Draft ${id}: written while the session ran out.`;
  await panel(page, target).getByLabel("Note (Markdown)").fill(text);
  await context.clearCookies();
  await panel(page, target).getByRole("button", { name: "Save note" }).click();
  await expect(panel(page, target).getByTestId("note-result")).toContainText("not signed in");
  await expect(panel(page, target).getByTestId("note-result")).toContainText("kept in this browser");
  await expect(panel(page, target).getByLabel("Note (Markdown)")).toHaveValue(text);

  await signIn(page, "analyst");
  await page.goto("/actors/ukraine-initiative");
  await waitForHydration(panel(page, target).getByRole("button", { name: /^Annotate/ }));
  await panel(page, target).getByRole("button", { name: /^Annotate/ }).click();
  await expect(panel(page, target).getByTestId("draft-restored")).toBeVisible();
  await expect(panel(page, target).getByLabel("Note (Markdown)")).toHaveValue(text);
  await panel(page, target).getByRole("button", { name: "Save note" }).click();
  await expect(panel(page, target).locator("article").filter({ hasText: text })).toBeVisible();
});

test("a viewer sees the team's notes but no write control, and forged calls write nothing", async ({ browser, consoleGuard }) => {
  const id = stamp();
  const analyst = await newSignedInPage(browser, "analyst");
  const target = "conflict:afghanistan";
  await analyst.goto("/conflicts/afghanistan");

  // Record a real "create note" server action call, to replay it as the viewer.
  const recorded = analyst.waitForRequest((r: Request) => r.method() === "POST" && !!r.headers()["next-action"] && (r.postData() ?? "").includes(`Team note ${id}`));
  await annotate(analyst, target, `Team note ${id}: visible to viewers.`);
  const call = await recorded;

  const viewer = await newSignedInPage(browser, "viewer");
  await viewer.goto("/conflicts/afghanistan");
  await expect(panel(viewer, target).getByTestId("notes-toggle")).toBeVisible();
  await panel(viewer, target).getByTestId("notes-toggle").click();
  const seen = panel(viewer, target).locator("article").filter({ hasText: `Team note ${id}` });
  await expect(seen).toBeVisible();
  await expect(viewer.getByRole("button", { name: /^Annotate/ })).toHaveCount(0);
  await expect(seen.getByRole("button", { name: "Edit" })).toHaveCount(0);
  await expect(seen.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(viewer.locator("#analyst-figures")).toHaveCount(0);
  const figureId = await firstSyriaFigure(viewer);
  await viewer.goto(`/figures/${figureId}`);
  await expect(viewer.getByText("Mark this figure as disputed")).toHaveCount(0);
  await viewer.goto("/admin/users");
  await expect(viewer.getByRole("heading", { name: "Admins only" })).toBeVisible();

  // The recorded call, replayed with the viewer's session: refused, nothing written.
  const forged = `Forged by a viewer ${id}`;
  const headers = call.headers();
  const replay = await viewer.request.post(call.url(), {
    headers: {
      "next-action": headers["next-action"]!,
      "content-type": headers["content-type"]!,
      "next-router-state-tree": headers["next-router-state-tree"] ?? "",
      accept: "text/x-component",
      origin: new URL(call.url()).origin,
    },
    data: Buffer.from((call.postData() ?? "").replace(`Team note ${id}: visible to viewers.`, forged)),
  });
  const answer = await replay.text();
  expect(answer).toContain("yours is a viewer account");
  // The viewer's own calls of Better Auth's endpoints are refused too: over HTTP it serves only the
  // session, sign-in and sign-out, so nobody can make themselves admin or rename themselves (a name
  // is the author shown on notes and figures).
  const users = (await (await analyst.request.get("/api/v1/annotations")).json()) as { annotations: { markdown: string }[] };
  expect(users.annotations.some((n) => n.markdown.includes(forged))).toBe(false);
  const setRole = await viewer.request.post("/api/auth/admin/set-role", {
    headers: { origin: new URL(call.url()).origin },
    data: { userId: "any", role: "admin" },
  });
  expect(setRole.status()).toBe(404);
  const rename = await viewer.request.post("/api/auth/update-user", {
    headers: { origin: new URL(call.url()).origin },
    data: { name: E2E_USERS.analyst.name },
  });
  expect(rename.status()).toBe(404);
  const self = (await (await viewer.request.get("/api/auth/get-session")).json()) as { user: { name: string } };
  expect(self.user.name).toBe(E2E_USERS.viewer.name);
  const signUp = await viewer.request.post("/api/auth/sign-up/email", {
    headers: { origin: new URL(call.url()).origin },
    data: { email: `signup-${id}@example.org`, password: E2E_PASSWORD, name: "Nobody" },
  });
  expect(signUp.status()).toBe(404);
  consoleGuard.allow(/status of 40[34]/, "the forged calls above are refused");

  // An anonymous caller gets no notes from the API, with a JSON error.
  const anonymous = await browser.newContext();
  const api = await anonymous.request.get(new URL("/api/v1/annotations", call.url()).toString());
  expect(api.status()).toBe(401);
  expect(((await api.json()) as { error: { message: string } }).error.message).toMatch(/Sign in/);
  await anonymous.close();
  await analyst.context().close();
  await viewer.context().close();
});

test("the XSS list renders inert: no dialog, no handler attribute, no script, no unsafe link", async ({ page }) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await signIn(page, "xss");
  await page.goto("/actors/wagner");
  const target = "actor:wagner";
  const groups = [0, 1, 2, 3].map((g) => XSS_PAYLOADS.filter((_, i) => i % 4 === g));
  for (const [g, group] of groups.entries()) {
    const button = panel(page, target).getByRole("button", { name: /^Annotate/ });
    await waitForHydration(button);
    await button.click();
    const editor = panel(page, target).getByTestId("note-editor");
    await editor.getByLabel("Note (Markdown)").fill(`XSS group ${g}\n\n${group.map((p) => p.markdown).join("\n\n")}`);
    // The preview goes through the same sanitiser.
    await editor.getByRole("button", { name: "Preview" }).click();
    await expect(editor.getByTestId("note-preview")).toContainText(`XSS group ${g}`);
    await editor.getByRole("button", { name: "Write" }).click();
    await editor.getByRole("button", { name: "Save note" }).click();
    await expect(editor).toHaveCount(0);
  }
  await page.reload();
  await panel(page, target).getByTestId("notes-toggle").click();
  const bodies = panel(page, target).locator(".note-body");
  await expect(bodies.filter({ hasText: "XSS group 3" })).toBeVisible();
  // Hover and focus every link the notes kept, as a reader would.
  for (const link of await bodies.locator("a").all()) await link.hover();
  await page.waitForTimeout(500);

  const problems = await page.evaluate(() => {
    const found: string[] = [];
    for (const body of document.querySelectorAll(".note-body")) {
      for (const el of body.querySelectorAll("*")) {
        const tag = el.tagName.toLowerCase();
        if (["script", "img", "svg", "iframe", "object", "embed", "style", "form", "meta", "math", "link", "base", "input", "button", "details"].includes(tag)) found.push(`<${tag}>`);
        for (const attr of el.getAttributeNames()) if (attr.startsWith("on") || attr === "src" || attr === "srcdoc" || attr === "formaction") found.push(`${tag}[${attr}]`);
        if (tag === "a") {
          const href = (el.getAttribute("href") ?? "").replace(/[\u0000-\u0020]/g, "").toLowerCase();
          if (!/^(https?:|mailto:|\/[^/]|#)/.test(href)) found.push(`a[href=${href}]`);
          if (/^https?:/.test(href) && el.getAttribute("rel") !== "noopener noreferrer nofollow") found.push(`a[rel=${el.getAttribute("rel")}]`);
        }
      }
    }
    return found;
  });
  expect(problems).toEqual([]);
  expect(dialogs).toEqual([]);
  // The attacker's text is shown as text, so a reader sees what was tried.
  await expect(bodies.filter({ hasText: "<script>alert('xss-script')</script>" })).toHaveCount(1);

  // The same notes in the history and the notes table.
  await bodies.first().locator("xpath=ancestor::article").getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("heading", { name: /History of a note on/ })).toBeVisible();
  await page.goto("/annotations");
  await expect(page.locator('[data-table="notes"] table, table').first()).toBeVisible();
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
  expect(await page.locator("main script, main img, main iframe, main [onerror], main [onload]").count()).toBe(0);
});

test("an analyst adds a figure with its source and disputes another; both show beside the originals, marked with who added them", async ({ page }) => {
  const id = stamp();
  await signIn(page, "figures");
  await page.goto("/conflicts/mozambique");
  const section = page.locator("#analyst-figures");
  await section.getByText("Add a figure about").click();
  const form = section.getByTestId("figure-form-add");
  await waitForHydration(form.getByRole("button", { name: "Add the figure" }));
  const subject = `Deaths in Cabo Delgado, 2021 (${id})`;
  await form.getByLabel("What the number describes").fill(subject);
  await form.getByLabel("Date or start of the period").fill("2021");
  await form.getByLabel("Best estimate").fill("1,234");
  await form.getByLabel("Title").fill(`Cabo Delgado conflict report ${id}`);
  // No publisher, no locator: refused, and everything typed stays.
  await form.getByRole("button", { name: "Add the figure" }).click();
  await expect(form.getByTestId("figure-result")).toContainText("The figure was not saved");
  await expect(form.getByLabel("What the number describes")).toHaveValue(subject);
  await expect(form.getByLabel("Best estimate")).toHaveValue("1,234");
  await expect(form.locator(".field-error").first()).toBeVisible();
  await form.getByLabel("Publisher").fill("Test Monitoring Project");
  await form.getByLabel("Published on").fill("2022-01");
  await form.getByLabel("Address (URL)").fill("https://example.org/cabo-delgado");
  await form.getByLabel("Where in the source").fill("table 2, p. 7");
  await form.getByRole("button", { name: "Add the figure" }).click();
  await expect(form.getByTestId("figure-result")).toContainText("Figure added");
  await page.reload();
  const row = page.getByTestId("analyst-figures").locator("tr").filter({ hasText: subject });
  await expect(row).toContainText("1,234");
  await expect(row).toContainText("added by Fiona Figures");
  await expect(row).toContainText("table 2, p. 7");

  // Dispute a curated figure: the original stays as it was.
  const figureId = await firstSyriaFigure(page);
  await page.goto(`/figures/${figureId}`);
  const title = await page.locator("h1").innerText();
  await page.getByText("Mark this figure as disputed").click();
  const dispute = page.getByTestId("figure-form-dispute");
  await waitForHydration(dispute.getByRole("button", { name: "Mark as disputed" }));
  await dispute.getByLabel("Best estimate").fill("98765");
  await dispute.getByLabel("Title").fill(`Syria casualty review ${id}`);
  await dispute.getByLabel("Publisher").fill("Test Casualty Project");
  await dispute.getByLabel("Published on").fill("2015-06");
  await dispute.getByLabel("Where in the source").fill("p. 3");
  await dispute.getByLabel("Why you dispute the figure").fill(`Counts differ by definition (${id}).`);
  await dispute.getByRole("button", { name: "Mark as disputed" }).click();
  await expect(dispute.getByTestId("figure-result")).toContainText("marked as disputed");
  await page.reload();
  await expect(page.locator("h1")).toHaveText(title);
  const disputes = page.getByTestId("figure-disputes");
  await expect(disputes).toContainText("98,765");
  await expect(disputes).toContainText(`Counts differ by definition (${id}).`);
  await expect(disputes).toContainText("Fiona Figures");

  // On the conflict page and in /compare, beside the original.
  await page.goto("/conflicts/syria");
  await expect(page.getByTestId("analyst-figures")).toContainText("98,765");
  await page.goto("/compare?c=syria");
  const compared = page.locator("[data-comparison]").filter({ hasText: "98,765" });
  await expect(compared).toBeVisible();
  await expect(compared).toContainText("added by Fiona Figures");
});

test("the note editor, an annotated page with its forms, the notes table and the account page pass axe", async ({ page }) => {
  await signIn(page, "analyst");
  await page.goto("/conflicts/tajikistan");
  const button = panel(page, "conflict:tajikistan").getByRole("button", { name: /^Annotate/ });
  await waitForHydration(button);
  await button.click();
  const editorResults = await new AxeBuilder({ page }).include('[data-testid="note-editor"]').withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(editorResults.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  for (const path of ["/conflicts/tajikistan", "/missions/tajikistan-cis-collective-peacekeeping-forces", "/annotations", "/account", "/login"]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).include("main").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${path} ${v.id}: ${v.help}`)).toEqual([]);
  }
});
