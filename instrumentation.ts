/**
 * Runs once when the server starts. Parallax checks here that it can sign session cookies, so a
 * production server with no BETTER_AUTH_SECRET and no writable data folder stops at once with a
 * sentence saying what to do, instead of failing at the first sign-in.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkAuthSecretOrExit } = await import("./lib/auth-startup");
  checkAuthSecretOrExit();
}
