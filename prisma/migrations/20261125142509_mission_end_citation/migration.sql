-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Mission" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "kind" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "leadActorId" INTEGER,
    "startDate" TEXT,
    "endDate" TEXT,
    "summary" TEXT NOT NULL,
    "citationId" INTEGER,
    "endCitationId" INTEGER,
    "pkoMissionId" TEXT,
    CONSTRAINT "Mission_leadActorId_fkey" FOREIGN KEY ("leadActorId") REFERENCES "Actor" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Mission_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Mission_endCitationId_fkey" FOREIGN KEY ("endCitationId") REFERENCES "Citation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Mission" ("acronym", "category", "citationId", "endDate", "id", "kind", "leadActorId", "name", "pkoMissionId", "slug", "startDate", "status", "summary") SELECT "acronym", "category", "citationId", "endDate", "id", "kind", "leadActorId", "name", "pkoMissionId", "slug", "startDate", "status", "summary" FROM "Mission";
DROP TABLE "Mission";
ALTER TABLE "new_Mission" RENAME TO "Mission";
CREATE UNIQUE INDEX "Mission_slug_key" ON "Mission"("slug");
CREATE UNIQUE INDEX "Mission_pkoMissionId_key" ON "Mission"("pkoMissionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

