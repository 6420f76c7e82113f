import Link from "next/link";
import { datasets } from "@/lib/importers/datasets";
import type { DatasetKey } from "@/lib/importers/types";
import { getRevisions, listRevisionPairs, type RevisionChange } from "@/lib/queries/imports";
import { RevisionRows } from "./revision-rows";

export const REVISIONS_PAGE_SIZE = 100;

export type RevisionSelection = { from: number; to: number; change?: RevisionChange; page: number };

export function revisionsHref(from: number, to: number, change?: RevisionChange, page = 1): string {
  const params = new URLSearchParams({ revisions: `${from}-${to}` });
  if (change) params.set("change", change);
  if (page > 1) params.set("page", String(page));
  return `/imports?${params.toString()}#revisions`;
}

/** Consecutive releases of each data set with how many values were revised, added and removed between them. */
export function RevisionPairs({ selected }: { selected?: RevisionSelection }) {
  const pairs = listRevisionPairs();
  if (pairs.length === 0) return <p className="muted">Every data set has one release so far: there is nothing to compare.</p>;
  return (
    <div className="table-scroll">
      <table className="plain" data-table="revision-pairs">
        <caption className="sr-only">Revisions between consecutive releases</caption>
        <thead>
          <tr>
            <th scope="col">Data set</th>
            <th scope="col">Releases</th>
            <th scope="col" className="num">
              Revised
            </th>
            <th scope="col" className="num">
              Added
            </th>
            <th scope="col" className="num">
              Removed
            </th>
          </tr>
        </thead>
        <tbody>
          {pairs.map(({ dataset, from, to, counts }) => {
            const current = selected?.from === from.id && selected.to === to.id;
            const cell = (change: RevisionChange) =>
              counts[change] > 0 ? (
                <Link href={revisionsHref(from.id, to.id, change)} aria-current={current && selected?.change === change ? "true" : undefined}>
                  {counts[change].toLocaleString("en-GB")}
                </Link>
              ) : (
                "0"
              );
            return (
              <tr key={`${from.id}-${to.id}`}>
                <td>{datasets[dataset].shortName}</td>
                <td>
                  <Link href={revisionsHref(from.id, to.id)} aria-current={current && !selected?.change ? "true" : undefined}>
                    {from.version} → {to.version}
                  </Link>
                </td>
                <td className="num">{cell("changed")}</td>
                <td className="num">{cell("added")}</td>
                <td className="num">{cell("removed")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The revised values of one pair of releases, a page at a time. */
export function RevisionDetails({ selection }: { selection: RevisionSelection }) {
  const pair = listRevisionPairs().find((p) => p.from.id === selection.from && p.to.id === selection.to);
  if (!pair) {
    return <p className="notice warn">Those two releases are not consecutive releases of one data set. Choose a pair in the table above.</p>;
  }
  const dataset: DatasetKey = pair.dataset;
  const offset = (selection.page - 1) * REVISIONS_PAGE_SIZE;
  const r = getRevisions(dataset, pair.from.id, pair.to.id, { change: selection.change, limit: REVISIONS_PAGE_SIZE, offset });
  const pages = Math.max(1, Math.ceil(r.total / REVISIONS_PAGE_SIZE));
  const which = selection.change ? { changed: "revised", added: "added", removed: "removed" }[selection.change] : "revised, added and removed";
  return (
    <div>
      <RevisionRows
        rows={r.rows}
        fromLabel={pair.from.shortTitle}
        toLabel={pair.to.shortTitle}
        caption={`${datasets[dataset].shortName} ${pair.from.version} → ${pair.to.version}: values ${which}, ${r.total === 0 ? "none" : `${offset + 1}–${Math.min(offset + REVISIONS_PAGE_SIZE, r.total)} of ${r.total.toLocaleString("en-GB")}`}`}
      />
      {pages > 1 ? (
        <nav aria-label="Revision pages" className="dt-pagination">
          {selection.page > 1 ? <Link href={revisionsHref(pair.from.id, pair.to.id, selection.change, selection.page - 1)}>Previous</Link> : null}
          <span>
            Page {selection.page} of {pages}
          </span>
          {selection.page < pages ? <Link href={revisionsHref(pair.from.id, pair.to.id, selection.change, selection.page + 1)}>Next</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
