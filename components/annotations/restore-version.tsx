"use client";

import { useActionState } from "react";
import { restoreAnnotationVersion } from "@/lib/actions/annotations";
import type { NoteFormResult } from "@/lib/annotations";

const idle: NoteFormResult = { ok: false, message: "" };

/** Makes an old version the newest again; `version` is the one on screen, so a newer save is not overwritten. */
export function RestoreVersion({ id, version, fromVersion }: { id: number; version: number; fromVersion: number }) {
  const [state, action, pending] = useActionState(restoreAnnotationVersion, idle);
  return (
    <form action={action} className="note-actions">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="fromVersion" value={fromVersion} />
      <button type="submit" disabled={pending}>
        Restore version {fromVersion}
      </button>
      <span role="status" aria-live="polite" className={`result ${state.message ? (state.ok ? "ok" : "error") : ""}`}>
        {state.message}
      </span>
    </form>
  );
}
