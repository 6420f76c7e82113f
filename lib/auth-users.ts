import { z } from "zod";
import { EmailSchema, passwordProblem, RoleSchema, type Role } from "./auth-policy";
import type { Auth } from "./auth-core";
import type { PrismaClient } from "./db-core";

/**
 * Creating an account: the one function behind `npm run user:create` and the browser tests' users.
 * It checks what a person typed and says what to change (a weak password, an email already in use),
 * then lets Better Auth hash the password (scrypt) and write the user and its credential.
 */
export class UserInputError extends Error {}

export type NewUser = { email: string; password: string; role: Role; name?: string };

const NameSchema = z.string().trim().min(1, "Give the user a name.").max(100, "Keep the name under 100 characters.");

export async function createUserAccount(auth: Auth, prisma: PrismaClient, input: { email: unknown; password: unknown; role: unknown; name?: unknown }) {
  const email = EmailSchema.safeParse(input.email);
  if (!email.success) throw new UserInputError(email.error.issues[0]!.message);
  const role = RoleSchema.safeParse(input.role);
  if (!role.success) throw new UserInputError(`${role.error.issues[0]!.message} (got “${String(input.role ?? "")}”).`);
  if (typeof input.password !== "string" || input.password === "") throw new UserInputError("Give a password with --password.");
  const weak = passwordProblem(input.password, email.data);
  if (weak) throw new UserInputError(`Password refused: ${weak}`);
  const name = NameSchema.safeParse(input.name ?? email.data.split("@")[0]);
  if (!name.success) throw new UserInputError(name.error.issues[0]!.message);

  const existing = await prisma.user.findUnique({ where: { email: email.data }, select: { id: true } });
  if (existing) throw new UserInputError(`A user with the email ${email.data} already exists. Choose another email, or change this user's role on /admin/users.`);

  // Called without request headers, Better Auth's createUser runs as the server itself (no admin session needed).
  const { user } = await auth.api.createUser({ body: { email: email.data, password: input.password, name: name.data, role: role.data } });
  return { id: user.id, email: user.email, name: user.name, role: role.data };
}
