import Link from "next/link";
import { datasets } from "@/lib/importers/datasets";
import type { DatasetKey } from "@/lib/importers/types";
import { getRevisions, newestTwoReleases } from "@/lib/queries/imports";
import { revisionsHref } from "./revision-pairs";
import { RevisionRows } from "./revision-rows";

/** Rows shown per data set on a conflict's page; the rest are a link away. */
const SHOWN = 50;

/** The UCDP data sets whose revisions concern a conflict (their values map to it through ConflictUcdpLink). */
const CONFLICT_DATASETS: DatasetKey[] = ["ucdp-brd", "ucdp-acd", "ucdp-ged"];

/**
 * A conflict's revisions: for each UCDP data set with two or more releases, what changed between
 * the two newest for this conflict's UCDP ids and years (BRD dyad-years, ACD intensity, type and
 * dates, GED conflict-year sums). A server component: place it on a page as
 *   <RevisionsTable conflictId={conflict.id} />
 */
export function RevisionsTable({ conflictId, headingLevel = 3 }: { conflictId: number; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const sets = CONFLICT_DATASETS.flatMap((dataset) => {
    const pair = newestTwoReleases(dataset);
    // The first rows only: a release that adds a conflict's monthly figures revises hundreds of values.
    return pair ? [{ dataset, pair, revisions: getRevisions(dataset, pair.from.id, pair.to.id, { conflictId, limit: SHOWN }) }] : [];
  });
  if (sets.length === 0) {
    return <p className="muted">One release of each UCDP data set is imported, so nothing has been revised yet.</p>;
  }
  return (
    <div className="revisions-by-dataset">
      {sets.map(({ dataset, pair, revisions }) => {
        const { changed, added, removed } = revisions.counts;
        const title = `${datasets[dataset].shortName}: ${pair.from.version} → ${pair.to.version}`;
        return (
          <div key={dataset} data-dataset={dataset}>
            <Heading style={{ fontSize: "1rem", marginTop: "0.75rem" }}>{title}</Heading>
            {revisions.total === 0 ? (
              <p className="muted">No value of this conflict changed between {pair.from.shortTitle} and {pair.to.shortTitle}.</p>
            ) : (
              <>
                <RevisionRows
                  rows={revisions.rows}
                  fromLabel={pair.from.shortTitle}
                  toLabel={pair.to.shortTitle}
                  caption={`${title}: ${changed} revised, ${added} added, ${removed} removed${revisions.total > revisions.rows.length ? `; the first ${revisions.rows.length} shown` : ""}`}
                />
                {revisions.total > revisions.rows.length ? (
                  <p className="small">
                    <Link href={revisionsHref(pair.from.id, pair.to.id)}>Every value revised between {pair.from.shortTitle} and {pair.to.shortTitle}</Link>, a page at a time, on
                    /imports.
                  </p>
                ) : null}
              </>
            )}
          </div>
        );
      })}
    </div>
  );
}
