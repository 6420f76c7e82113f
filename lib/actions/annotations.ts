"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { NOTE_MAX, type NoteFormResult } from "../annotations";
import { NoteFieldsSchema, NoteIdSchema, TargetSchema, VersionSchema } from "../annotation-schemas";
import { getCurrentUser, type SessionUser } from "../auth-session";
import { getPrisma } from "../db";
import { fieldErrors } from "../form-result";
import { renderMarkdown } from "../markdown";
import { AuthorisationError, canDeleteNote, canEditNote, canUndeleteNote, requireRole } from "../permissions";
import { isTargetType, parseTags, resolveTarget } from "../queries/annotations";

/**
 * Writes of analysts' notes. Each action authenticates (the session cookie, checked against the
 * database), validates with zod, authorises in lib/permissions.ts, then writes, whatever the page
 * showed. A refused save returns a sentence and never touches what the user typed (the editor keeps
 * it, and a draft stays in the browser).
 */

type Refusal = { ok: false; message: string; signInRequired?: boolean };

function refusal(error: unknown): Refusal {
  if (error instanceof AuthorisationError) {
    return {
      ok: false,
      message: error.status === 401 ? `${error.message} Your text is kept in this browser as a draft.` : error.message,
      signInRequired: error.status === 401,
    };
  }
  throw error;
}

/** The signed-in user with at least `role`, or the refusal to return. */
async function authenticate(role: "analyst" | "admin"): Promise<{ user: SessionUser } | { refused: Refusal }> {
  try {
    return { user: await requireRole(role, await getCurrentUser()) };
  } catch (error) {
    return { refused: refusal(error) };
  }
}

function invalid(issues: z.core.$ZodIssue[], what = "The note was not saved"): NoteFormResult {
  return { ok: false, message: `${what}: ${issues[0]?.message ?? "check the form."}`, errors: fieldErrors(issues) };
}

function refresh(): void {
  // A note shows on every page that shows its entry (an argument on conflict, actor and dossier pages).
  revalidatePath("/", "layout");
}

const CreateSchema = TargetSchema.extend(NoteFieldsSchema.shape);

export async function createAnnotation(_prev: NoteFormResult, formData: FormData): Promise<NoteFormResult> {
  const auth = await authenticate("analyst");
  if ("refused" in auth) return auth.refused;
  const parsed = CreateSchema.safeParse({
    targetType: formData.get("targetType"),
    targetKey: formData.get("targetKey"),
    body: formData.get("body"),
    tags: formData.get("tags") ?? "",
    visibility: formData.get("visibility"),
  });
  if (!parsed.success) return invalid(parsed.error.issues);
  const { targetType, targetKey, body, tags, visibility } = parsed.data;
  const target = isTargetType(targetType) ? await resolveTarget(targetType, targetKey) : null;
  if (!target) return { ok: false, message: "This entry no longer exists, so the note was not saved. Copy your text before you leave the page; it is also kept as a draft." };

  const note = await getPrisma().$transaction(async (tx) => {
    const created = await tx.annotation.create({
      data: {
        targetType,
        targetKey,
        targetLabel: target.label,
        targetPath: target.path,
        body,
        tags: JSON.stringify(tags),
        visibility,
        authorId: auth.user.id,
        updatedById: auth.user.id,
      },
      select: { id: true, version: true },
    });
    await tx.annotationRevision.create({
      data: { annotationId: created.id, version: 1, body, tags: JSON.stringify(tags), visibility, authorId: auth.user.id, change: "created" },
    });
    return created;
  });
  refresh();
  return { ok: true, message: `Note saved on ${target.label}.`, saved: { id: note.id, version: note.version } };
}

const UpdateSchema = NoteFieldsSchema.extend({ id: NoteIdSchema, version: VersionSchema });

export async function updateAnnotation(_prev: NoteFormResult, formData: FormData): Promise<NoteFormResult> {
  const auth = await authenticate("analyst");
  if ("refused" in auth) return auth.refused;
  const parsed = UpdateSchema.safeParse({
    id: formData.get("id"),
    version: formData.get("version"),
    body: formData.get("body"),
    tags: formData.get("tags") ?? "",
    visibility: formData.get("visibility"),
  });
  if (!parsed.success) return invalid(parsed.error.issues);
  const { id, version, body, tags, visibility } = parsed.data;
  const prisma = getPrisma();
  const current = await prisma.annotation.findUnique({
    where: { id },
    select: { authorId: true, visibility: true, deletedAt: true, version: true, body: true, tags: true, updatedAt: true, updatedBy: { select: { name: true } } },
  });
  if (!current || current.deletedAt) return { ok: false, message: "This note has been deleted, so your edit was not saved. Your text is kept as a draft; an admin can bring the note back." };
  if (!canEditNote(auth.user, current)) return { ok: false, message: "You cannot edit this note: a private note is its author's alone. Your text is kept as a draft." };
  if (visibility !== current.visibility && current.authorId !== auth.user.id) {
    return { ok: false, message: "Only the note's author can change who reads it. Keep the visibility as it was and save again.", errors: { visibility: ["Only the author can change this."] } };
  }
  const tagsJson = JSON.stringify(tags);

  const outcome = await prisma.$transaction(async (tx) => {
    // Optimistic concurrency: the row changes only if nobody saved since this editor opened it.
    const updated = await tx.annotation.updateMany({
      where: { id, version, deletedAt: null },
      data: { body, tags: tagsJson, visibility, version: { increment: 1 }, updatedById: auth.user.id, updatedAt: new Date() },
    });
    if (updated.count === 0) return null;
    await tx.annotationRevision.create({ data: { annotationId: id, version: version + 1, body, tags: tagsJson, visibility, authorId: auth.user.id, change: "edited" } });
    return version + 1;
  });

  if (outcome === null) {
    const theirs = await prisma.annotation.findUnique({
      where: { id },
      select: { version: true, body: true, tags: true, visibility: true, updatedAt: true, deletedAt: true, updatedBy: { select: { name: true } } },
    });
    if (!theirs || theirs.deletedAt) return { ok: false, message: "This note was deleted while you were editing it. Your text is kept as a draft." };
    return {
      ok: false,
      message: `${theirs.updatedBy.name} saved a newer version (version ${theirs.version}) while you were editing. Nothing was overwritten: merge their text into yours below, then save again.`,
      conflict: {
        theirs: {
          version: theirs.version,
          body: theirs.body,
          tags: parseTags(theirs.tags),
          visibility: theirs.visibility === "private" ? "private" : "team",
          by: theirs.updatedBy.name,
          at: theirs.updatedAt.toISOString(),
        },
        yours: { body, tags: tags.join(", "), visibility },
      },
    };
  }
  refresh();
  return { ok: true, message: `Saved as version ${outcome}.`, saved: { id, version: outcome } };
}

const IdOnly = z.object({ id: NoteIdSchema });

export async function deleteAnnotation(_prev: NoteFormResult, formData: FormData): Promise<NoteFormResult> {
  const auth = await authenticate("analyst");
  if ("refused" in auth) return auth.refused;
  const parsed = IdOnly.safeParse({ id: formData.get("id") });
  if (!parsed.success) return invalid(parsed.error.issues, "Nothing was deleted");
  const prisma = getPrisma();
  const note = await prisma.annotation.findUnique({ where: { id: parsed.data.id }, select: { authorId: true, visibility: true, deletedAt: true } });
  if (!note || note.deletedAt) return { ok: false, message: "This note is already deleted." };
  if (!canDeleteNote(auth.user, note)) return { ok: false, message: "Only the note's author or an admin can delete it." };
  await prisma.annotation.updateMany({ where: { id: parsed.data.id, deletedAt: null }, data: { deletedAt: new Date(), deletedById: auth.user.id } });
  refresh();
  return { ok: true, message: "Note deleted. An admin can bring it back from the Annotations page." };
}

export async function undeleteAnnotation(_prev: NoteFormResult, formData: FormData): Promise<NoteFormResult> {
  const auth = await authenticate("admin");
  if ("refused" in auth) return auth.refused;
  const parsed = IdOnly.safeParse({ id: formData.get("id") });
  if (!parsed.success) return invalid(parsed.error.issues, "Nothing was restored");
  const prisma = getPrisma();
  const note = await prisma.annotation.findUnique({ where: { id: parsed.data.id }, select: { authorId: true, visibility: true, deletedAt: true } });
  if (!note || !note.deletedAt) return { ok: false, message: "This note is not deleted." };
  if (!canUndeleteNote(auth.user, note)) return { ok: false, message: "Only an admin can bring back a deleted note." };
  await prisma.annotation.update({ where: { id: parsed.data.id }, data: { deletedAt: null, deletedById: null } });
  refresh();
  return { ok: true, message: "Note restored: it is back beside its entry." };
}

const RestoreSchema = z.object({ id: NoteIdSchema, version: VersionSchema, fromVersion: VersionSchema });

/** Makes an old version the newest one again; the versions in between stay in the history. */
export async function restoreAnnotationVersion(_prev: NoteFormResult, formData: FormData): Promise<NoteFormResult> {
  const auth = await authenticate("analyst");
  if ("refused" in auth) return auth.refused;
  const parsed = RestoreSchema.safeParse({ id: formData.get("id"), version: formData.get("version"), fromVersion: formData.get("fromVersion") });
  if (!parsed.success) return invalid(parsed.error.issues, "Nothing was restored");
  const { id, version, fromVersion } = parsed.data;
  const prisma = getPrisma();
  const note = await prisma.annotation.findUnique({ where: { id }, select: { authorId: true, visibility: true, deletedAt: true } });
  if (!note || note.deletedAt) return { ok: false, message: "This note is deleted; an admin must bring it back first." };
  if (!canEditNote(auth.user, note)) return { ok: false, message: "You cannot edit this note: a private note is its author's alone." };
  const old = await prisma.annotationRevision.findUnique({ where: { annotationId_version: { annotationId: id, version: fromVersion } }, select: { body: true, tags: true } });
  if (!old) return { ok: false, message: `This note has no version ${fromVersion}.` };

  const outcome = await prisma.$transaction(async (tx) => {
    const updated = await tx.annotation.updateMany({
      where: { id, version, deletedAt: null },
      data: { body: old.body, tags: old.tags, version: { increment: 1 }, updatedById: auth.user.id, updatedAt: new Date() },
    });
    if (updated.count === 0) return null;
    await tx.annotationRevision.create({
      data: { annotationId: id, version: version + 1, body: old.body, tags: old.tags, visibility: note.visibility, authorId: auth.user.id, change: `restored from version ${fromVersion}` },
    });
    return version + 1;
  });
  if (outcome === null) return staleRestore(auth.user, id, version, fromVersion);
  refresh();
  return { ok: true, message: `Version ${fromVersion} restored as version ${outcome}.`, saved: { id, version: outcome } };
}

/**
 * A restore sent from a history page that is out of date: the note moved on (a save, another
 * restore) after the page showed version `seen`. Nothing was changed; the sentence says who saved
 * what, that every version is still there, and what to do.
 */
async function staleRestore(user: SessionUser, id: number, seen: number, fromVersion: number): Promise<NoteFormResult> {
  const now = await getPrisma().annotation.findUnique({ where: { id }, select: { version: true, deletedAt: true, updatedById: true, updatedBy: { select: { name: true } } } });
  if (!now || now.deletedAt) return { ok: false, message: `Version ${fromVersion} was not restored: the note was deleted while you were reading its history. Nothing else changed; an admin can bring it back.` };
  const who = now.updatedById === user.id ? "you have (in another tab or window)" : `${now.updatedBy.name} has`;
  return {
    ok: false,
    message:
      `Version ${fromVersion} was not restored: this page shows version ${seen}, but ${who} since saved version ${now.version}. ` +
      `Nothing was changed and no version was lost. Reload the history to see version ${now.version}, then restore version ${fromVersion} again if you still want it.`,
  };
}

/** The editor's preview: the note rendered exactly as it will be shown, through the one sanitiser. */
export async function previewAnnotation(body: string): Promise<{ ok: boolean; html: string; message: string }> {
  const auth = await authenticate("analyst");
  if ("refused" in auth) return { ok: false, html: "", message: auth.refused.message };
  const parsed = z.string().max(NOTE_MAX, `Keep the note under ${NOTE_MAX.toLocaleString("en")} characters.`).safeParse(body);
  if (!parsed.success) return { ok: false, html: "", message: parsed.error.issues[0]!.message };
  return { ok: true, html: renderMarkdown(parsed.data), message: "" };
}
