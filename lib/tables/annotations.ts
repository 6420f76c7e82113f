import { TARGET_TYPE_LABELS, type TargetType } from "../annotations";
import type { NoteView } from "../queries/annotations";
import type { TableSpec } from "./fields";

/** One row of /annotations: a note as the table shows, sorts, filters and searches it. */
export type AnnotationRow = {
  id: number;
  text: string;
  entryType: TargetType;
  entryLabel: string;
  entryPath: string;
  author: string;
  tags: string[];
  visibility: "team" | "private";
  createdAt: string;
  updatedAt: string;
  version: number;
};

/** A note the user may read (lib/queries/annotations listVisibleNotes) as a row of the notes table and of its exports. */
export function annotationRow(n: NoteView): AnnotationRow {
  return {
    id: n.id,
    text: n.text,
    entryType: n.target.type,
    entryLabel: n.target.label,
    entryPath: n.target.path,
    author: n.author.name,
    tags: n.tags,
    visibility: n.visibility,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
    version: n.version,
  };
}

/** The notes table, as data (lib/tables/fields.ts): the same fields drive sorting, filters and search. */
export const annotationsTable: TableSpec<AnnotationRow> = {
  key: "notes",
  label: "notes",
  rowId: (r) => String(r.id),
  defaults: { sorting: [{ id: "updated", desc: true }], pagination: { pageIndex: 0, pageSize: 50 } },
  fields: [
    { id: "text", label: "Note", kind: "text", value: (r) => r.text },
    { id: "entry", label: "Entry", kind: "text", value: (r) => r.entryLabel },
    { id: "entryType", label: "Kind of entry", kind: "category", value: (r) => TARGET_TYPE_LABELS[r.entryType] },
    { id: "author", label: "Author", kind: "category", value: (r) => r.author },
    { id: "tags", label: "Tags", kind: "category", value: (r) => (r.tags.length ? r.tags.join(", ") : null), multi: true },
    { id: "visibility", label: "Visibility", kind: "category", value: (r) => r.visibility },
    { id: "updated", label: "Updated", kind: "date", value: (r) => r.updatedAt.slice(0, 10) },
    { id: "created", label: "Written", kind: "date", value: (r) => r.createdAt.slice(0, 10), hidden: true },
    { id: "version", label: "Version", kind: "number", value: (r) => r.version, hidden: true },
  ],
};
