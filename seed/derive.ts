import type { Database } from "../lib/db-core";
import type { ComparisonSeed } from "./data/comparisons";
import { compareVersions } from "../lib/versions";
import { deleteOthers, insert, upsert } from "./sql";

/**
 * Facts the seed derives from imported data sets rather than typing them: conflict start and
 * end dates from the UCDP/PRIO ACD, and the UCDP side of each comparison (sums over the
 * imported BRD rows). Each derived value cites the release and the rows it came from.
 */

type AcdRow = { conflictId: number; year: number; startDate: string; epEnd: number; epEndDate: string | null };

/** Start date: the earliest ACD start_date among the conflict's UCDP ids (inside the link's years); end date for ended conflicts: the last episode's end. */
export function deriveConflictDates(db: Database): number {
  const acd = db
    .prepare(`SELECT id, version FROM "Source" WHERE dataset = 'ucdp-acd' ORDER BY id`)
    .all() as { id: number; version: string }[];
  const release = acd.sort((a, b) => compareVersions(b.version, a.version))[0];
  if (!release) return 0;
  const conflicts = db.prepare(`SELECT id, slug, status, "startDate", "startCitationId" FROM "Conflict"`).all() as {
    id: number;
    slug: string;
    status: string;
    startDate: string | null;
    startCitationId: number | null;
  }[];
  const rowsFor = db.prepare(
    `SELECT a."conflictId" AS "conflictId", a.year, a."startDate" AS "startDate", a."epEnd" AS "epEnd", a."epEndDate" AS "epEndDate"
     FROM "AcdConflictYear" a JOIN "ConflictUcdpLink" l ON l."ucdpConflictId" = a."conflictId"
      AND a.year BETWEEN COALESCE(l."fromYear", 0) AND COALESCE(l."toYear", 9999)
     WHERE l."conflictId" = ? AND a."sourceId" = ? ORDER BY a.year, a."conflictId"`,
  );
  let updated = 0;
  for (const c of conflicts) {
    // A date typed in seed/data (with its own citation) wins over the derived one.
    const citation = c.startCitationId ? (db.prepare(`SELECT "sourceId", "rowKey" FROM "Citation" WHERE id = ?`).get(c.startCitationId) as { sourceId: number; rowKey: string | null }) : null;
    if (c.startDate && citation && citation.rowKey === null) continue;
    const rows = rowsFor.all(c.id, release.id) as AcdRow[];
    if (rows.length === 0) continue;
    const linkFrom = (db.prepare(`SELECT MIN(COALESCE("fromYear", 0)) AS y FROM "ConflictUcdpLink" WHERE "conflictId" = ?`).get(c.id) as { y: number }).y;
    // For a link limited to some years (the 2008 war inside conflict 393), the first active year is the start.
    const first = rows.reduce((a, b) => (b.startDate < a.startDate ? b : a));
    const startDate = linkFrom > 0 ? String(rows[0]!.year) : first.startDate;
    const startKey = linkFrom > 0 ? `conflict_id=${rows[0]!.conflictId};year=${rows[0]!.year}` : `conflict_id=${first.conflictId};year=${first.year}`;
    const last = rows[rows.length - 1]!;
    const ended = (c.status === "ended" || c.status === "frozen") && last.epEnd === 1 && last.epEndDate;
    const endDate = ended ? last.epEndDate : null;
    const rowKey = ended ? `${startKey} (start_date); conflict_id=${last.conflictId};year=${last.year} (ep_end_date)` : `${startKey} (start_date)`;
    const note = linkFrom > 0 ? "first year of the UCDP conflict inside the years Parallax maps to this conflict" : "ACD start_date: the first battle-related death of the conflict";
    let citationId = c.startCitationId;
    if (citationId) db.prepare(`UPDATE "Citation" SET "sourceId" = ?, "rowKey" = ?, note = ?, quote = NULL, "articleId" = NULL, "lineStart" = NULL, "lineEnd" = NULL, section = NULL WHERE id = ?`).run(release.id, rowKey, note, citationId);
    else citationId = insert(db, "Citation", { sourceId: release.id, rowKey, note });
    db.prepare(`UPDATE "Conflict" SET "startDate" = ?, "endDate" = ?, "startCitationId" = ? WHERE id = ?`).run(startDate, endDate, citationId, c.id);
    updated++;
  }
  return updated;
}

/** Derived figures carry the release key in theirs: "ucdp-brd@24.1:brd:ukraine:2014:1". */
const DERIVED = `key LIKE '%@%:%'`;

/**
 * Before the curated data is written: drops derived figures of comparisons or conflicts the data
 * no longer holds (they would block deleting those rows). The rest are updated in place by
 * deriveComparisonFigures, so their ids stay stable across runs.
 */
export function pruneDerivedFigures(db: Database, comparisons: ComparisonSeed[], conflictSlugs: string[]): void {
  const keys = comparisons.map((c) => c.key);
  db.prepare(
    `DELETE FROM "Figure" WHERE ${DERIVED} AND ("comparisonKey" NOT IN (${keys.map(() => "?").join(",") || "NULL"})
       OR "conflictId" NOT IN (SELECT id FROM "Conflict" WHERE slug IN (${conflictSlugs.map(() => "?").join(",") || "NULL"})))`,
  ).run(...keys, ...conflictSlugs);
}

/** The UCDP side of each comparison, for every BRD release imported: computed in SQL from the rows. */
export function deriveComparisonFigures(db: Database, comparisons: ComparisonSeed[]): number {
  const releases = db.prepare(`SELECT id, key, version, "fileName" FROM "Source" WHERE dataset = 'ucdp-brd'`).all() as {
    id: number;
    key: string;
    version: string;
    fileName: string | null;
  }[];
  const made: number[] = [];
  for (const release of releases) {
    for (const c of comparisons) {
      const conflictId = (db.prepare(`SELECT id FROM "Conflict" WHERE slug = ?`).get(c.conflict) as { id: number } | undefined)?.id ?? null;
      c.ucdp.forEach((agg, i) => {
        const ids = agg.ucdpConflictIds.join(",");
        const yearly = db
          .prepare(
            `SELECT year, SUM(best) AS best, SUM(low) AS low, SUM(high) AS high, COUNT(*) AS n
             FROM "Figure" WHERE "sourceId" = ? AND measure = 'battle_related_deaths'
               AND "ucdpConflictId" IN (${agg.ucdpConflictIds.map(() => "?").join(",")}) AND year BETWEEN ? AND ?
             GROUP BY year ORDER BY year`,
          )
          .all(release.id, ...agg.ucdpConflictIds, agg.years[0], agg.years[1]) as { year: number; best: number; low: number; high: number; n: number }[];
        if (yearly.length === 0) return;
        const pick =
          agg.pick === "max-year"
            ? yearly.reduce((a, b) => (b.best > a.best ? b : a))
            : yearly.reduce((a, b) => ({ year: a.year, best: a.best + b.best, low: a.low + b.low, high: a.high + b.high, n: a.n + b.n }));
        const years = agg.years[0] === agg.years[1] ? String(agg.years[0]) : `${agg.years[0]}-${agg.years[1]}`;
        made.push(upsert(db, "Figure", { key: `${release.key}:${c.key}:${i + 1}` }, {
          measure: "battle_related_deaths",
          unit: "deaths",
          best: pick.best,
          low: pick.low,
          high: pick.high,
          qualifier: "exact",
          year: agg.pick === "max-year" ? pick.year : agg.years[0],
          periodStart: agg.pick === "max-year" ? String(pick.year) : String(agg.years[0]),
          periodEnd: agg.pick === "max-year" ? String(pick.year) : String(agg.years[1]),
          subject: agg.subject,
          conflictId,
          variant: agg.pick === "max-year" ? `highest year ${years}` : "sum of dyads",
          sourceId: release.id,
          rowKey: `conflict_id in (${ids});year=${years}`,
          comparisonKey: c.key,
          note:
            agg.pick === "max-year"
              ? `Highest yearly total (${pick.year}) of bd_best over the ${ids} rows, ${years}; computed by Parallax from ${release.fileName ?? "the release"}.`
              : `Sum of bd_best (low, high: bd_low, bd_high) over ${pick.n} dyad-year rows of UCDP conflicts ${ids}, ${years}; computed by Parallax from ${release.fileName ?? "the release"}.`,
        }));
      });
    }
  }
  deleteOthers(db, "Figure", made, DERIVED);
  return made.length;
}
