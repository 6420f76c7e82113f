import { z } from "zod";
import { readCsv } from "./csv";
import { codeCell, idCell, intCell, partialDateCell, textCell, ucdpRegionCell, validateRow, versionCell, yearCell } from "./fields";
import { isUniqueViolation, type ImportContext } from "./run";

/**
 * UCDP/PRIO Armed Conflict Dataset (ucdp-prio-acd-v22.1.csv): one AcdConflictYear per row.
 * Text stays as written (an empty cell is ""), empty integers become NULL where the column is
 * nullable (start_prec, start_prec2). Columns the model does not keep (actor ids, gwno_a …,
 * ep_end_prec) are not read.
 */
export const acdRow = z.object({
  conflict_id: idCell(),
  location: textCell({ required: true }),
  side_a: textCell({ required: true }),
  side_a_2nd: textCell(),
  side_b: textCell({ required: true }),
  side_b_2nd: textCell(),
  incompatibility: codeCell([1, 2, 3], "territory, government, both"),
  territory_name: textCell(),
  year: yearCell(),
  intensity_level: codeCell([1, 2], "minor, war"),
  cumulative_intensity: codeCell([0, 1]),
  type_of_conflict: codeCell([1, 2, 3, 4], "extrasystemic, interstate, intrastate, internationalised intrastate"),
  start_date: partialDateCell(),
  start_prec: intCell({ min: 0, nullable: true }),
  start_date2: partialDateCell(),
  start_prec2: intCell({ min: 0, nullable: true }),
  ep_end: codeCell([0, 1]),
  ep_end_date: partialDateCell({ optional: true }),
  region: ucdpRegionCell(),
  gwno_loc: textCell({ required: true }),
  version: versionCell().optional(),
});

export const acdColumns = {
  required: [
    "conflict_id",
    "location",
    "side_a",
    "side_a_2nd",
    "side_b",
    "side_b_2nd",
    "incompatibility",
    "territory_name",
    "year",
    "intensity_level",
    "cumulative_intensity",
    "type_of_conflict",
    "start_date",
    "start_prec",
    "start_date2",
    "start_prec2",
    "ep_end",
    "ep_end_date",
    "region",
    "gwno_loc",
  ],
  optional: ["version"],
  schema: acdRow,
} as const;

export async function importAcd(ctx: ImportContext): Promise<void> {
  const insert = ctx.db.prepare(
    `INSERT INTO "AcdConflictYear" ("sourceId", "conflictId", "year", "location", "sideA", "sideA2nd", "sideB", "sideB2nd",
       "incompatibility", "territoryName", "intensityLevel", "cumulativeIntensity", "typeOfConflict", "startDate", "startPrec",
       "startDate2", "startPrec2", "epEnd", "epEndDate", "region", "gwnoLoc", "rowNumber")
     VALUES (@sourceId, @conflictId, @year, @location, @sideA, @sideA2nd, @sideB, @sideB2nd,
       @incompatibility, @territoryName, @intensityLevel, @cumulativeIntensity, @typeOfConflict, @startDate, @startPrec,
       @startDate2, @startPrec2, @epEnd, @epEndDate, @region, @gwnoLoc, @rowNumber)`,
  );
  const firstLine = ctx.db.prepare(`SELECT "rowNumber" FROM "AcdConflictYear" WHERE "sourceId" = ? AND "conflictId" = ? AND "year" = ?`);

  for await (const { line, cells, dialect } of readCsv(ctx, acdColumns)) {
    const parsed = validateRow(acdRow, cells, line, dialect);
    if (!parsed.ok) {
      ctx.rowErrors(parsed.errors);
      continue;
    }
    const r = parsed.value;
    if (r.version !== undefined && !ctx.fileVersion(r.version, line)) continue;
    if (ctx.failed) continue;

    const sourceId = ctx.sourceId();
    try {
      insert.run({
        sourceId,
        conflictId: r.conflict_id,
        year: r.year,
        location: r.location,
        sideA: r.side_a,
        sideA2nd: r.side_a_2nd,
        sideB: r.side_b,
        sideB2nd: r.side_b_2nd,
        incompatibility: r.incompatibility,
        territoryName: r.territory_name,
        intensityLevel: r.intensity_level,
        cumulativeIntensity: r.cumulative_intensity,
        typeOfConflict: r.type_of_conflict,
        startDate: r.start_date,
        startPrec: r.start_prec,
        startDate2: r.start_date2,
        startPrec2: r.start_prec2,
        epEnd: r.ep_end,
        epEndDate: r.ep_end_date,
        region: r.region,
        gwnoLoc: r.gwno_loc,
        rowNumber: line,
      });
      ctx.wrote("AcdConflictYear");
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const first = firstLine.get(sourceId, r.conflict_id, r.year) as { rowNumber: number } | undefined;
      ctx.rowErrors([
        {
          line,
          column: "conflict_id, year",
          value: `${r.conflict_id}, ${r.year}`,
          expected: `one row per conflict and year (line ${first?.rowNumber ?? "?"} has the same)`,
        },
      ]);
    }
  }
}
