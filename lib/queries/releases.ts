import "server-only";
import { getSqlite } from "../db";

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

/** "24.1" > "22.1" > "20.1"; "2016" > "2015"; falls back to text order for anything else. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[^0-9]+/).filter(Boolean).map(Number);
  const pb = b.split(/[^0-9]+/).filter(Boolean).map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return a.localeCompare(b);
}

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
