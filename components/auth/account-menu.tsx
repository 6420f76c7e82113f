import Link from "next/link";
import { getCurrentUser } from "@/lib/auth-session";
import { SignOutButton } from "./sign-out-button";
import "@/components/annotations/annotations.css";

/** The header's account corner: "Sign in", or who is signed in with their notes, account, admin page and "Sign out". */
export async function AccountMenu() {
  const user = await getCurrentUser();
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
      <SignOutButton />
    </div>
  );
}
