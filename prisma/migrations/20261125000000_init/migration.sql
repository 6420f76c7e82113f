-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "shortTitle" TEXT NOT NULL,
    "publisher" TEXT,
    "authors" TEXT,
    "publishedOn" TEXT,
    "dataset" TEXT,
    "version" TEXT,
    "url" TEXT,
    "licence" TEXT,
    "citation" TEXT NOT NULL,
    "outsideDossier" BOOLEAN NOT NULL DEFAULT false,
    "fileName" TEXT,
    "fileSha256" TEXT,
    "rowCount" INTEGER,
    "importedAt" DATETIME,
    "importedBy" TEXT,
    "accessedOn" TEXT,
    "note" TEXT
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceId" INTEGER NOT NULL,
    "articleId" INTEGER,
    "lineStart" INTEGER,
    "lineEnd" INTEGER,
    "quote" TEXT,
    "section" TEXT,
    "rowKey" TEXT,
    "note" TEXT,
    CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Citation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Author" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "affiliation" TEXT NOT NULL,
    "bio" TEXT
);

-- CreateTable
CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleIsDescriptive" BOOLEAN NOT NULL DEFAULT false,
    "lineStart" INTEGER NOT NULL,
    "lineEnd" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    CONSTRAINT "Article_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Author" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Conflict" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "aliases" TEXT NOT NULL DEFAULT '[]',
    "region" TEXT NOT NULL,
    "countries" TEXT NOT NULL DEFAULT '[]',
    "type" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "statusAsOf" TEXT NOT NULL,
    "statusCitationId" INTEGER,
    "startDate" TEXT,
    "endDate" TEXT,
    "startCitationId" INTEGER,
    "summary" TEXT NOT NULL,
    "inDossier" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "Conflict_statusCitationId_fkey" FOREIGN KEY ("statusCitationId") REFERENCES "Citation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Conflict_startCitationId_fkey" FOREIGN KEY ("startCitationId") REFERENCES "Citation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConflictUcdpLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "conflictId" INTEGER NOT NULL,
    "ucdpConflictId" INTEGER NOT NULL,
    "fromYear" INTEGER,
    "toYear" INTEGER,
    "note" TEXT,
    CONSTRAINT "ConflictUcdpLink_conflictId_fkey" FOREIGN KEY ("conflictId") REFERENCES "Conflict" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "stateId" INTEGER,
    CONSTRAINT "Actor_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "Actor" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConflictActorRole" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "conflictId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "fromDate" TEXT,
    "toDate" TEXT,
    "note" TEXT,
    "citationId" INTEGER NOT NULL,
    CONSTRAINT "ConflictActorRole_conflictId_fkey" FOREIGN KEY ("conflictId") REFERENCES "Conflict" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ConflictActorRole_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ConflictActorRole_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Mission" (
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
    "pkoMissionId" TEXT,
    CONSTRAINT "Mission_leadActorId_fkey" FOREIGN KEY ("leadActorId") REFERENCES "Actor" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Mission_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MissionConflict" (
    "missionId" INTEGER NOT NULL,
    "conflictId" INTEGER NOT NULL,

    PRIMARY KEY ("missionId", "conflictId"),
    CONSTRAINT "MissionConflict_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MissionConflict_conflictId_fkey" FOREIGN KEY ("conflictId") REFERENCES "Conflict" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MissionContributor" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "missionId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,
    "note" TEXT,
    "citationId" INTEGER NOT NULL,
    CONSTRAINT "MissionContributor_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MissionContributor_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MissionContributor_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Mandate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "missionId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "documentDate" TEXT,
    "signatories" TEXT NOT NULL,
    "legalBasis" TEXT,
    "excerpt" TEXT,
    "url" TEXT,
    "citationId" INTEGER NOT NULL,
    CONSTRAINT "Mandate_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Mandate_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MandateClause" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "mandateId" INTEGER NOT NULL,
    "clause" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "text" TEXT,
    "citationId" INTEGER,
    CONSTRAINT "MandateClause_mandateId_fkey" FOREIGN KEY ("mandateId") REFERENCES "Mandate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MandateClause_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT,
    "measure" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "best" REAL,
    "low" REAL,
    "high" REAL,
    "qualifier" TEXT NOT NULL DEFAULT 'exact',
    "year" INTEGER,
    "month" INTEGER,
    "periodStart" TEXT,
    "periodEnd" TEXT,
    "subject" TEXT NOT NULL,
    "conflictId" INTEGER,
    "missionId" INTEGER,
    "actorId" INTEGER,
    "ucdpConflictId" INTEGER,
    "ucdpDyadId" INTEGER,
    "gwno" INTEGER,
    "pkoMissionId" TEXT,
    "variant" TEXT NOT NULL DEFAULT '',
    "sourceId" INTEGER NOT NULL,
    "citationId" INTEGER,
    "rowKey" TEXT,
    "rowNumber" INTEGER,
    "comparisonKey" TEXT,
    "note" TEXT,
    CONSTRAINT "Figure_comparisonKey_fkey" FOREIGN KEY ("comparisonKey") REFERENCES "FigureComparison" ("key") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Figure_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_conflictId_fkey" FOREIGN KEY ("conflictId") REFERENCES "Conflict" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AcdConflictYear" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceId" INTEGER NOT NULL,
    "conflictId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "location" TEXT NOT NULL,
    "sideA" TEXT NOT NULL,
    "sideA2nd" TEXT NOT NULL,
    "sideB" TEXT NOT NULL,
    "sideB2nd" TEXT NOT NULL,
    "incompatibility" INTEGER NOT NULL,
    "territoryName" TEXT NOT NULL,
    "intensityLevel" INTEGER NOT NULL,
    "cumulativeIntensity" INTEGER NOT NULL,
    "typeOfConflict" INTEGER NOT NULL,
    "startDate" TEXT NOT NULL,
    "startPrec" INTEGER,
    "startDate2" TEXT NOT NULL,
    "startPrec2" INTEGER,
    "epEnd" INTEGER NOT NULL,
    "epEndDate" TEXT,
    "region" TEXT NOT NULL,
    "gwnoLoc" TEXT NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    CONSTRAINT "AcdConflictYear_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GedEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceId" INTEGER NOT NULL,
    "gedId" INTEGER NOT NULL,
    "relid" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "typeOfViolence" INTEGER NOT NULL,
    "conflictNewId" INTEGER NOT NULL,
    "conflictName" TEXT NOT NULL,
    "dyadNewId" INTEGER NOT NULL,
    "dyadName" TEXT NOT NULL,
    "sideA" TEXT NOT NULL,
    "sideB" TEXT NOT NULL,
    "countryId" INTEGER NOT NULL,
    "country" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "latitude" REAL NOT NULL,
    "longitude" REAL NOT NULL,
    "whereDescription" TEXT NOT NULL,
    "adm1" TEXT NOT NULL,
    "adm2" TEXT NOT NULL,
    "dateStart" TEXT NOT NULL,
    "dateEnd" TEXT NOT NULL,
    "deathsA" INTEGER NOT NULL,
    "deathsB" INTEGER NOT NULL,
    "deathsCivilians" INTEGER NOT NULL,
    "deathsUnknown" INTEGER NOT NULL,
    "best" INTEGER NOT NULL,
    "high" INTEGER NOT NULL,
    "low" INTEGER NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    CONSTRAINT "GedEvent_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Argument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "articleId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "citationId" INTEGER NOT NULL,
    CONSTRAINT "Argument_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Argument_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArgumentConflict" (
    "argumentId" INTEGER NOT NULL,
    "conflictId" INTEGER NOT NULL,

    PRIMARY KEY ("argumentId", "conflictId"),
    CONSTRAINT "ArgumentConflict_argumentId_fkey" FOREIGN KEY ("argumentId") REFERENCES "Argument" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArgumentConflict_conflictId_fkey" FOREIGN KEY ("conflictId") REFERENCES "Conflict" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArgumentMission" (
    "argumentId" INTEGER NOT NULL,
    "missionId" INTEGER NOT NULL,

    PRIMARY KEY ("argumentId", "missionId"),
    CONSTRAINT "ArgumentMission_argumentId_fkey" FOREIGN KEY ("argumentId") REFERENCES "Argument" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArgumentMission_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArgumentActor" (
    "argumentId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,

    PRIMARY KEY ("argumentId", "actorId"),
    CONSTRAINT "ArgumentActor_argumentId_fkey" FOREIGN KEY ("argumentId") REFERENCES "Argument" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArgumentActor_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArgumentFigure" (
    "argumentId" INTEGER NOT NULL,
    "figureId" INTEGER NOT NULL,

    PRIMARY KEY ("argumentId", "figureId"),
    CONSTRAINT "ArgumentFigure_argumentId_fkey" FOREIGN KEY ("argumentId") REFERENCES "Argument" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArgumentFigure_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FigureComparison" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "note" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE INDEX "Source_dataset_idx" ON "Source"("dataset");

-- CreateIndex
CREATE UNIQUE INDEX "Source_dataset_version_key" ON "Source"("dataset", "version");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- CreateIndex
CREATE INDEX "Citation_articleId_idx" ON "Citation"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "Author_slug_key" ON "Author"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Article_number_key" ON "Article"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Conflict_slug_key" ON "Conflict"("slug");

-- CreateIndex
CREATE INDEX "ConflictUcdpLink_ucdpConflictId_idx" ON "ConflictUcdpLink"("ucdpConflictId");

-- CreateIndex
CREATE UNIQUE INDEX "ConflictUcdpLink_conflictId_ucdpConflictId_key" ON "ConflictUcdpLink"("conflictId", "ucdpConflictId");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_slug_key" ON "Actor"("slug");

-- CreateIndex
CREATE INDEX "ConflictActorRole_actorId_idx" ON "ConflictActorRole"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "ConflictActorRole_conflictId_actorId_role_fromDate_key" ON "ConflictActorRole"("conflictId", "actorId", "role", "fromDate");

-- CreateIndex
CREATE UNIQUE INDEX "Mission_slug_key" ON "Mission"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Mission_pkoMissionId_key" ON "Mission"("pkoMissionId");

-- CreateIndex
CREATE INDEX "MissionConflict_conflictId_idx" ON "MissionConflict"("conflictId");

-- CreateIndex
CREATE UNIQUE INDEX "MissionContributor_missionId_actorId_key" ON "MissionContributor"("missionId", "actorId");

-- CreateIndex
CREATE UNIQUE INDEX "Mandate_slug_key" ON "Mandate"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "MandateClause_mandateId_clause_key" ON "MandateClause"("mandateId", "clause");

-- CreateIndex
CREATE UNIQUE INDEX "Figure_key_key" ON "Figure"("key");

-- CreateIndex
CREATE INDEX "Figure_measure_ucdpConflictId_year_idx" ON "Figure"("measure", "ucdpConflictId", "year");

-- CreateIndex
CREATE INDEX "Figure_pkoMissionId_measure_idx" ON "Figure"("pkoMissionId", "measure");

-- CreateIndex
CREATE INDEX "Figure_conflictId_idx" ON "Figure"("conflictId");

-- CreateIndex
CREATE INDEX "Figure_missionId_idx" ON "Figure"("missionId");

-- CreateIndex
CREATE INDEX "Figure_actorId_idx" ON "Figure"("actorId");

-- CreateIndex
CREATE INDEX "Figure_comparisonKey_idx" ON "Figure"("comparisonKey");

-- CreateIndex
CREATE INDEX "Figure_gwno_measure_year_idx" ON "Figure"("gwno", "measure", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Figure_sourceId_rowKey_measure_variant_key" ON "Figure"("sourceId", "rowKey", "measure", "variant");

-- CreateIndex
CREATE INDEX "AcdConflictYear_conflictId_year_idx" ON "AcdConflictYear"("conflictId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "AcdConflictYear_sourceId_conflictId_year_key" ON "AcdConflictYear"("sourceId", "conflictId", "year");

-- CreateIndex
CREATE INDEX "GedEvent_sourceId_countryId_year_idx" ON "GedEvent"("sourceId", "countryId", "year");

-- CreateIndex
CREATE INDEX "GedEvent_sourceId_conflictNewId_year_idx" ON "GedEvent"("sourceId", "conflictNewId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "GedEvent_sourceId_gedId_key" ON "GedEvent"("sourceId", "gedId");

-- CreateIndex
CREATE UNIQUE INDEX "Argument_slug_key" ON "Argument"("slug");

-- CreateIndex
CREATE INDEX "Argument_articleId_idx" ON "Argument"("articleId");

-- CreateIndex
CREATE INDEX "ArgumentConflict_conflictId_idx" ON "ArgumentConflict"("conflictId");

-- CreateIndex
CREATE INDEX "ArgumentMission_missionId_idx" ON "ArgumentMission"("missionId");

-- CreateIndex
CREATE INDEX "ArgumentActor_actorId_idx" ON "ArgumentActor"("actorId");

-- CreateIndex
CREATE INDEX "ArgumentFigure_figureId_idx" ON "ArgumentFigure"("figureId");

-- CreateIndex
CREATE UNIQUE INDEX "FigureComparison_key_key" ON "FigureComparison"("key");

