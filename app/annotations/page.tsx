import type { Metadata } from "next";
import Link from "next/link";
import { NoteMeta, UndeleteNote } from "@/components/annotations/note-panel";
import { AnnotationsTable } from "@/components/tables/annotations/annotations-table";
import { PageHeader, Section } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth-session";
import { listDeletedNotes, listVisibleNotes } from "@/lib/queries/annotations";
import { annotationRow } from "@/lib/tables/annotations";
import "@/components/annotations/annotations.css";

export const metadata: Metadata = { title: "Notes" };

export default async function AnnotationsPage() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <>
        <PageHeader title="Notes" lede="Analysts' notes on conflicts, missions, mandate clauses, figures, arguments and actors." />
        <Section title="Sign in to read them">
          <p>
            Notes are the team's working judgement, so they are shown to signed-in users only. <Link href="/login?next=/annotations">Sign in</Link>.
          </p>
        </Section>
      </>
    );
  }
  const { notes } = await listVisibleNotes(user);
  const rows = notes.map(annotationRow);
  const deleted = await listDeletedNotes(user);
  return (
    <>
      <PageHeader
        title="Notes"
        lede="Every note you can read: your team's, and your own private ones. Open a note for its history; write one with “Annotate” beside any conflict, mission, mandate clause, figure, argument or actor."
      />
      {rows.length ? (
          <AnnotationsTable rows={rows} />
      ) : (
        <p className="muted">No notes yet.</p>
      )}
      {user.role === "admin" ? (
        <Section title="Deleted notes" hint="an admin can bring them back" id="deleted">
          {deleted.length === 0 ? (
            <p className="muted">No deleted notes.</p>
          ) : (
            <ul className="note-thread">
              {deleted.map((n) => (
                <li key={n.id} data-note-id={n.id}>
                  <NoteMeta note={n} />
                  <p className="small">
                    On <Link href={n.target.path}>{n.target.label}</Link>
                  </p>
                  {n.redacted ? <p className="muted small">{n.text}</p> : <div className="note-body" dangerouslySetInnerHTML={{ __html: n.html }} />}
                  <UndeleteNote id={n.id} />
                </li>
              ))}
            </ul>
          )}
        </Section>
      ) : null}
    </>
  );
}
