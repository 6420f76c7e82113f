import { spawnSync } from "node:child_process";
import AxeBuilder from "@axe-core/playwright";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { E2E_DB_URL } from "./config";
import { expect, test, waitForHydration } from "./fixtures";
import { E2E_PASSWORD, E2E_USERS, type E2eUser } from "./users";
import { fillSignIn, newSignedInPage, signIn } from "./sign-in";

/**
 * Accounts in a real browser: sign-in and sign-out, the cookie's attributes, the sign-in rate limit,
 * changing a password (other sessions end), the admin page (roles, revoked sessions), Origin checks
 * on route handlers, and the user:create command. Every test has accounts of its own.
 */

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("sign in with a readable error for a wrong password, an httpOnly SameSite=Lax cookie, and sign out", async ({ page, context }) => {
  await fillSignIn(page, E2E_USERS.authViewer.email, "not the right password");
  await expect(page.getByTestId("login-error")).toHaveText("The email or the password is wrong. Check both and try again.");
  await expect(page.getByLabel("Email")).toHaveValue(E2E_USERS.authViewer.email);
  expect(await context.cookies()).toEqual([]);

  await fillSignIn(page, E2E_USERS.authViewer.email, E2E_PASSWORD);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("account-menu")).toContainText("Val Viewer");
  const [cookie] = (await context.cookies()).filter((c) => c.name.includes("session_token"));
  // Plain http on 127.0.0.1 (the tests' server): the cookie is not Secure, or the browser would not send it back.
  expect(cookie).toMatchObject({ name: "parallax.session_token", httpOnly: true, sameSite: "Lax", secure: false, path: "/" });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await context.cookies()).filter((c) => c.name.includes("session_token"))).toEqual([]);
});

test("sign-in attempts are rate-limited: after five failures even the right password waits, with a sentence saying how long", async ({ page, context }) => {
  for (let i = 0; i < 5; i++) {
    await fillSignIn(page, E2E_USERS.authLocked.email, `wrong password number ${i}`);
    await expect(page.getByTestId("login-error")).toContainText("The email or the password is wrong");
  }
  await fillSignIn(page, E2E_USERS.authLocked.email, E2E_PASSWORD);
  await expect(page.getByTestId("login-error")).toContainText(/Too many failed sign-in attempts for this account\. Wait \d+ (minutes|seconds) and try again/);
  await expect(page).toHaveURL(/\/login/);
  expect((await context.cookies()).filter((c) => c.name.includes("session_token"))).toEqual([]);
});

test("changing the password signs out every other browser, and the new password works", async ({ browser }) => {
  const a = await newSignedInPage(browser, "authPassword");
  const b = await newSignedInPage(browser, "authPassword");
  await a.goto("/account");
  const newPassword = `a brand new passphrase ${stamp()}`;
  await a.getByLabel("Current password").fill("not my password at all");
  await a.getByLabel("New password", { exact: true }).fill(newPassword);
  await a.getByLabel("New password, again").fill(newPassword);
  await a.getByRole("button", { name: "Change password" }).click();
  await expect(a.getByRole("status").filter({ hasText: "Password not changed" })).toContainText("current password is not right");

  await a.getByLabel("Current password").fill(E2E_PASSWORD);
  await a.getByLabel("New password", { exact: true }).fill("short");
  await a.getByLabel("New password, again").fill("short");
  await a.getByRole("button", { name: "Change password" }).click();
  await expect(a.getByRole("status").filter({ hasText: "Password not changed" })).toContainText("at least 12 characters");

  await a.getByLabel("Current password").fill(E2E_PASSWORD);
  await a.getByLabel("New password", { exact: true }).fill(newPassword);
  await a.getByLabel("New password, again").fill(newPassword);
  await a.getByRole("button", { name: "Change password" }).click();
  await expect(a.getByRole("status").filter({ hasText: "Password changed" })).toBeVisible();

  await b.reload();
  await expect(b.getByRole("link", { name: "Sign in" })).toBeVisible();
  await a.reload();
  await expect(a.getByTestId("account-menu")).toContainText("Pat Password");
  await signIn(b, "authPassword", newPassword);
  await a.context().close();
  await b.context().close();
});

test("an admin lists users, changes a role and revokes a user's sessions", async ({ browser }) => {
  const admin = await newSignedInPage(browser, "authAdmin");
  const user = await newSignedInPage(browser, "authRevoked");
  await user.goto("/conflicts/kosovo");
  await expect(user.locator('[data-annotations="conflict:kosovo"]').getByRole("button", { name: /^Annotate/ })).toBeVisible();

  await admin.goto("/admin/users");
  const row = admin.locator(`tr[data-user="${E2E_USERS.authRevoked.email}"]`);
  await expect(row).toContainText("Rex Revoked");
  await waitForHydration(row.getByRole("button", { name: /Change the role/ }));
  await row.getByLabel(`Role of ${E2E_USERS.authRevoked.email}`, { exact: true }).selectOption("viewer");
  await row.getByRole("button", { name: /Change the role/ }).click();
  await expect(row.getByRole("status").first()).toContainText("is now a viewer");

  // The role holds at the next request: no write controls any more.
  await user.reload();
  await expect(user.getByTestId("account-menu")).toBeVisible();
  await expect(user.locator('[data-annotations="conflict:kosovo"]').getByRole("button", { name: /^Annotate/ })).toHaveCount(0);

  await row.getByRole("button", { name: /Revoke all sessions/ }).click();
  await expect(row.getByRole("status").last()).toContainText("signed out everywhere");
  await user.reload();
  await expect(user.getByRole("link", { name: "Sign in" })).toBeVisible();

  // An admin cannot demote themselves.
  const self = admin.locator(`tr[data-user="${E2E_USERS.authAdmin.email}"]`);
  await expect(self.getByRole("button", { name: /Change the role/ })).toBeDisabled();
  // Adding a user: a weak password is refused with the form kept as typed, then the user is created.
  const created = `admin-made-${stamp()}@example.org`;
  const add = admin.locator("form").filter({ has: admin.getByRole("button", { name: "Create user" }) });
  await add.getByLabel("Email").fill(created);
  await add.getByLabel("Name").fill("Made By Admin");
  await add.getByLabel("Password").fill("tooshort");
  await add.getByRole("button", { name: "Create user" }).click();
  await expect(add.getByRole("status")).toContainText("User not created: Password refused");
  await expect(add.getByLabel("Email")).toHaveValue(created);
  await add.getByLabel("Password").fill(E2E_PASSWORD);
  await add.getByRole("button", { name: "Create user" }).click();
  await expect(add.getByRole("status")).toContainText(`Created viewer ${created}`);
  await expect(admin.locator(`tr[data-user="${created}"]`)).toContainText("Made By Admin");

  const axe = await new AxeBuilder({ page: admin }).include("main").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await admin.context().close();
  await user.context().close();
});

test("route handlers refuse a state-changing request from another origin, with JSON and no stack trace", async ({ request }) => {
  const res = await request.post("/api/auth/sign-out", { headers: { origin: "https://evil.example" } });
  expect(res.status()).toBe(403);
  const body = (await res.json()) as { error: { message: string } };
  expect(body.error.message).toMatch(/may not change data/);
  const noOrigin = await request.post("/api/auth/sign-out");
  expect(noOrigin.status()).toBe(403);
  const session = await request.get("/api/auth/get-session");
  expect(session.status()).toBe(200);
});

test("npm run user:create creates a user who can sign in, and refuses a weak password, a bad role and a duplicate email", async ({ page }) => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), path.join("scripts", "user-create.ts"), ...args], {
      // The database the server under test reads (E2E_SERVER_DATABASE_URL when the spec runs against another server).
      env: { ...process.env, DATABASE_URL: process.env.E2E_SERVER_DATABASE_URL ?? E2E_DB_URL },
      encoding: "utf8",
      timeout: 60_000,
    });
  const email = `cli-${stamp()}@example.org`;
  const weak = run("--email", email, "--password", "short", "--role", "analyst");
  expect(weak.status).toBe(1);
  expect(weak.stderr).toContain("Password refused: Use at least 12 characters");
  expect(weak.stderr).not.toMatch(/\n\s+at /);
  const badRole = run("--email", email, "--password", E2E_PASSWORD, "--role", "boss");
  expect(badRole.status).toBe(1);
  expect(badRole.stderr).toContain("Role must be viewer, analyst or admin");
  const duplicate = run("--email", E2E_USERS.viewer.email, "--password", E2E_PASSWORD, "--role", "viewer");
  expect(duplicate.status).toBe(1);
  expect(duplicate.stderr).toContain(`A user with the email ${E2E_USERS.viewer.email} already exists`);
  const missing = run("--email", email);
  expect(missing.status).toBe(2);
  expect(missing.stderr).toContain("Missing --password, --role");

  const created = run("--email", email, "--password", E2E_PASSWORD, "--role", "analyst", "--name", "Cli Created");
  expect(created.stderr).toBe("");
  expect(created.status).toBe(0);
  expect(created.stdout).toContain(`Created analyst ${email}`);
  await fillSignIn(page, email, E2E_PASSWORD);
  await expect(page.getByTestId("account-menu")).toContainText("Cli Created");
});
