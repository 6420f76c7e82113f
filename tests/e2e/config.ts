import path from "node:path";

/** Where the browser tests' throwaway database lives and which port their server uses. */
export const E2E_DB_FILE = path.resolve(process.cwd(), "tmp", "e2e", "parallax-e2e.db");
export const E2E_DB_URL = `file:${E2E_DB_FILE}`;
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3107);
