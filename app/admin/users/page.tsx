import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CreateUserForm, RevokeForm, RoleForm } from "@/components/auth/user-admin";
import { PageHeader, Section } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth-session";
import { listUsers } from "@/lib/queries/users";
import "@/components/annotations/annotations.css";

export const metadata: Metadata = { title: "Users" };

function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : "—";
}

export default async function AdminUsersPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login?next=/admin/users");
  if (user.role !== "admin") {
    return (
      <>
        <PageHeader title="Users" />
        <Section title="Admins only">
          <p>This page is for admins; yours is {user.role === "viewer" ? "a viewer" : "an analyst"} account. Ask an admin if you need another role.</p>
        </Section>
      </>
    );
  }
  const users = await listUsers();
  return (
    <>
      <PageHeader title="Users" lede="Who can sign in, with which role. Revoking sessions signs a user out of every browser at once." />
      <Section title="Accounts" hint={`${users.length} user${users.length === 1 ? "" : "s"}`}>
        <div className="table-scroll">
          <table className="plain">
            <caption className="sr-only">Users, their roles and sessions</caption>
            <thead>
              <tr>
                <th scope="col">User</th>
                <th scope="col">Role</th>
                <th scope="col" className="num">
                  Live sessions
                </th>
                <th scope="col">Last sign-in</th>
                <th scope="col">Created</th>
                <th scope="col">Sessions</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} data-user={u.email}>
                  <td>
                    <strong>{u.name}</strong>
                    <br />
                    <span className="small muted">{u.email}</span>
                  </td>
                  <td>
                    <RoleForm userId={u.id} email={u.email} role={u.role} self={u.id === user.id} />
                  </td>
                  <td className="num">{u.activeSessions}</td>
                  <td>{day(u.lastSignIn)}</td>
                  <td>{day(u.createdAt)}</td>
                  <td>
                    <RevokeForm userId={u.id} email={u.email} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
      <Section title="Add a user">
        <CreateUserForm />
      </Section>
    </>
  );
}
