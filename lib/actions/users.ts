"use server";

import { APIError } from "better-auth/api";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { RoleSchema } from "../auth-policy";
import { authFor } from "../auth";
import { getCurrentUser, type SessionUser } from "../auth-session";
import { createUserAccount, UserInputError } from "../auth-users";
import { getPrisma } from "../db";
import { fieldErrors, type FormResult } from "../form-result";
import { AuthorisationError, requireRole } from "../permissions";

/** Account management on /admin/users: admins only, checked here and again by Better Auth's admin plugin. */

async function admin(): Promise<{ user: SessionUser } | { refused: FormResult }> {
  try {
    return { user: await requireRole("admin", await getCurrentUser()) };
  } catch (error) {
    if (error instanceof AuthorisationError) return { refused: { ok: false, message: error.message } };
    throw error;
  }
}

const UserIdSchema = z.string({ message: "Which user? Reload the page." }).trim().min(1, "Which user? Reload the page.").max(100);

function apiMessage(error: unknown, fallback: string): FormResult {
  if (error instanceof APIError) return { ok: false, message: `${fallback}: ${error.message}` };
  throw error;
}

export async function setUserRole(_prev: FormResult, formData: FormData): Promise<FormResult> {
  const auth = await admin();
  if ("refused" in auth) return auth.refused;
  const parsed = z.object({ userId: UserIdSchema, role: RoleSchema }).safeParse({ userId: formData.get("userId"), role: formData.get("role") });
  if (!parsed.success) return { ok: false, message: `Role not changed: ${parsed.error.issues[0]!.message}`, errors: fieldErrors(parsed.error.issues) };
  if (parsed.data.userId === auth.user.id) return { ok: false, message: "You cannot change your own role (Parallax would lose its admin); ask another admin." };
  const target = await getPrisma().user.findUnique({ where: { id: parsed.data.userId }, select: { email: true } });
  if (!target) return { ok: false, message: "This user no longer exists; reload the page." };
  const requestHeaders = await headers();
  try {
    await authFor(requestHeaders).api.setRole({ body: { userId: parsed.data.userId, role: parsed.data.role }, headers: requestHeaders });
  } catch (error) {
    return apiMessage(error, "Role not changed");
  }
  revalidatePath("/admin/users");
  return { ok: true, message: `${target.email} is now ${parsed.data.role === "admin" ? "an admin" : `a ${parsed.data.role}`}.` };
}

export async function revokeUserSessions(_prev: FormResult, formData: FormData): Promise<FormResult> {
  const auth = await admin();
  if ("refused" in auth) return auth.refused;
  const parsed = z.object({ userId: UserIdSchema }).safeParse({ userId: formData.get("userId") });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  const target = await getPrisma().user.findUnique({ where: { id: parsed.data.userId }, select: { email: true } });
  if (!target) return { ok: false, message: "This user no longer exists; reload the page." };
  const requestHeaders = await headers();
  try {
    await authFor(requestHeaders).api.revokeUserSessions({ body: { userId: parsed.data.userId }, headers: requestHeaders });
  } catch (error) {
    return apiMessage(error, "Sessions not revoked");
  }
  revalidatePath("/admin/users");
  return {
    ok: true,
    message: parsed.data.userId === auth.user.id ? "All your sessions are revoked, this one included: sign in again." : `${target.email} is signed out everywhere.`,
  };
}

export async function createUser(_prev: FormResult, formData: FormData): Promise<FormResult> {
  const auth = await admin();
  if ("refused" in auth) return auth.refused;
  const name = formData.get("name");
  const requestHeaders = await headers();
  try {
    const user = await createUserAccount(authFor(requestHeaders), getPrisma(), {
      email: formData.get("email"),
      password: formData.get("password"),
      role: formData.get("role"),
      name: typeof name === "string" && name.trim() ? name : undefined,
    });
    revalidatePath("/admin/users");
    return { ok: true, message: `Created ${user.role} ${user.email}. Give them their password in person; they can change it on their account page.` };
  } catch (error) {
    if (error instanceof UserInputError) return { ok: false, message: `User not created: ${error.message}` };
    return apiMessage(error, "User not created");
  }
}
