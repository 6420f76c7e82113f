"use client";

import Link from "next/link";
import { useActionState, useCallback, useId, useState } from "react";
import { deleteAnnotation, undeleteAnnotation } from "@/lib/actions/annotations";
import { formatWhen, type NoteFormResult, type TargetRef } from "@/lib/annotations";
import type { NoteView } from "@/lib/queries/annotations";
import { NoteEditor } from "./note-editor";

const idle: NoteFormResult = { ok: false, message: "" };


/**
 * Notes beside one entry: a count that opens the thread, and — for analysts — "Annotate", which
 * opens the editor. The server decided what this user may read and do; the actions check again.
 */
export function NotePanel({ target, label, notes, canWrite, userId }: { target: TargetRef; label: string; notes: NoteView[]; canWrite: boolean; userId: string }) {
  const [open, setOpen] = useState(false);
  const [composing, setComposing] = useState(false);
  const id = useId();
  const closeEditor = useCallback(() => setComposing(false), []);
  return (
    <div className="notes" data-annotations={`${target.type}:${target.key}`}>
      <div className="notes-bar">
        {notes.length ? (
          <button type="button" aria-expanded={open} aria-controls={`${id}-thread`} onClick={() => setOpen(!open)} data-testid="notes-toggle">
            Notes <span className="badge count">{notes.length}</span>
            <span className="sr-only"> on {label}</span>
          </button>
        ) : null}
        {canWrite && !composing ? (
          <button
            type="button"
            onClick={() => {
              setComposing(true);
              setOpen(true);
            }}
            aria-label={`Annotate ${label}`}
          >
            Annotate
          </button>
        ) : null}
      </div>
      {composing ? <NoteEditor target={target} targetLabel={label} onDone={closeEditor} /> : null}
      {notes.length ? (
        <ul className="note-thread" id={`${id}-thread`} hidden={!open} aria-label={`Notes on ${label}`}>
          {notes.map((n) => (
            <li key={n.id} id={`note-${n.id}`}>
              <NoteCard note={n} target={target} label={label} userId={userId} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function NoteMeta({ note }: { note: NoteView }) {
  return (
    <div className="note-meta">
      <strong>{note.author.name}</strong>
      <span>{formatWhen(note.createdAt)}</span>
      {note.version > 1 ? (
        <span>
          edited by {note.updatedBy.name}, {formatWhen(note.updatedAt)} (version {note.version})
        </span>
      ) : null}
      {note.visibility === "private" ? <span className="badge private">private</span> : null}
      {note.deletedAt ? <span className="badge deleted">deleted{note.deletedBy ? ` by ${note.deletedBy}` : ""}</span> : null}
      {note.tags.map((t) => (
        <span key={t} className="tag">
          #{t}
        </span>
      ))}
    </div>
  );
}

function NoteCard({ note, target, label, userId }: { note: NoteView; target: TargetRef; label: string; userId: string }) {
  const [editing, setEditing] = useState(false);
  const done = useCallback(() => setEditing(false), []);
  return (
    <article aria-label={`Note by ${note.author.name}`} data-note-id={note.id}>
      <NoteMeta note={note} />
      {editing ? (
        <NoteEditor
          target={target}
          targetLabel={label}
          note={{ id: note.id, version: note.version, body: note.body, tags: note.tags, visibility: note.visibility, isAuthor: note.author.id === userId }}
          onDone={done}
        />
      ) : (
        // Sanitised on the server by lib/markdown.ts: no raw HTML, no unsafe links.
        <div className="note-body" dangerouslySetInnerHTML={{ __html: note.html }} />
      )}
      <div className="note-actions">
        {note.can.edit && !editing ? (
          <button type="button" onClick={() => setEditing(true)}>
            Edit
          </button>
        ) : null}
        <Link className="button" href={`/annotations/${note.id}`}>
          History
        </Link>
        {note.can.delete && !editing ? <DeleteNote id={note.id} /> : null}
      </div>
    </article>
  );
}

/** Two steps, no browser dialog: "Delete", then "Confirm delete". */
export function DeleteNote({ id }: { id: number }) {
  const [state, action, pending] = useActionState(deleteAnnotation, idle);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)}>
        Delete
      </button>
    );
  }
  return (
    <form action={action} className="note-actions">
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="primary" disabled={pending}>
        Confirm delete
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        Keep it
      </button>
      <span role="status" aria-live="polite" className={`result ${state.ok ? "ok" : "error"}`}>
        {state.message}
      </span>
    </form>
  );
}

export function UndeleteNote({ id }: { id: number }) {
  const [state, action, pending] = useActionState(undeleteAnnotation, idle);
  return (
    <form action={action} className="note-actions">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending}>
        Undo delete
      </button>
      <span role="status" aria-live="polite" className={`result ${state.ok ? "ok" : "error"}`}>
        {state.message}
      </span>
    </form>
  );
}
