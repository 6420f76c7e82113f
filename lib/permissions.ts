import "server-only";
import type { Role } from "./auth-policy";
import { getCurrentUser, type SessionUser } from "./auth-session";

/**
 * Who may do what, decided on the server and only here. Every server action and route handler
 * calls `requireRole` (or receives its user from it) before it writes; the UI hiding a button is
 * a courtesy, not the protection.
 *
 * - viewer: reads (team notes included).
 * - analyst: writes notes (their own; team notes of others too, since a team note is shared work),
 *   adds figures with a source, marks figures disputed.
 * - admin: everything an analyst does, manages users, restores deleted notes.
 */

const RANK: Record<Role, number> = { viewer: 0, analyst: 1, admin: 2 };

export class AuthorisationError extends Error {
  constructor(
    readonly status: 401 | 403,
    message: string,
  ) {
    super(message);
    this.name = "AuthorisationError";
  }
}

export function hasRole(user: SessionUser | null | undefined, minimum: Role): user is SessionUser {
  return !!user && RANK[user.role] >= RANK[minimum];
}

const NEEDS: Record<Role, string> = {
  viewer: "a Parallax account",
  analyst: "an analyst or admin account",
  admin: "an admin account",
};

/**
 * The signed-in user when their role is at least `minimum`; otherwise an AuthorisationError whose
 * message says what to do (sign in; ask an admin for the role).
 */
export async function requireRole(minimum: Role, user?: SessionUser | null): Promise<SessionUser> {
  const current = user === undefined ? await getCurrentUser() : user;
  if (!current) throw new AuthorisationError(401, `You are not signed in (or your session has ended). Sign in with ${NEEDS[minimum]} and try again.`);
  if (RANK[current.role] < RANK[minimum]) {
    throw new AuthorisationError(403, `This needs ${NEEDS[minimum]}; yours is ${current.role === "viewer" ? "a viewer" : `an ${current.role}`} account. Ask an admin to change your role.`);
  }
  return current;
}

/** What the rules below need to know about a note. */
export type NoteAccess = { authorId: string; visibility: string; deletedAt: Date | string | null };

/** Team notes are read by every signed-in user; private ones only by their author. */
export function canReadNote(user: SessionUser | null, note: NoteAccess): boolean {
  if (!user) return false;
  if (note.deletedAt) return user.role === "admin" || note.authorId === user.id;
  return note.visibility === "team" || note.authorId === user.id;
}

/** Analysts edit their own notes and their team's; a private note is its author's alone. */
export function canEditNote(user: SessionUser | null, note: NoteAccess): boolean {
  if (!hasRole(user, "analyst") || note.deletedAt) return false;
  return note.authorId === user.id || note.visibility === "team";
}

/** The author or an admin deletes (softly). */
export function canDeleteNote(user: SessionUser | null, note: NoteAccess): boolean {
  if (!hasRole(user, "analyst") || note.deletedAt) return false;
  return note.authorId === user.id || user.role === "admin";
}

/** Only an admin brings a deleted note back. */
export function canUndeleteNote(user: SessionUser | null, note: NoteAccess): boolean {
  return hasRole(user, "admin") && !!note.deletedAt;
}
