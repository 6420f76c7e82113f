import { z } from "zod";

/**
 * What an account is and may be, as data shared by the server, the CLI and the forms:
 * the three roles and the rules a password must meet. No database, no secrets.
 */
export const ROLES = ["viewer", "analyst", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  viewer: "Viewer — reads",
  analyst: "Analyst — annotates, adds and disputes figures",
  admin: "Admin — manages users, restores deleted notes",
};

export const RoleSchema = z.enum(ROLES, { message: "Role must be viewer, analyst or admin." });

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** Passwords people pick first; refused even when long enough. */
const COMMON = new Set([
  "password1234",
  "password12345",
  "password123456",
  "123456789012",
  "1234567890123",
  "qwertyuiop12",
  "qwertyuiopas",
  "iloveyou1234",
  "letmein12345",
  "welcome12345",
  "administrator",
  "changeme1234",
  "parallax1234",
  "passwordpassword",
]);

export const EmailSchema = z
  .string({ message: "Enter an email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter an email address such as analyst@example.org." }));

/** A password strong enough for an account that can write: long, not a common one, not one character repeated. */
export const PasswordSchema = z
  .string({ message: "Enter a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters: a few unrelated words make a strong password that is easy to remember.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`)
  .refine((p) => !COMMON.has(p.toLowerCase()), "This password is one of the most common ones; choose another.")
  .refine((p) => new Set(p).size >= 5, "This password repeats too few characters; mix at least five different ones.");

/** Why a password is refused, or null; for the CLI and forms that want one sentence. */
export function passwordProblem(password: string, email?: string): string | null {
  const parsed = PasswordSchema.safeParse(password);
  if (!parsed.success) return parsed.error.issues[0]!.message;
  if (email && password.toLowerCase().includes(email.split("@")[0]!.toLowerCase()) && email.split("@")[0]!.length >= 4) {
    return "The password contains the email's name; choose one that does not.";
  }
  return null;
}
