/**
 * Runs once when the server starts. Parallax checks here that it can sign session cookies, so a
 * production server with no BETTER_AUTH_SECRET and no writable data folder stops at once with a
 * sentence saying what to do, instead of failing at the first sign-in.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { readEnv } = await import("./lib/env");
  const { AuthSecretError, resolveAuthSecret } = await import("./lib/auth-secret");
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
