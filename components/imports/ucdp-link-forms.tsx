"use client";

import Link from "next/link";
import { useActionState } from "react";
import { createConflictFromUcdp, linkUcdpConflict, type ActionState } from "@/lib/actions/imports";
import { conflictTypes, labels } from "@/lib/domain";

const initial: ActionState = { ok: false, message: "", errors: {} };

function Result({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return (
    <p className={`notice ${state.ok ? "info" : "error"}`} role={state.ok ? "status" : "alert"}>
      {state.message} {state.ok && state.href ? <Link href={state.href}>Open the conflict</Link> : null}
    </p>
  );
}

function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="small" style={{ color: "var(--danger)", margin: "0.2rem 0 0" }}>
      {messages.join(" ")}
    </p>
  );
}

/** Link a UCDP conflict to an existing Parallax conflict, for all years or some. */
export function LinkUcdpForm({ ucdpConflictId, conflicts }: { ucdpConflictId: number; conflicts: { slug: string; name: string }[] }) {
  const [state, action, pending] = useActionState(linkUcdpConflict, initial);
  return (
    <form action={action} aria-label="Link to an existing conflict" style={{ display: "grid", gap: "0.6rem" }}>
      <input type="hidden" name="ucdpConflictId" value={ucdpConflictId} />
      <div>
        <label htmlFor="link-conflict">Parallax conflict</label>
        <br />
        <select id="link-conflict" name="conflict" defaultValue="" required aria-describedby="link-conflict-error">
          <option value="" disabled>
            Choose a conflict…
          </option>
          {conflicts.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
        <FieldError id="link-conflict-error" messages={state.errors.conflict} />
      </div>
      <div style={{ display: "flex", gap: "1rem", flexWrap: "wrap" }}>
        <div>
          <label htmlFor="link-from">From year (optional)</label>
          <br />
          <input id="link-from" name="fromYear" type="number" min={1946} max={2100} aria-describedby="link-from-error" />
          <FieldError id="link-from-error" messages={state.errors.fromYear} />
        </div>
        <div>
          <label htmlFor="link-to">To year (optional)</label>
          <br />
          <input id="link-to" name="toYear" type="number" min={1946} max={2100} aria-describedby="link-to-error" />
          <FieldError id="link-to-error" messages={state.errors.toYear} />
        </div>
      </div>
      <div>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Linking…" : "Link"}
        </button>
      </div>
      <Result state={state} />
    </form>
  );
}

/** Create a Parallax conflict from the UCDP data, linked to this UCDP conflict. */
export function CreateFromUcdpForm({ ucdpConflictId, defaultName, defaultType }: { ucdpConflictId: number; defaultName: string; defaultType: string | null }) {
  const [state, action, pending] = useActionState(createConflictFromUcdp, initial);
  return (
    <form action={action} aria-label="Create a conflict from the UCDP data" style={{ display: "grid", gap: "0.6rem" }}>
      <input type="hidden" name="ucdpConflictId" value={ucdpConflictId} />
      <div>
        <label htmlFor="create-name">Name</label>
        <br />
        <input id="create-name" name="name" type="text" defaultValue={defaultName} size={60} aria-describedby="create-name-error" />
        <FieldError id="create-name-error" messages={state.errors.name} />
      </div>
      <div>
        <label htmlFor="create-type">Type</label>
        <br />
        <select id="create-type" name="type" defaultValue={defaultType ?? ""} aria-describedby="create-type-error">
          <option value="">{defaultType ? "From UCDP's type_of_conflict" : "Choose a type…"}</option>
          {conflictTypes.map((t) => (
            <option key={t} value={t}>
              {labels.conflictType[t]}
            </option>
          ))}
        </select>
        <FieldError id="create-type-error" messages={state.errors.type} />
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create conflict"}
        </button>
      </div>
      <Result state={state} />
    </form>
  );
}
