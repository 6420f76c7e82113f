import { AuthSecretError, resolveAuthSecret } from "./auth-secret";
import { readEnv } from "./env";

/** Stops a server that could not sign session cookies, with a sentence saying what to do (Node runtime only). */
export function checkAuthSecretOrExit(): void {
  const env = readEnv();
  try {
    resolveAuthSecret({ envSecret: env.BETTER_AUTH_SECRET, production: env.NODE_ENV === "production" });
  } catch (error) {
    if (error instanceof AuthSecretError) {
      console.error(`Parallax cannot start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
