import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * Applies the committed migrations to an SQLite file with Prisma's own CLI
 * (`prisma migrate deploy`, engine-free through prisma.config.ts). The one way Parallax
 * migrates a database: used by `npm start`, the import CLI and the test set-up.
 */
export function migrateDeploy(file: string): void {
  const cli = path.resolve(process.cwd(), "node_modules", "prisma", "build", "index.js");
  try {
    execFileSync(process.execPath, [cli, "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: `file:${file}`, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    const detail = `${e.stdout?.toString() ?? ""}${e.stderr?.toString() ?? ""}`.trim();
    throw new Error(`Could not apply the migrations to ${file}:\n${detail}`);
  }
}
