import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The secret that signs session cookies. BETTER_AUTH_SECRET wins; without it Parallax keeps a random
 * secret in data/.auth-secret (gitignored, mode 600), created on first use, so `npm ci && npm start`
 * works with no configuration and sessions survive a restart. In production, when there is neither
 * a secret nor a writable data folder, it stops with a sentence instead of signing with a guess.
 */
export class AuthSecretError extends Error {}

export const DEFAULT_SECRET_FILE = path.join("data", ".auth-secret");

export function resolveAuthSecret(options: {
  envSecret?: string;
  file?: string;
  production?: boolean;
  warn?: (message: string) => void;
}): string {
  if (options.envSecret) return options.envSecret;
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), options.file ?? DEFAULT_SECRET_FILE);
  const existing = readSecret(file);
  if (existing) return existing;
  const secret = crypto.randomBytes(32).toString("base64url");
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // "wx": two processes starting at once must not overwrite each other's secret.
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") {
      const other = readSecret(file);
      if (other) return other;
    }
    const why = `${path.relative(process.cwd(), file) || file} could not be written (${code ?? String(error)})`;
    if (options.production) {
      throw new AuthSecretError(
        `Parallax needs a secret to sign sign-in cookies: set BETTER_AUTH_SECRET (for example the output of: openssl rand -base64 32), or make the data folder writable — ${why}.`,
      );
    }
    (options.warn ?? console.warn)(`Parallax: ${why}; using a temporary secret, so sign-ins end when the server restarts. Set BETTER_AUTH_SECRET to keep them.`);
    return secret;
  }
}

function readSecret(file: string): string | null {
  try {
    const text = fs.readFileSync(file, "utf8").trim();
    return text.length >= 32 ? text : null;
  } catch {
    return null;
  }
}
