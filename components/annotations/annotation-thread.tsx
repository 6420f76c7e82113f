import { getCurrentUser } from "@/lib/auth-session";
import type { TargetType } from "@/lib/annotations";
import { hasRole } from "@/lib/permissions";
import { listNotesForTarget } from "@/lib/queries/annotations";
import { NotePanel } from "./note-panel";
import "./annotations.css";

/**
 * The notes beside an entry (a conflict, mission, mandate clause, figure, argument or actor): a count
 * badge and the thread for signed-in readers, and an "Annotate" button for analysts. Visitors who
 * are not signed in see nothing here: notes are the team's working judgement.
 */
export async function AnnotationThread({ type, entryKey, label }: { type: TargetType; entryKey: string; label: string }) {
  const user = await getCurrentUser();
  if (!user) return null;
  const target = { type, key: entryKey };
  const notes = await listNotesForTarget(user, target);
  const canWrite = hasRole(user, "analyst");
  if (notes.length === 0 && !canWrite) return null;
  return <NotePanel target={target} label={label} notes={notes} canWrite={canWrite} userId={user.id} />;
}
