import { defineConfig } from "@playwright/test";
import { SERVER_NODE_OPTIONS } from "./scripts/server-options";
import { E2E_DB_URL, E2E_PORT } from "./tests/e2e/config";

/**
 * Browser tests against `next start` (the production build) on a throwaway database prepared by
 * tests/e2e/prepare-db.ts. Debian's Chromium, never a downloaded one.
 */
export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  outputDir: "tmp/playwright-results",
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    browserName: "chromium",
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    },
    trace: "retain-on-failure",
  },
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${E2E_PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${E2E_PORT}/api/v1/conflicts`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { DATABASE_URL: E2E_DB_URL, NODE_ENV: "production", PORT: String(E2E_PORT), NODE_OPTIONS: SERVER_NODE_OPTIONS },
    stdout: "ignore",
    stderr: "pipe",
  },
});
