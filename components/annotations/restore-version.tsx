"use client";

import { useActionState } from "react";
import { restoreAnnotationVersion } from "@/lib/actions/annotations";
import type { NoteFormResult } from "@/lib/annotations";

const idle: NoteFormResult = { ok: false, message: "" };

/**
 * Makes an old version the newest again; `version` is the one on screen, so a newer save is not
 * overwritten. A refusal (the note moved on since the page was loaded) says what happened and offers
 * to reload the history, which then shows every version, the newer one included.
 */
export function RestoreVersion({ id, version, fromVersion }: { id: number; version: number; fromVersion: number }) {
  const [state, action, pending] = useActionState(restoreAnnotationVersion, idle);
  const refused = !state.ok && state.message !== "";
  return (
    <form action={action} className="note-actions">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="fromVersion" value={fromVersion} />
      <button type="submit" disabled={pending}>
        Restore version {fromVersion}
      </button>
      <span role="status" aria-live="polite" className={`result ${state.message ? (state.ok ? "ok" : "error") : ""}`} data-testid="restore-result">
        {state.message}
      </span>
      {refused ? (
        <button type="button" onClick={() => window.location.reload()}>
          Reload the history
        </button>
      ) : null}
    </form>
  );
}
