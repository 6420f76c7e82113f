import { z } from "zod";

/**
 * Annotations as data, shared by the server (actions, queries, API) and the editor in the browser:
 * what can be annotated, the note form's schema, and where a draft is kept.
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

export const TargetSchema = z.object({
  targetType: z.enum(TARGET_TYPES, { message: "Choose what the note is about (conflict, mission, mandate clause, figure, argument or actor)." }),
  targetKey: z
    .string({ message: "The note does not say which entry it belongs to; reload the page and try again." })
    .trim()
    .min(1, "The note does not say which entry it belongs to; reload the page and try again.")
    .max(200, "The entry's key is too long."),
});

/** "ceasefire, disputed, ceasefire" → ["ceasefire", "disputed"]: lower case, trimmed, unique. */
export const TagsSchema = z
  .string()
  .default("")
  .transform((raw) => [...new Set(raw.split(/[,;]/).map((t) => t.trim().toLowerCase().replace(/\s+/g, "-")).filter(Boolean))])
  .pipe(
    z
      .array(z.string().max(40, "Keep each tag under 40 characters.").regex(/^[\p{L}\p{N}_-]+$/u, "Tags use letters, digits, hyphens and underscores; separate them with commas."))
      .max(TAG_MAX, `Use at most ${TAG_MAX} tags.`),
  );

export const NoteFieldsSchema = z.object({
  body: z
    .string({ message: "Write the note first." })
    .refine((b) => b.trim().length > 0, "Write the note first: it is empty.")
    .refine((b) => b.length <= NOTE_MAX, `Keep the note under ${NOTE_MAX.toLocaleString("en")} characters (split it into two notes).`),
  tags: TagsSchema,
  visibility: z.enum(VISIBILITIES, { message: "Choose who can read the note: team or private." }),
});

export const VersionSchema = z.coerce
  .number({ message: "The note's version is missing; reload the page (your text is kept as a draft)." })
  .int()
  .positive("The note's version is missing; reload the page (your text is kept as a draft).");

export const NoteIdSchema = z.coerce.number({ message: "Which note? The id is missing." }).int().positive("Which note? The id is missing.");

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
