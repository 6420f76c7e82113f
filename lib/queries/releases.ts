import "server-only";
import { getSqlite } from "../db";
import { compareVersions } from "../versions";

export { compareVersions };

export type ReleaseRow = {
  id: number;
  key: string;
  dataset: string;
  version: string;
  shortTitle: string;
  importedAt: string | null;
  rowCount: number | null;
  note: string | null;
};

export function listReleases(): ReleaseRow[] {
  return getSqlite()
    .prepare(
      `SELECT id, key, dataset, version, "shortTitle", "importedAt", "rowCount", note
       FROM "Source" WHERE dataset IS NOT NULL AND version IS NOT NULL ORDER BY dataset, id`,
    )
    .all() as ReleaseRow[];
}

/** The newest release of each data set: what Parallax shows unless a view asks for another. */
export function latestReleases(): Map<string, ReleaseRow> {
  const latest = new Map<string, ReleaseRow>();
  for (const r of listReleases()) {
    const current = latest.get(r.dataset);
    if (!current || compareVersions(r.version, current.version) > 0) latest.set(r.dataset, r);
  }
  return latest;
}

export function latestReleaseId(dataset: string): number | null {
  return latestReleases().get(dataset)?.id ?? null;
}
