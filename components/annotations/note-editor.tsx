"use client";

import { useActionState, useEffect, useId, useRef, useState, useTransition } from "react";
import { createAnnotation, previewAnnotation, updateAnnotation } from "@/lib/actions/annotations";
import { draftKey, VISIBILITIES, VISIBILITY_LABELS, type Draft, type NoteFormResult, type TargetRef, type Visibility } from "@/lib/annotations";
import { useSubmit } from "./use-submit";
import { WordDiff } from "./word-diff";

export type EditableNote = { id: number; version: number; body: string; tags: string[]; visibility: Visibility; isAuthor: boolean };

const idle: NoteFormResult = { ok: false, message: "" };

function readDraft(key: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

/**
 * The Markdown editor of a note: write and preview, tags, visibility. Nothing typed is lost:
 * every change is kept as a draft in this browser (per entry and note) until a save succeeds, so a
 * refused save, a reload or an expired session leaves the text where it was; the draft comes back
 * when the editor opens again. Saving over a newer version is refused by the server, and the editor
 * then shows both texts side by side for merging.
 */
export function NoteEditor({ target, targetLabel, note, onDone }: { target: TargetRef; targetLabel: string; note?: EditableNote; onDone: () => void }) {
  const [state, formAction, pending] = useActionState(note ? updateAnnotation : createAnnotation, idle);
  const key = draftKey(target, note?.id ?? null);
  const initial = { body: note?.body ?? "", tags: note?.tags.join(", ") ?? "", visibility: note?.visibility ?? ("team" as Visibility) };
  const [body, setBody] = useState(initial.body);
  const [tags, setTags] = useState(initial.tags);
  const [visibility, setVisibility] = useState<Visibility>(initial.visibility);
  const [version, setVersion] = useState(note?.version ?? 0);
  const [restored, setRestored] = useState<string | null>(null);
  const [tab, setTab] = useState<"write" | "preview">("write");
  const [preview, setPreview] = useState<{ html: string; message: string }>({ html: "", message: "" });
  const [previewing, startPreview] = useTransition();
  const [ready, setReady] = useState(false);
  const id = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const onSubmit = useSubmit(formAction);
  const notAuthor = note ? !note.isAuthor : false;

  // Bring back a draft left by an earlier attempt (a failed save, a closed tab, an expired session).
  useEffect(() => {
    const draft = readDraft(key);
    if (draft && (draft.body !== initial.body || draft.tags !== initial.tags || draft.visibility !== initial.visibility)) {
      setBody(draft.body);
      setTags(draft.tags);
      setVisibility(draft.visibility);
      // The draft was written against the version it started from: saving it over a newer one is a conflict.
      if (note && draft.baseVersion !== null) setVersion(Math.min(draft.baseVersion, note.version));
      setRestored(draft.savedAt);
    }
    setReady(true);
    textareaRef.current?.focus();
    // Runs once, when the editor opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Keep every change as a draft until it is saved.
  useEffect(() => {
    if (!ready) return;
    try {
      if (body === initial.body && tags === initial.tags && visibility === initial.visibility) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, JSON.stringify({ body, tags, visibility, baseVersion: note ? version : null, savedAt: new Date().toISOString() } satisfies Draft));
    } catch {
      // Storage full or disabled: the text is still in the editor.
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, body, tags, visibility, version, key]);

  useEffect(() => {
    if (state.ok) {
      try {
        window.localStorage.removeItem(key);
      } catch {
        // nothing to clean
      }
      onDone();
    } else if (state.conflict) {
      // Their version is now the base: the next save goes over it, with the merged text.
      setVersion(state.conflict.theirs.version);
      // Only the author chooses who reads the note: anyone else saves it with the author's choice.
      if (notAuthor) setVisibility(state.conflict.theirs.visibility);
    }
  }, [state, key, onDone, notAuthor]);

  function showPreview() {
    setTab("preview");
    startPreview(async () => {
      const result = await previewAnnotation(body);
      setPreview({ html: result.html, message: result.message });
    });
  }

  function discardDraft() {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // nothing to clean
    }
    setBody(initial.body);
    setTags(initial.tags);
    setVisibility(initial.visibility);
    setVersion(note?.version ?? 0);
    setRestored(null);
  }

  const errors = state.errors ?? {};
  const conflict = state.conflict;
  return (
    <form onSubmit={onSubmit} method="post" className="editor" aria-labelledby={`${id}-title`} data-testid="note-editor">
      <h3 id={`${id}-title`}>{note ? `Edit note (version ${note.version})` : "New note"} on {targetLabel}</h3>
      <input type="hidden" name="targetType" value={target.type} />
      <input type="hidden" name="targetKey" value={target.key} />
      {note ? (
        <>
          <input type="hidden" name="id" value={note.id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : null}

      {restored ? (
        <p className="notice info small" data-testid="draft-restored">
          Restored your unsaved draft from {new Date(restored).toLocaleString("en-GB")}.{" "}
          <button type="button" onClick={discardDraft}>
            Discard draft
          </button>
        </p>
      ) : null}

      {conflict ? (
        <section className="merge" aria-labelledby={`${id}-conflict`} data-testid="note-conflict">
          <h4 id={`${id}-conflict`}>Someone else saved this note while you were editing</h4>
          <p className="small">
            Version {conflict.theirs.version} by {conflict.theirs.by}, {new Date(conflict.theirs.at).toLocaleString("en-GB")}. Your text, tags and visibility are in the
            form below and were not saved; their version is beside them. Merge what you need into yours — text, tags and who can read it — then save: it will become
            version {conflict.theirs.version + 1}.
          </p>
          <div className="merge-grid">
            <div>
              <h5>Yours (not saved)</h5>
              <pre data-testid="conflict-yours">{conflict.yours.body}</pre>
              <MergeFields testId="conflict-yours-fields" tags={splitTags(conflict.yours.tags)} visibility={conflict.yours.visibility} />
            </div>
            <div>
              <h5>Theirs (version {conflict.theirs.version})</h5>
              <pre data-testid="conflict-theirs">{conflict.theirs.body}</pre>
              <MergeFields testId="conflict-theirs-fields" tags={conflict.theirs.tags} visibility={conflict.theirs.visibility} />
              <div className="note-actions">
                <button type="button" onClick={() => setBody(conflict.theirs.body)}>
                  Replace my text with theirs
                </button>
                <button type="button" onClick={() => setTags(conflict.theirs.tags.join(", "))}>
                  Use their tags
                </button>
                {note?.isAuthor && conflict.theirs.visibility !== visibility ? (
                  <button type="button" onClick={() => setVisibility(conflict.theirs.visibility)}>
                    Use their visibility ({visibilityName(conflict.theirs.visibility)})
                  </button>
                ) : null}
              </div>
            </div>
          </div>
          {sameTags(conflict.theirs.tags, splitTags(conflict.yours.tags)) ? null : (
            <p className="small" data-testid="conflict-tags-differ">
              <strong>Tags differ:</strong> theirs {formatTags(conflict.theirs.tags)}; yours {formatTags(splitTags(conflict.yours.tags))}.
            </p>
          )}
          {conflict.theirs.visibility === conflict.yours.visibility ? null : (
            <p className="small" data-testid="conflict-visibility-differs">
              <strong>Who can read it differs:</strong> theirs {visibilityName(conflict.theirs.visibility)}; yours {visibilityName(conflict.yours.visibility)}.
              {notAuthor ? ` Only the author chooses this, so your save keeps theirs (${visibilityName(conflict.theirs.visibility)}).` : ""}
            </p>
          )}
          <details>
            <summary>What differs in the text (theirs → yours)</summary>
            <WordDiff before={conflict.theirs.body} after={conflict.yours.body} />
          </details>
        </section>
      ) : null}

      <div className="tabs" role="group" aria-label="Editor view">
        <button type="button" aria-pressed={tab === "write"} onClick={() => setTab("write")}>
          Write
        </button>
        <button type="button" aria-pressed={tab === "preview"} onClick={showPreview}>
          Preview
        </button>
      </div>
      <div className="form-row" hidden={tab !== "write"}>
        <label htmlFor={`${id}-body`}>Note (Markdown)</label>
        <textarea
          ref={textareaRef}
          id={`${id}-body`}
          name="body"
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={`${id}-body-hint${errors.body ? ` ${id}-body-error` : ""}`}
        />
        <span className="hint" id={`${id}-body-hint`}>
          **bold**, _italic_, [link](https://…), lists, &gt; quotes. HTML is shown as text.
        </span>
        {errors.body ? (
          <span className="field-error" id={`${id}-body-error`}>
            {errors.body.join(" ")}
          </span>
        ) : null}
      </div>
      {tab === "preview" ? (
        <div className="preview note-body" aria-live="polite" aria-busy={previewing} data-testid="note-preview">
          {previewing ? <p className="muted">Rendering…</p> : preview.message ? <p className="field-error">{preview.message}</p> : body.trim() ? <div dangerouslySetInnerHTML={{ __html: preview.html }} /> : <p className="muted">Nothing to preview yet.</p>}
        </div>
      ) : null}

      <div className="form-row">
        <label htmlFor={`${id}-tags`}>Tags</label>
        <input
          type="text"
          id={`${id}-tags`}
          name="tags"
          value={tags}
          onChange={(e) => setTags(e.target.value)}
          aria-invalid={errors.tags ? true : undefined}
          aria-describedby={`${id}-tags-hint${errors.tags ? ` ${id}-tags-error` : ""}`}
        />
        <span className="hint" id={`${id}-tags-hint`}>
          Separate tags with commas: casualties, source-check
        </span>
        {errors.tags ? (
          <span className="field-error" id={`${id}-tags-error`}>
            {errors.tags.join(" ")}
          </span>
        ) : null}
      </div>
      <div className="form-row">
        <fieldset aria-describedby={errors.visibility ? `${id}-vis-error` : undefined}>
          <legend>Who can read it</legend>
          {VISIBILITIES.map((v) => (
            <label key={v}>
              <input type="radio" name="visibility" value={v} checked={visibility === v} onChange={() => setVisibility(v)} disabled={note ? !note.isAuthor : false} />
              {VISIBILITY_LABELS[v]}
            </label>
          ))}
        </fieldset>
        {note && !note.isAuthor ? (
          <>
            <input type="hidden" name="visibility" value={visibility} />
            <span className="hint">Only the author can change who reads this note.</span>
          </>
        ) : null}
        {errors.visibility ? (
          <span className="field-error" id={`${id}-vis-error`}>
            {errors.visibility.join(" ")}
          </span>
        ) : null}
      </div>

      <div className="form-actions">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Saving…" : conflict ? "Save my merged text" : "Save note"}
        </button>
        <button type="button" onClick={onDone}>
          Close
        </button>
        <span className="hint small muted">Unsaved text is kept in this browser as a draft.</span>
      </div>
      <p role="status" aria-live="polite" className={`result ${state.message ? (state.ok ? "ok" : "error") : ""}`} data-testid="note-result">
        {state.message}
        {state.signInRequired ? (
          <>
            {" "}
            <a href="/login" target="_blank" rel="noopener">
              Sign in in a new tab
            </a>
            , then save again here.
          </>
        ) : null}
      </p>
    </form>
  );
}

/** "Team", "Private": the first words of the visibility's label. */
function visibilityName(visibility: Visibility): string {
  return VISIBILITY_LABELS[visibility].split(" — ")[0]!;
}

/** The tags as typed in the form ("a, b"), as a list. */
function splitTags(text: string): string[] {
  return text
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
}

function sameTags(a: string[], b: string[]): boolean {
  const norm = (list: string[]) => [...new Set(list.map((t) => t.toLowerCase()))].sort().join(",");
  return norm(a) === norm(b);
}

function formatTags(tags: string[]): string {
  return tags.length ? tags.map((t) => `#${t}`).join(" ") : "none";
}

/** One side's tags and visibility in the merge panel. */
function MergeFields({ tags, visibility, testId }: { tags: string[]; visibility: Visibility; testId: string }) {
  return (
    <dl className="merge-fields small" data-testid={testId}>
      <dt>Tags</dt>
      <dd>
        {tags.length ? (
          tags.map((t) => (
            <span key={t} className="tag">
              #{t}
            </span>
          ))
        ) : (
          <span className="muted">none</span>
        )}
      </dd>
      <dt>Who can read it</dt>
      <dd>{VISIBILITY_LABELS[visibility]}</dd>
    </dl>
  );
}
