import type { Metadata } from "next";
import Link from "next/link";
import { LoginForm } from "@/components/auth/login-form";
import { PageHeader, Section } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth-session";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const raw = (await searchParams).next;
  const next = typeof raw === "string" && raw.startsWith("/") && !raw.startsWith("//") ? raw : "/";
  const user = await getCurrentUser();
  return (
    <>
      <PageHeader title="Sign in" lede="Analysts sign in to write notes and add figures; reading Parallax needs no account unless this installation says so." />
      <Section title={user ? "You are signed in" : "Your account"}>
        {user ? (
          <p>
            Signed in as <strong>{user.name}</strong> ({user.email}, {user.role}). <Link href={next}>Continue</Link> or sign out from the header.
          </p>
        ) : (
          <>
            <LoginForm next={next} />
            <p className="small muted" style={{ marginTop: "0.75rem" }}>
              No account? An administrator creates one (on the Users page, or with <code>npm run user:create</code>).
            </p>
          </>
        )}
      </Section>
    </>
  );
}
