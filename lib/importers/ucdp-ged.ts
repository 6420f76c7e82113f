import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { readCsv } from "./csv";
import { codeCell, countCell, dayCell, gedRegionCell, idCell, numberCell, shown, textCell, validateRow, yearCell } from "./fields";
import { checkRange } from "./figures";
import { readGeoJsonFeatures } from "./geojson";
import { isUniqueViolation, type ImportContext } from "./run";
import type { ImportError } from "./types";
import type { Dialect } from "./dialect";

/**
 * UCDP Georeferenced Event Dataset, as CSV (GED's 49 columns) or as a GeoJSON FeatureCollection
 * (GED columns as properties, coordinates in a Point geometry): one GedEvent per event, then the
 * release's aggregate figures computed in SQL (derived figures: per UCDP id and year, per
 * state-based conflict and month, per country and year).
 */
export const gedRow = z.object({
  id: idCell(),
  relid: textCell(),
  year: yearCell(),
  type_of_violence: codeCell([1, 2, 3], "state-based, non-state, one-sided"),
  conflict_new_id: idCell(),
  conflict_name: textCell({ required: true }),
  dyad_new_id: idCell(),
  dyad_name: textCell({ required: true }),
  side_a: textCell({ required: true }),
  side_b: textCell({ required: true }),
  country_id: idCell(),
  country: textCell({ required: true }),
  region: gedRegionCell(),
  latitude: numberCell({ min: -90, max: 90 }),
  longitude: numberCell({ min: -180, max: 180 }),
  where_description: textCell(),
  adm_1: textCell(),
  adm_2: textCell(),
  date_start: dayCell(),
  date_end: dayCell(),
  deaths_a: countCell(),
  deaths_b: countCell(),
  deaths_civilians: countCell(),
  deaths_unknown: countCell(),
  best: countCell(),
  high: countCell(),
  low: countCell(),
});
type GedRow = z.output<typeof gedRow>;

export const gedColumns = {
  required: Object.keys(gedRow.shape) as (keyof typeof gedRow.shape)[],
  schema: gedRow,
} as const;
/** GeoJSON puts the coordinates in the geometry; the other columns are properties. */
const gedProperties = gedColumns.required.filter((name) => name !== "latitude" && name !== "longitude");

const VIOLENCE = `CASE "typeOfViolence" WHEN 1 THEN 'state-based' WHEN 2 THEN 'non-state' ELSE 'one-sided' END`;
/** "2013-01" from the year and month columns (portable: no printf/format). */
const MONTH_TEXT = `CAST("year" AS TEXT) || '-' || CASE WHEN "month" < 10 THEN '0' ELSE '' END || CAST("month" AS TEXT)`;

/**
 * Portable SQL (SQLite and PostgreSQL): the release's aggregates, summed from its events.
 *
 * One pass over the events: `cells` sums them into a temporary table per UCDP id, country, type
 * of violence, year and month (about a third as many rows as events, and narrow); each
 * `figures` statement is then one INSERT … SELECT … GROUP BY over those cells; `drop` removes the
 * table. GedEvent rows are wide (30 columns), and reading them is most of an aggregate's cost, so
 * they are read once rather than once per aggregate: for 300,000 events one 0.4 s pass, then
 * under 0.1 s of grouping per aggregate; the rest is inserting the figures (about 0.3 s for the
 * 60,000 conflict-months of bench/ged-generator.ts's file). Sums and MAX of names over cells
 * equal those over the events.
 *
 * `cells` takes the first and last GedEvent id of the release, and its Source id. The events of a
 * release are inserted in one transaction, so they are read as one range of ids in table order;
 * the unary "+" keeps SQLite from walking the (sourceId, …) indexes instead, which costs a random
 * table read per event (3.2 s instead of 0.6 s for 300,000 events; unary plus is SQLite's
 * documented way to disqualify an index, https://sqlite.org/optoverview.html#disqualifying_where_clause_terms_using_unary_,
 * and plain arithmetic elsewhere). The sourceId test stays so a concurrent writer on a database
 * whose ids interleave (PostgreSQL sequences) cannot leak into the sums.
 *
 * Row keys locate each sum in the events (the events whose columns have these values):
 * conflict_new_id=…;year=… for a state-based conflict-year (…;type_of_violence=2|3 for the
 * non-state conflicts and one-sided actors, which UCDP numbers with ids of their own),
 * conflict_new_id=…;year=…;month=… for a state-based conflict-month (month of date_start),
 * country_id=…;year=…;type_of_violence=… for a country-year.
 */
export const GED_AGGREGATES_SQL = {
  cells: `CREATE TEMP TABLE "ged_cells" AS
   SELECT "sourceId", "conflictNewId", "countryId", "typeOfViolence", "year", "month",
     SUM("best") AS "best", SUM("low") AS "low", SUM("high") AS "high", MAX("conflictName") AS "conflictName", MAX("country") AS "country"
   FROM "GedEvent"
   WHERE "id" BETWEEN ? AND ? AND +"sourceId" = ?
   GROUP BY "sourceId", "conflictNewId", "countryId", "typeOfViolence", "year", "month"`,
  figures: [
    // (a) fatalities per UCDP id and year: state-based conflicts, non-state conflicts, one-sided actors
    `INSERT INTO "Figure" ("measure", "unit", "best", "low", "high", "qualifier", "year", "subject", "ucdpConflictId", "variant",
       "sourceId", "rowKey")
     SELECT 'fatalities', 'deaths', SUM("best"), SUM("low"), SUM("high"), 'exact', "year",
       MAX("conflictName") || ' – ' || ${VIOLENCE} || ' violence (UCDP GED events)',
       "conflictNewId", ${VIOLENCE}, "sourceId",
       'conflict_new_id=' || CAST("conflictNewId" AS TEXT) || ';year=' || CAST("year" AS TEXT) ||
         CASE WHEN "typeOfViolence" = 1 THEN '' ELSE ';type_of_violence=' || CAST("typeOfViolence" AS TEXT) END
     FROM "ged_cells"
     GROUP BY "sourceId", "conflictNewId", "year", "typeOfViolence"`,
    // (b) state-based fatalities per UCDP conflict and month (the month of date_start)
    `INSERT INTO "Figure" ("measure", "unit", "best", "low", "high", "qualifier", "year", "month", "periodStart", "periodEnd", "subject",
       "ucdpConflictId", "variant", "sourceId", "rowKey")
     SELECT 'fatalities', 'deaths', SUM("best"), SUM("low"), SUM("high"), 'exact', "year", "month", ${MONTH_TEXT}, ${MONTH_TEXT},
       MAX("conflictName") || ' – state-based violence per month (UCDP GED events)',
       "conflictNewId", 'state-based', "sourceId",
       'conflict_new_id=' || CAST("conflictNewId" AS TEXT) || ';year=' || CAST("year" AS TEXT) || ';month=' || CAST("month" AS TEXT)
     FROM "ged_cells"
     WHERE "typeOfViolence" = 1
     GROUP BY "sourceId", "conflictNewId", "year", "month"`,
    // (c) fatalities per country, year and type of violence
    `INSERT INTO "Figure" ("measure", "unit", "best", "low", "high", "qualifier", "year", "subject", "gwno", "variant",
       "sourceId", "rowKey")
     SELECT 'fatalities', 'deaths', SUM("best"), SUM("low"), SUM("high"), 'exact', "year",
       MAX("country") || ' – ' || ${VIOLENCE} || ' violence (UCDP GED events)',
       "countryId", ${VIOLENCE}, "sourceId",
       'country_id=' || CAST("countryId" AS TEXT) || ';year=' || CAST("year" AS TEXT) ||
         ';type_of_violence=' || CAST("typeOfViolence" AS TEXT)
     FROM "ged_cells"
     GROUP BY "sourceId", "countryId", "year", "typeOfViolence"`,
  ],
  drop: `DROP TABLE "ged_cells"`,
} as const;

/** A GeoJSON property as the text a CSV cell would hold (numbers arrive as their JSON text). */
function asCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A feature → cells (as a CSV row would have them), or the feature's errors. */
function featureCells(feature: unknown, line: number): { cells: Record<string, string> } | { errors: ImportError[] } {
  if (!isRecord(feature) || feature.type !== "Feature") {
    return { errors: [{ line, column: "type", value: isRecord(feature) ? asCell(feature.type) : "", expected: '"Feature"' }] };
  }
  const props = feature.properties;
  if (!isRecord(props)) return { errors: [{ line, column: "properties", value: shown(asCell(props)), expected: "an object of GED columns" }] };
  const errors: ImportError[] = [];
  const cells: Record<string, string> = {};
  for (const name of gedProperties) {
    if (!(name in props)) {
      errors.push({ line, column: name, value: "", expected: `a property "${name}" (GED features need ${gedProperties.join(", ")})` });
    } else cells[name] = asCell(props[name]);
  }
  const geometry = feature.geometry;
  if (isRecord(geometry)) {
    const coords = geometry.coordinates;
    if (geometry.type !== "Point" || !Array.isArray(coords) || coords.length < 2) {
      errors.push({ line, column: "geometry", value: shown(JSON.stringify(geometry)), expected: "a Point with [longitude, latitude]" });
    } else {
      cells.longitude = asCell(coords[0]);
      cells.latitude = asCell(coords[1]);
    }
  } else if ("latitude" in props && "longitude" in props) {
    cells.latitude = asCell(props.latitude);
    cells.longitude = asCell(props.longitude);
  } else {
    errors.push({ line, column: "geometry", value: asCell(geometry), expected: "a Point with [longitude, latitude]" });
  }
  return errors.length > 0 ? { errors } : { cells };
}

/** GeoJSON by extension; for a name that says neither (.txt, .tmp), by the first character of the file. */
function isGeoJson(ctx: ImportContext): boolean {
  const ext = path.extname(ctx.fileName).toLowerCase();
  if (ext === ".geojson" || ext === ".json") return true;
  if (ext === ".csv" || ext === ".tsv") return false;
  const head = Buffer.alloc(64);
  const fd = fs.openSync(ctx.options.file, "r");
  try {
    const n = fs.readSync(fd, head, 0, head.length, 0);
    return /^(\uFEFF)?\s*\{/.test(head.subarray(0, n).toString("utf8"));
  } finally {
    fs.closeSync(fd);
  }
}

type GedCells = { line: number; cells: Record<string, string>; feature?: number; dialect?: Dialect };

async function* geoJsonRows(ctx: ImportContext): AsyncGenerator<GedCells> {
  for await (const { line, index, feature } of readGeoJsonFeatures(ctx)) {
    const result = featureCells(feature, line);
    if ("errors" in result) ctx.rowErrors(result.errors.map((e) => ({ ...e, feature: index })));
    else yield { line, cells: result.cells, feature: index };
  }
}

export async function importGed(ctx: ImportContext): Promise<void> {
  // Positional parameters: binding 30 named ones per event costs more than the insert itself.
  const insert = ctx.db.prepare(
    `INSERT INTO "GedEvent" ("sourceId", "gedId", "relid", "year", "month", "typeOfViolence", "conflictNewId", "conflictName",
       "dyadNewId", "dyadName", "sideA", "sideB", "countryId", "country", "region", "latitude", "longitude", "whereDescription",
       "adm1", "adm2", "dateStart", "dateEnd", "deathsA", "deathsB", "deathsCivilians", "deathsUnknown", "best", "high", "low", "rowNumber")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const firstLine = ctx.db.prepare(`SELECT "rowNumber" FROM "GedEvent" WHERE "sourceId" = ? AND "gedId" = ?`);
  let written = 0;
  let firstId: number | null = null;
  let lastId = 0;

  const rows: AsyncIterable<GedCells> = isGeoJson(ctx) ? geoJsonRows(ctx) : readCsv(ctx, gedColumns);
  for await (const { line, cells, feature, dialect } of rows) {
    const parsed = validateRow(gedRow, cells, line, dialect);
    if (!parsed.ok) {
      ctx.rowErrors(feature === undefined ? parsed.errors : parsed.errors.map((e) => ({ ...e, feature })));
      continue;
    }
    const r: GedRow = parsed.value;
    if (checkRange(ctx, line, { low: "low", best: "best", high: "high" }, r, feature) === null || ctx.failed) continue;

    const sourceId = ctx.sourceId();
    try {
      const { lastInsertRowid } = insert.run(
        sourceId,
        r.id,
        r.relid,
        r.year,
        r.date_start.month,
        r.type_of_violence,
        r.conflict_new_id,
        r.conflict_name,
        r.dyad_new_id,
        r.dyad_name,
        r.side_a,
        r.side_b,
        r.country_id,
        r.country,
        r.region,
        r.latitude,
        r.longitude,
        r.where_description,
        r.adm_1,
        r.adm_2,
        r.date_start.date,
        r.date_end.date,
        r.deaths_a,
        r.deaths_b,
        r.deaths_civilians,
        r.deaths_unknown,
        r.best,
        r.high,
        r.low,
        line,
      );
      lastId = Number(lastInsertRowid);
      firstId ??= lastId;
      written++;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const first = firstLine.get(sourceId, r.id) as { rowNumber: number } | undefined;
      ctx.rowErrors([
        { line, column: "id", value: String(r.id), expected: `a unique event id (line ${first?.rowNumber ?? "?"} has the same)`, ...(feature ? { feature } : {}) },
      ]);
    }
  }
  if (written > 0) ctx.wrote("GedEvent", written);

  if (ctx.failed || firstId === null) return;
  const sourceId = ctx.sourceId();
  // Inside the import's transaction: a rollback (a rejected file, a dry run) takes the temporary table with it.
  ctx.db.prepare(GED_AGGREGATES_SQL.cells).run(firstId, lastId, sourceId);
  for (const sql of GED_AGGREGATES_SQL.figures) ctx.derived(ctx.db.prepare(sql).run().changes);
  ctx.db.exec(GED_AGGREGATES_SQL.drop);
}
