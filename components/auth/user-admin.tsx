"use client";

import { useActionState, useEffect, useId, useRef } from "react";
import { createUser, revokeUserSessions, setUserRole } from "@/lib/actions/users";
import { PASSWORD_MIN, ROLE_LABELS, ROLES, type Role } from "@/lib/auth-policy";
import type { FormResult } from "@/lib/form-result";
import { useSubmit } from "@/components/annotations/use-submit";

const idle: FormResult = { ok: false, message: "" };

function Result({ state }: { state: FormResult }) {
  return (
    <span role="status" aria-live="polite" className={`result ${state.message ? (state.ok ? "ok" : "error") : ""}`}>
      {state.message}
    </span>
  );
}

export function RoleForm({ userId, email, role, self }: { userId: string; email: string; role: Role; self: boolean }) {
  const [state, dispatch, pending] = useActionState(setUserRole, idle);
  const id = useId();
  return (
    <form action={dispatch} className="note-actions">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={`${id}-role`} className="sr-only">
        Role of {email}
      </label>
      <select id={`${id}-role`} name="role" defaultValue={role} disabled={self}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending || self} aria-label={`Change the role of ${email}`}>
        Change role
      </button>
      <Result state={state} />
    </form>
  );
}

export function RevokeForm({ userId, email }: { userId: string; email: string }) {
  const [state, dispatch, pending] = useActionState(revokeUserSessions, idle);
  return (
    <form action={dispatch} className="note-actions">
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" disabled={pending} aria-label={`Revoke all sessions of ${email}`}>
        Revoke sessions
      </button>
      <Result state={state} />
    </form>
  );
}

export function CreateUserForm() {
  const [state, dispatch, pending] = useActionState(createUser, idle);
  // Submitted by hand so a refused user keeps what the admin typed; cleared once created.
  const onSubmit = useSubmit(dispatch);
  const id = useId();
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) ref.current?.reset();
  }, [state]);
  return (
    <form ref={ref} onSubmit={onSubmit} method="post">
      <div className="form-grid">
        <div className="form-row">
          <label htmlFor={`${id}-email`}>Email</label>
          <input id={`${id}-email`} name="email" type="email" required autoComplete="off" />
        </div>
        <div className="form-row">
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} name="name" type="text" autoComplete="off" />
        </div>
        <div className="form-row">
          <label htmlFor={`${id}-password`}>Password</label>
          <input id={`${id}-password`} name="password" type="password" required autoComplete="new-password" aria-describedby={`${id}-password-hint`} />
          <span className="hint" id={`${id}-password-hint`}>
            At least {PASSWORD_MIN} characters
          </span>
        </div>
        <div className="form-row">
          <label htmlFor={`${id}-role`}>Role</label>
          <select id={`${id}-role`} name="role" defaultValue="viewer">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={pending}>
          Create user
        </button>
        <Result state={state} />
      </div>
    </form>
  );
}
