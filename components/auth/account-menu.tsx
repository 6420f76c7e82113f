"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { SignOutButton } from "./sign-out-button";

type MenuUser = { name: string; email: string; role: string };

/**
 * The header's account corner: "Sign in", or who is signed in with their notes, account, admin page
 * and "Sign out". It asks for the session in the browser, so the pages' HTML is the same for every
 * reader (static pages stay static, anonymous pages can be cached); what a user may do is still
 * decided on the server by every page and action. The header stays mounted across client-side
 * navigations, so the session is asked again on each one (signing in ends on another page);
 * signing out clears the menu once the server has ended the session.
 */
export function AccountMenu() {
  const [user, setUser] = useState<MenuUser | null>(null);
  const pathname = usePathname();
  useEffect(() => {
    let cancelled = false;
    fetch("/api/auth/get-session", { cache: "no-store", credentials: "same-origin" })
      .then((res) => (res.ok ? (res.json() as Promise<{ user?: MenuUser } | null>) : null))
      .then((session) => {
        if (!cancelled) setUser(session?.user ?? null);
      })
      .catch(() => {
        if (!cancelled) setUser(null);
      });
    return () => {
      cancelled = true;
    };
  }, [pathname]);
  if (!user) {
    return (
      <div className="account-menu">
        <Link href="/login">Sign in</Link>
      </div>
    );
  }
  return (
    <div className="account-menu" data-testid="account-menu">
      <Link href="/annotations">Notes</Link>
      {user.role === "admin" ? <Link href="/admin/users">Users</Link> : null}
      <Link href="/account" title={`${user.email} (${user.role})`}>
        {user.name} <span className="sr-only">({user.role})</span>
      </Link>
      <SignOutButton onSignedOut={() => setUser(null)} />
    </div>
  );
}
