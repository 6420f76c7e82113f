-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_FigureComparison" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "consistent" BOOLEAN NOT NULL DEFAULT false
);
INSERT INTO "new_FigureComparison" ("id", "key", "note", "title") SELECT "id", "key", "note", "title" FROM "FigureComparison";
DROP TABLE "FigureComparison";
ALTER TABLE "new_FigureComparison" RENAME TO "FigureComparison";
CREATE UNIQUE INDEX "FigureComparison_key_key" ON "FigureComparison"("key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Backfill (data): the curated judgement for comparisons already in a database (seed/data/comparisons.ts),
-- so an existing database words them as a fresh seed does before it is seeded again.
UPDATE "FigureComparison" SET "consistent" = true
WHERE "key" IN ('brd:ukraine:2016-2021', 'brd:nagorno-karabakh:2020', 'personnel:nk-contingent', 'duration:nk-war-2020');
