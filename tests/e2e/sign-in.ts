import { expect, type Browser, type Page } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS, type E2eUser } from "./users";

/** Fills and submits the sign-in form (no assertion: a test of a refused sign-in uses this). */
export async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs an e2e account in through the form and waits until the header shows it. */
export async function signIn(page: Page, who: E2eUser, password = E2E_PASSWORD): Promise<void> {
  await fillSignIn(page, E2E_USERS[who].email, password);
  await expect(page.getByTestId("account-menu")).toContainText(E2E_USERS[who].name);
}

/** A page of a new browser context with an e2e account signed in. */
export async function newSignedInPage(browser: Browser, who: E2eUser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who);
  return page;
}
