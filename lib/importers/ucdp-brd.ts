import { z } from "zod";
import { readCsv } from "./csv";
import { idCell, countCell, textCell, ucdpRegionCell, validateRow, versionCell, yearCell } from "./fields";
import { checkRange, figureWriter } from "./figures";
import type { ImportContext } from "./run";

/**
 * UCDP Battle-Related Deaths, dyadic (ucdp-brd-dyadic-v24.1.csv): one Figure per dyad-year,
 * measure battle_related_deaths with UCDP's low/best/high.
 */
export const brdRow = z.object({
  conflict_id: idCell(),
  dyad_id: idCell(),
  location_inc: textCell({ required: true }),
  side_a: textCell({ required: true }),
  side_b: textCell({ required: true }),
  year: yearCell(),
  bd_best: countCell(),
  bd_low: countCell(),
  bd_high: countCell(),
  region: ucdpRegionCell(),
  version: versionCell().optional(),
});

export const brdColumns = {
  required: ["conflict_id", "dyad_id", "location_inc", "side_a", "side_b", "year", "bd_best", "bd_low", "bd_high", "region"],
  optional: ["version"],
  schema: brdRow,
} as const;

export async function importBrd(ctx: ImportContext): Promise<void> {
  const figures = figureWriter(ctx.db);
  for await (const { line, cells, dialect } of readCsv(ctx, brdColumns)) {
    const parsed = validateRow(brdRow, cells, line, dialect);
    if (!parsed.ok) {
      ctx.rowErrors(parsed.errors);
      continue;
    }
    const row = parsed.value;
    if (row.version !== undefined && !ctx.fileVersion(row.version, line)) continue;
    const note = checkRange(ctx, line, { low: "bd_low", best: "bd_best", high: "bd_high" }, { low: row.bd_low, best: row.bd_best, high: row.bd_high });
    if (note === null || ctx.failed) continue;

    const sourceId = ctx.sourceId();
    const rowKey = `conflict_id=${row.conflict_id};dyad_id=${row.dyad_id};year=${row.year}`;
    const ok = figures.insert({
      measure: "battle_related_deaths",
      best: row.bd_best,
      low: row.bd_low,
      high: row.bd_high,
      year: row.year,
      subject: `${row.side_a} – ${row.side_b} (${row.location_inc})`,
      ucdpConflictId: row.conflict_id,
      ucdpDyadId: row.dyad_id,
      sourceId,
      rowKey,
      rowNumber: line,
      note: note || null,
    });
    if (ok) ctx.wrote("Figure");
    else {
      ctx.rowErrors([
        {
          line,
          column: "conflict_id, dyad_id, year",
          value: `${row.conflict_id}, ${row.dyad_id}, ${row.year}`,
          expected: `one row per dyad and year (line ${figures.lineOf(sourceId, rowKey) ?? "?"} has the same)`,
        },
      ]);
    }
  }
}
