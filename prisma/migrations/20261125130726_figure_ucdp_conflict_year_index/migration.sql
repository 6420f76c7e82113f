-- CreateIndex
CREATE INDEX "Figure_ucdpConflictId_year_idx" ON "Figure"("ucdpConflictId", "year");


-- Backfill (data): the GED aggregates lib/importers/ucdp-ged.ts now derives, for GED releases
-- imported before it, so every release has them: non-state conflicts and one-sided actors per
-- UCDP id and year, state-based conflicts per month. Same values and row keys as an import writes;
-- OR IGNORE leaves alone a release that already has them.
INSERT OR IGNORE INTO "Figure" ("measure", "unit", "best", "low", "high", "qualifier", "year", "subject", "ucdpConflictId", "variant",
  "sourceId", "rowKey")
SELECT 'fatalities', 'deaths', SUM("best"), SUM("low"), SUM("high"), 'exact', "year",
  MAX("conflictName") || ' – ' || CASE "typeOfViolence" WHEN 2 THEN 'non-state' ELSE 'one-sided' END || ' violence (UCDP GED events)',
  "conflictNewId", CASE "typeOfViolence" WHEN 2 THEN 'non-state' ELSE 'one-sided' END, "sourceId",
  'conflict_new_id=' || CAST("conflictNewId" AS TEXT) || ';year=' || CAST("year" AS TEXT) || ';type_of_violence=' || CAST("typeOfViolence" AS TEXT)
FROM "GedEvent"
WHERE "typeOfViolence" IN (2, 3)
GROUP BY "sourceId", "conflictNewId", "year", "typeOfViolence";

INSERT OR IGNORE INTO "Figure" ("measure", "unit", "best", "low", "high", "qualifier", "year", "month", "periodStart", "periodEnd", "subject",
  "ucdpConflictId", "variant", "sourceId", "rowKey")
SELECT 'fatalities', 'deaths', SUM("best"), SUM("low"), SUM("high"), 'exact', "year", "month",
  CAST("year" AS TEXT) || '-' || CASE WHEN "month" < 10 THEN '0' ELSE '' END || CAST("month" AS TEXT),
  CAST("year" AS TEXT) || '-' || CASE WHEN "month" < 10 THEN '0' ELSE '' END || CAST("month" AS TEXT),
  MAX("conflictName") || ' – state-based violence per month (UCDP GED events)',
  "conflictNewId", 'state-based', "sourceId",
  'conflict_new_id=' || CAST("conflictNewId" AS TEXT) || ';year=' || CAST("year" AS TEXT) || ';month=' || CAST("month" AS TEXT)
FROM "GedEvent"
WHERE "typeOfViolence" = 1
GROUP BY "sourceId", "conflictNewId", "year", "month";
