/**
 * Annotations as data, shared by the server (actions, queries, API) and the editor in the browser:
 * what can be annotated, the note form's limits, and where a draft is kept. No zod here — the
 * editor sits on most pages; the form's validators are in lib/annotation-schemas.ts (server).
 */
export const TARGET_TYPES = ["conflict", "mission", "mandate_clause", "figure", "argument", "actor"] as const;
export type TargetType = (typeof TARGET_TYPES)[number];

export const TARGET_TYPE_LABELS: Record<TargetType, string> = {
  conflict: "Conflict",
  mission: "Mission",
  mandate_clause: "Mandate clause",
  figure: "Figure",
  argument: "Dossier argument",
  actor: "Actor",
};

export const VISIBILITIES = ["team", "private"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  team: "Team — every signed-in user can read it; analysts can edit it",
  private: "Private — only you",
};

export const NOTE_MAX = 20_000;
export const TAG_MAX = 10;

/** What names an entry: its kind and natural key (slug; "<mandate-slug>#<clause>"; a figure's id). */
export type TargetRef = { type: TargetType; key: string };

/** "25 Nov 2026, 09:42 UTC": the same text on the server and in every browser (no hydration mismatch). */
export function formatWhen(iso: string): string {
  return `${new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" })} UTC`;
}

/** The localStorage key of a draft: one per entry and note ("new" before the first save). */
export function draftKey(target: TargetRef, noteId: number | null): string {
  return `parallax:draft:${target.type}:${target.key}:${noteId ?? "new"}`;
}

/** What a draft keeps, so nothing typed is lost across a failed save, a reload or an expired session. */
export type Draft = { body: string; tags: string; visibility: Visibility; baseVersion: number | null; savedAt: string };

/** A newer version saved by someone else while this one was being edited: both texts, for merging. */
export type NoteConflict = {
  theirs: { version: number; body: string; tags: string[]; visibility: Visibility; by: string; at: string };
  yours: { body: string; tags: string; visibility: Visibility };
};

export type NoteFormResult = {
  ok: boolean;
  message: string;
  errors?: Record<string, string[]>;
  conflict?: NoteConflict;
  /** the saved note, so the editor knows its id and new version */
  saved?: { id: number; version: number };
  /** the session has ended: the draft stays in the browser until the user signs in again */
  signInRequired?: boolean;
};
