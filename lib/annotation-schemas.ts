import { z } from "zod";
import { NOTE_MAX, TAG_MAX, TARGET_TYPES, VISIBILITIES } from "./annotations";

/**
 * The note form's validators (zod), used by the server actions and pages that read a note id. Kept
 * apart from lib/annotations.ts so the editor in the browser does not carry zod.
 */

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
