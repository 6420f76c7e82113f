import { toNextJsHandler } from "better-auth/next-js";
import { apiError } from "@/lib/api";
import { authFor } from "@/lib/auth";
import { originProblem } from "@/lib/auth-origin";

/**
 * Better Auth's HTTP endpoints under /api/auth: only get-session, sign-in/email and sign-out answer
 * (lib/auth-core.ts; every other endpoint, the admin plugin's included, is 404 over HTTP). Parallax's
 * own pages use server actions, which call Better Auth directly. Better Auth
 * checks origins, permissions and its rate limit itself; we also refuse a cross-site Origin on
 * anything that is not a read, and never answer with a stack trace.
 */
async function handle(request: Request): Promise<Response> {
  const problem = originProblem(request);
  if (problem) return apiError(403, problem);
  try {
    return await authFor(request.headers).handler(request);
  } catch (error) {
    console.error("Parallax: the sign-in service failed:", error instanceof Error ? error.message : error);
    return apiError(500, "The sign-in service failed. Try again; if it keeps failing, tell an administrator.");
  }
}

export const { GET, POST } = toNextJsHandler(handle);
