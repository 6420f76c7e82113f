import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { NoteMeta } from "@/components/annotations/note-panel";
import { RestoreVersion } from "@/components/annotations/restore-version";
import { WordDiff } from "@/components/annotations/word-diff";
import { PageHeader, Section } from "@/components/ui/page-header";
import { formatWhen, TARGET_TYPE_LABELS } from "@/lib/annotations";
import { getCurrentUser } from "@/lib/auth-session";
import { getNoteHistory } from "@/lib/queries/annotations";
import { NoteIdSchema } from "@/lib/annotation-schemas";
import "@/components/annotations/annotations.css";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Note history" };

export default async function NoteHistoryPage({ params }: Props) {
  const raw = (await params).id;
  const parsed = NoteIdSchema.safeParse(raw);
  if (!parsed.success) notFound();
  const user = await getCurrentUser();
  if (!user) redirect(`/login?next=/annotations/${parsed.data}`);
  const history = await getNoteHistory(user, parsed.data);
  if (!history) notFound();
  const { note, revisions } = history;
  return (
    <>
      <PageHeader
        crumbs={[{ href: "/annotations", label: "Notes" }]}
        eyebrow={`${TARGET_TYPE_LABELS[note.target.type]} note`}
        title={
          <>
            History of a note on <Link href={note.target.path}>{note.target.label}</Link>
          </>
        }
      >
        <NoteMeta note={note} />
      </PageHeader>
      <Section title={`Current text (version ${note.version})`} id="current">
        {note.redacted ? <p className="muted">{note.text}</p> : <div className="note-body" data-testid="current-text" dangerouslySetInnerHTML={{ __html: note.html }} />}
      </Section>
      <Section title="Versions" hint="newest first; each with what changed from the one before" id="versions">
        <ol className="plain history" reversed>
          {revisions.map((r, i) => {
            const previous = revisions[i + 1];
            return (
              <li key={r.version} data-version={r.version}>
                <h3>
                  Version {r.version} <span className="muted small">— {r.change}, by {r.author}, {formatWhen(r.createdAt)}</span>
                </h3>
                {previous ? <WordDiff before={previous.body} after={r.body} /> : <p className="small muted">The first version.</p>}
                <details>
                  <summary>Version {r.version} as it reads</summary>
                  <div className="note-body" dangerouslySetInnerHTML={{ __html: r.html }} />
                </details>
                {r.version !== note.version && note.can.edit ? <RestoreVersion id={note.id} version={note.version} fromVersion={r.version} /> : null}
              </li>
            );
          })}
        </ol>
      </Section>
    </>
  );
}
