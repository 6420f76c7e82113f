"use client";

import { useActionState, useId } from "react";
import { signIn, type SignInResult } from "@/lib/auth-actions";

const idle: SignInResult = { ok: false, message: "" };

export function LoginForm({ next }: { next: string }) {
  const [state, dispatch, pending] = useActionState(signIn, idle);
  const id = useId();
  const errors = state.errors ?? {};
  return (
    // A plain form action: it works before the page's script has loaded, and the password never lands in a URL.
    <form action={dispatch} className="auth-card" aria-describedby={`${id}-result`}>
      <input type="hidden" name="next" value={next} />
      <div className="form-row">
        <label htmlFor={`${id}-email`}>Email</label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? `${id}-email-error` : undefined}
        />
        {errors.email ? (
          <span className="field-error" id={`${id}-email-error`}>
            {errors.email.join(" ")}
          </span>
        ) : null}
      </div>
      <div className="form-row">
        <label htmlFor={`${id}-password`}>Password</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? `${id}-password-error` : undefined}
        />
        {errors.password ? (
          <span className="field-error" id={`${id}-password-error`}>
            {errors.password.join(" ")}
          </span>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </div>
      <p id={`${id}-result`} role="alert" aria-live="assertive" className="result error" data-testid="login-error">
        {state.message}
      </p>
    </form>
  );
}
