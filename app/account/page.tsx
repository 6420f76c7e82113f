import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { PageHeader, Section } from "@/components/ui/page-header";
import { ROLE_LABELS } from "@/lib/auth-policy";
import { getCurrentUser } from "@/lib/auth-session";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login?next=/account");
  return (
    <>
      <PageHeader title="Your account" lede={`${user.name} · ${user.email}`} />
      <Section title="Role">
        <p>{ROLE_LABELS[user.role]}. An admin changes roles on the Users page.</p>
      </Section>
      <Section title="Change password" hint="every other browser signed in as you is signed out">
        <ChangePasswordForm />
      </Section>
    </>
  );
}
