"use client";

import { useActionState, useEffect, useId, useRef } from "react";
import { useSubmit } from "@/components/annotations/use-submit";
import { changePassword } from "@/lib/auth-actions";
import { PASSWORD_MIN } from "@/lib/auth-policy";
import type { FormResult } from "@/lib/form-result";

const idle: FormResult = { ok: false, message: "" };

export function ChangePasswordForm() {
  const [state, dispatch, pending] = useActionState(changePassword, idle);
  // Submitted by hand, not as <form action>: React would clear the fields after every answer,
  // racing the user's next keystrokes; they are cleared here only once the password has changed.
  const onSubmit = useSubmit(dispatch);
  const id = useId();
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) ref.current?.reset();
  }, [state]);
  const errors = state.errors ?? {};
  const row = (name: string, label: string, autoComplete: string, hint?: string) => (
    <div className="form-row">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        name={name}
        type="password"
        autoComplete={autoComplete}
        required
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={[hint ? `${id}-${name}-hint` : "", errors[name] ? `${id}-${name}-error` : ""].filter(Boolean).join(" ") || undefined}
      />
      {hint ? (
        <span className="hint" id={`${id}-${name}-hint`}>
          {hint}
        </span>
      ) : null}
      {errors[name] ? (
        <span className="field-error" id={`${id}-${name}-error`}>
          {errors[name].join(" ")}
        </span>
      ) : null}
    </div>
  );
  return (
    <form ref={ref} onSubmit={onSubmit} method="post" className="auth-card">
      {row("currentPassword", "Current password", "current-password")}
      {row("newPassword", "New password", "new-password", `At least ${PASSWORD_MIN} characters; a few unrelated words work well.`)}
      {row("confirmPassword", "New password, again", "new-password")}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </button>
      </div>
      <p role="status" aria-live="polite" className={`result ${state.message ? (state.ok ? "ok" : "error") : ""}`}>
        {state.message}
      </p>
    </form>
  );
}
