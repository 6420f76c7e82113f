"use client";

import Link from "next/link";
import { annotationsTable, type AnnotationRow } from "@/lib/tables/annotations";
import { specDefaults } from "@/lib/tables/fields";
import { DataTable } from "../data-table/data-table";
import { columnsFromFields } from "../data-table/from-fields";

const columns = columnsFromFields<AnnotationRow>(annotationsTable.fields, {
  text: (r) => (
    <Link href={`/annotations/${r.id}`} title="History of this note">
      {r.text}
    </Link>
  ),
  entry: (r) => <Link href={r.entryPath}>{r.entryLabel}</Link>,
  tags: (r) =>
    r.tags.length
      ? r.tags.map((t) => (
          <span key={t} className="tag">
            #{t}{" "}
          </span>
        ))
      : "—",
});
const defaults = specDefaults(annotationsTable);

/**
 * Every note the user may read: sort, filter by author, kind of entry, tag and date, search the text;
 * export the view or every note (the export reads the same notes for the caller's session).
 */
export function AnnotationsTable({ rows }: { rows: AnnotationRow[] }) {
  return <DataTable tableKey={annotationsTable.key} label={annotationsTable.label} columns={columns} data={rows} defaults={defaults} exportTarget={{ table: "annotations" }} />;
}
