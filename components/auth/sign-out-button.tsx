import { signOut } from "@/lib/auth-actions";

/** A form, so signing out works before the page's script has loaded. */
export function SignOutButton() {
  return (
    <form action={signOut}>
      <button type="submit">Sign out</button>
    </form>
  );
}
