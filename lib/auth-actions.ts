"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { EmailSchema, passwordProblem } from "./auth-policy";
import { authFor } from "./auth";
import { getCurrentUser } from "./auth-session";
import { fieldErrors, type FormResult } from "./form-result";
import { AuthorisationError, requireRole } from "./permissions";

/**
 * Signing in and out, and changing one's password: server actions over Better Auth's server API
 * (its nextCookies plugin writes the session cookie). The sign-in rate limit runs inside Better
 * Auth (lib/auth-core.ts), so it holds here and on its HTTP endpoint alike.
 */

export type SignInResult = FormResult & { email?: string };

const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string({ message: "Enter your password." }).min(1, "Enter your password."),
});

/** Only a path on this site, so a crafted link cannot send someone elsewhere after signing in. */
function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === "string" ? value : "";
  return /^\/(?![/\\])[^\s]*$/.test(next) && !next.startsWith("/login") ? next : "/";
}

export async function signIn(_prev: SignInResult, formData: FormData): Promise<SignInResult> {
  const email = typeof formData.get("email") === "string" ? String(formData.get("email")) : "";
  const parsed = SignInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message, errors: fieldErrors(parsed.error.issues), email };
  const requestHeaders = await headers();
  try {
    await authFor(requestHeaders).api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: requestHeaders });
  } catch (error) {
    if (error instanceof APIError) {
      const message =
        error.statusCode === 429
          ? error.message
          : error.statusCode === 401
            ? "The email or the password is wrong. Check both and try again."
            : error.statusCode === 403
              ? error.message
              : "Sign-in failed. Try again in a moment.";
      return { ok: false, message, email };
    }
    throw error;
  }
  redirect(safeNext(formData.get("next")));
}

/** Ends the session; the reader stays on the page they were reading (the button refreshes it). */
export async function signOut(): Promise<void> {
  const requestHeaders = await headers();
  await authFor(requestHeaders).api.signOut({ headers: requestHeaders });
}

const ChangePasswordSchema = z
  .object({
    currentPassword: z.string({ message: "Enter your current password." }).min(1, "Enter your current password."),
    newPassword: z.string({ message: "Enter a new password." }),
    confirmPassword: z.string({ message: "Repeat the new password." }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords differ; type the same one twice." })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "The new password is the same as the current one." });

export async function changePassword(_prev: FormResult, formData: FormData): Promise<FormResult> {
  let user;
  try {
    user = await requireRole("viewer", await getCurrentUser());
  } catch (error) {
    if (error instanceof AuthorisationError) return { ok: false, message: error.message };
    throw error;
  }
  const parsed = ChangePasswordSchema.safeParse({
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
    confirmPassword: formData.get("confirmPassword"),
  });
  if (!parsed.success) return { ok: false, message: `Password not changed: ${parsed.error.issues[0]!.message}`, errors: fieldErrors(parsed.error.issues) };
  const weak = passwordProblem(parsed.data.newPassword, user.email);
  if (weak) return { ok: false, message: `Password not changed: ${weak}`, errors: { newPassword: [weak] } };
  const requestHeaders = await headers();
  try {
    await authFor(requestHeaders).api.changePassword({
      body: { currentPassword: parsed.data.currentPassword, newPassword: parsed.data.newPassword, revokeOtherSessions: true },
      headers: requestHeaders,
    });
  } catch (error) {
    if (error instanceof APIError) {
      const wrong = error.statusCode === 400 || error.statusCode === 401;
      return {
        ok: false,
        message: wrong ? "Password not changed: your current password is not right." : `Password not changed: ${error.message}`,
        errors: wrong ? { currentPassword: ["Not your current password."] } : undefined,
      };
    }
    throw error;
  }
  return { ok: true, message: "Password changed. Every other browser signed in as you has been signed out." };
}
