import "server-only";
import { clauseKinds, labels } from "../domain";
import { formatFigureValue } from "../format";
import type { SessionUser } from "../auth-session";
import { TARGET_TYPES, type TargetRef, type TargetType, type Visibility } from "../annotations";
import { getPrisma } from "../db";
import { markdownToText, renderMarkdown } from "../markdown";
import { canDeleteNote, canEditNote, canReadNote, canUndeleteNote } from "../permissions";

/**
 * Reads of analysts' notes. Visibility is applied here, in the query, for every caller: team notes
 * for any signed-in user, private ones for their author only; an anonymous caller sees none.
 */

export type ResolvedTarget = TargetRef & { label: string; path: string };

/** The entry a note is about, looked up by its natural key, or null when there is no such entry. */
export async function resolveTarget(type: TargetType, key: string): Promise<ResolvedTarget | null> {
  const prisma = getPrisma();
  switch (type) {
    case "conflict": {
      const c = await prisma.conflict.findUnique({ where: { slug: key }, select: { name: true } });
      return c ? { type, key, label: c.name, path: `/conflicts/${key}` } : null;
    }
    case "mission": {
      const m = await prisma.mission.findUnique({ where: { slug: key }, select: { name: true } });
      return m ? { type, key, label: m.name, path: `/missions/${key}` } : null;
    }
    case "actor": {
      const a = await prisma.actor.findUnique({ where: { slug: key }, select: { name: true } });
      return a ? { type, key, label: a.name, path: `/actors/${key}` } : null;
    }
    case "argument": {
      const a = await prisma.argument.findUnique({ where: { slug: key }, select: { summary: true, article: { select: { slug: true } } } });
      return a ? { type, key, label: a.summary.length > 120 ? `${a.summary.slice(0, 119)}…` : a.summary, path: `/dossier/${a.article.slug}#${key}` } : null;
    }
    case "mandate_clause": {
      const [mandateSlug, clause] = key.split("#");
      if (!mandateSlug || !clause || !(clauseKinds as readonly string[]).includes(clause)) return null;
      const m = await prisma.mandate.findUnique({ where: { slug: mandateSlug }, select: { title: true, mission: { select: { slug: true } } } });
      const clauseLabel = (labels.clause as Record<string, string>)[clause] ?? clause;
      return m ? { type, key, label: `${m.title} — ${clauseLabel}`, path: `/missions/${m.mission.slug}#${mandateSlug}` } : null;
    }
    case "figure": {
      const id = Number(key);
      if (!Number.isInteger(id) || id <= 0) return null;
      const f = await prisma.figure.findUnique({ where: { id }, select: { subject: true, unit: true, best: true, low: true, high: true, qualifier: true } });
      return f ? { type, key, label: `${f.subject}: ${formatFigureValue(f)} ${f.unit}`, path: `/figures/${id}` } : null;
    }
  }
}

export type NoteView = {
  id: number;
  target: { type: TargetType; key: string; label: string; path: string };
  body: string;
  /** sanitised HTML of the body (lib/markdown.ts) */
  html: string;
  /** the body as one line of plain text */
  text: string;
  tags: string[];
  visibility: Visibility;
  version: number;
  author: { id: string; name: string };
  updatedBy: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  deletedBy: string | null;
  /** what the current user may do with it (the actions check again) */
  can: { edit: boolean; delete: boolean; undelete: boolean };
  /** a deleted private note of someone else, shown to an admin without its text */
  redacted: boolean;
};

const noteSelect = {
  id: true,
  targetType: true,
  targetKey: true,
  targetLabel: true,
  targetPath: true,
  body: true,
  tags: true,
  visibility: true,
  version: true,
  authorId: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  author: { select: { id: true, name: true } },
  updatedBy: { select: { id: true, name: true } },
  deletedBy: { select: { name: true } },
} as const;

type NoteRow = {
  id: number;
  targetType: string;
  targetKey: string;
  targetLabel: string;
  targetPath: string;
  body: string;
  tags: string;
  visibility: string;
  version: number;
  authorId: string;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
  author: { id: string; name: string };
  updatedBy: { id: string; name: string };
  deletedBy: { name: string } | null;
};

export function parseTags(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === "string") : [];
  } catch {
    return [];
  }
}

function toView(user: SessionUser | null, r: NoteRow): NoteView {
  const redacted = r.deletedAt !== null && r.visibility === "private" && r.authorId !== user?.id;
  const body = redacted ? "" : r.body;
  return {
    id: r.id,
    target: { type: r.targetType as TargetType, key: r.targetKey, label: r.targetLabel, path: r.targetPath },
    body,
    html: redacted ? "" : renderMarkdown(body),
    text: redacted ? "(a private note: only its author can read it)" : markdownToText(body),
    tags: parseTags(r.tags),
    visibility: r.visibility === "private" ? "private" : "team",
    version: r.version,
    author: r.author,
    updatedBy: r.updatedBy,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    deletedAt: r.deletedAt?.toISOString() ?? null,
    deletedBy: r.deletedBy?.name ?? null,
    can: { edit: canEditNote(user, r), delete: canDeleteNote(user, r), undelete: canUndeleteNote(user, r) },
    redacted,
  };
}

/** The Prisma filter for "notes this user may read" (not deleted). */
function visibleTo(user: SessionUser) {
  return { deletedAt: null, OR: [{ visibility: "team" }, { authorId: user.id }] };
}

/** The notes on one entry that the user may read, oldest first (a thread). */
export async function listNotesForTarget(user: SessionUser | null, target: TargetRef): Promise<NoteView[]> {
  if (!user) return [];
  const rows = await getPrisma().annotation.findMany({
    where: { targetType: target.type, targetKey: target.key, ...visibleTo(user) },
    select: noteSelect,
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => toView(user, r));
}

export type NoteFilter = { targetType?: TargetType; targetKey?: string; tag?: string; limit?: number; offset?: number };

/** Every note the user may read (for /annotations and the API), newest first. */
export async function listVisibleNotes(user: SessionUser | null, filter: NoteFilter = {}): Promise<{ total: number; notes: NoteView[] }> {
  if (!user) return { total: 0, notes: [] };
  const where = {
    ...visibleTo(user),
    ...(filter.targetType ? { targetType: filter.targetType } : {}),
    ...(filter.targetKey ? { targetKey: filter.targetKey } : {}),
    // Tags are a JSON array of strings: match the quoted tag exactly.
    ...(filter.tag ? { tags: { contains: JSON.stringify(filter.tag) } } : {}),
  };
  const prisma = getPrisma();
  const [total, rows] = await Promise.all([
    prisma.annotation.count({ where }),
    prisma.annotation.findMany({ where, select: noteSelect, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: filter.limit, skip: filter.offset }),
  ]);
  return { total, notes: rows.map((r) => toView(user, r)) };
}

/** Deleted notes an admin can bring back (private ones of others without their text). */
export async function listDeletedNotes(user: SessionUser | null): Promise<NoteView[]> {
  if (!user || user.role !== "admin") return [];
  const rows = await getPrisma().annotation.findMany({ where: { deletedAt: { not: null } }, select: noteSelect, orderBy: { deletedAt: "desc" } });
  return rows.map((r) => toView(user, r));
}

export type RevisionView = {
  version: number;
  body: string;
  html: string;
  tags: string[];
  visibility: Visibility;
  author: string;
  createdAt: string;
  change: string;
};

/** A note with every version of it, newest first, if the user may read it. */
export async function getNoteHistory(user: SessionUser | null, id: number): Promise<{ note: NoteView; revisions: RevisionView[] } | null> {
  if (!user) return null;
  const row = await getPrisma().annotation.findUnique({
    where: { id },
    select: { ...noteSelect, revisions: { orderBy: { version: "desc" }, select: { version: true, body: true, tags: true, visibility: true, createdAt: true, change: true, author: { select: { name: true } } } } },
  });
  if (!row || !canReadNote(user, row)) return null;
  const note = toView(user, row);
  // A deleted private note of someone else: an admin may bring it back, not read it.
  if (note.redacted) return null;
  return {
    note,
    revisions: row.revisions.map((r) => ({
      version: r.version,
      body: r.body,
      html: renderMarkdown(r.body),
      tags: parseTags(r.tags),
      visibility: r.visibility === "private" ? "private" : "team",
      author: r.author.name,
      createdAt: r.createdAt.toISOString(),
      change: r.change,
    })),
  };
}

export function isTargetType(value: string): value is TargetType {
  return (TARGET_TYPES as readonly string[]).includes(value);
}
