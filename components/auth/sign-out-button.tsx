"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { signOut } from "@/lib/auth-actions";

/**
 * Ends the session, then tells the account menu and renders the page again for a reader without
 * an account (its note buttons and private notes go). The menu changes only once the server has
 * ended the session.
 */
export function SignOutButton({ onSignedOut }: { onSignedOut: () => void }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const submit = () =>
    startTransition(async () => {
      await signOut();
      onSignedOut();
      router.refresh();
    });
  return (
    <form action={submit}>
      <button type="submit" disabled={pending}>
        {pending ? "Signing out…" : "Sign out"}
      </button>
    </form>
  );
}
