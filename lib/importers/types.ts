/**
 * Public types of the data-set importers (lib/importers/index.ts re-exports them).
 * Kept free of runtime imports so client code may import them.
 */

/** The data-set families Parallax imports (same list as seed/types.ts). */
export const datasetKeys = ["ucdp-brd", "ucdp-acd", "ucdp-ged", "peace-ops", "owid-un-peacekeeping"] as const;
export type DatasetKey = (typeof datasetKeys)[number];

export type ImportOptions = {
  /** Path of the file to import (CSV, or GeoJSON for ucdp-ged). */
  file: string;
  dataset: DatasetKey;
  /**
   * The release this file is. Without it: the file's own `version` column (BRD, ACD; every row
   * must agree), else a `v23.1`-style token in the file name, else the data set's default
   * (peace-ops "2016", owid-un-peacekeeping "2022"). When given and the file has a `version`
   * column, the two must agree.
   */
  version?: string;
  /**
   * The file's name as the user knows it, when `file` is a temporary copy (a web upload): stored in
   * Source.fileName, searched for a version token and, for GED, its extension picks CSV or GeoJSON.
   */
  fileName?: string;
  /** Who imported it ("seed", "cli:alice", "web upload: Alice <alice@example.org>"); stored in Source.importedBy. */
  importedBy?: string;
  /** Validate and count everything, inside a transaction that is rolled back: writes nothing. */
  dryRun?: boolean;
  /**
   * What to do with a row whose low ≤ best ≤ high does not hold. UCDP's own releases contain such
   * rows (BRD 24.1: 7 of 1,920 dyad-years; GED 23.1: about 1 % of events), so the default keeps
   * them as published and reports them as warnings; "reject" makes them errors.
   */
  rangeOrder?: "warn" | "reject";
  /**
   * The order of day and month in the file's dates when they are not ISO and the file cannot
   * tell (every date has day and month ≤ 12): "dmy" (29/05/1997) or "mdy" (5/29/97). Without it
   * such a file is refused; with it, dates that contradict it are errors.
   */
  dateOrder?: "dmy" | "mdy";
  /** Called as the file is read (about every 64 KB): a progress bar's input. */
  onProgress?: (progress: ImportProgress) => void;
};

/** Where an import is: hashing the file (a first, quick pass), reading and writing its rows, then finishing (aggregates, commit). */
export type ImportProgress = {
  phase: "hashing" | "reading" | "finishing";
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
};

/** What importFile takes: ImportOptions, where the data set may be left to detection from the file. */
export type ImportRequest = Omit<ImportOptions, "dataset"> & { dataset?: DatasetKey };

/** One problem in the file: line (1-based, header = line 1; for GeoJSON the line where the feature starts). */
export type ImportError = {
  line: number;
  /** Column (CSV) or property (GeoJSON) name; "(file)" for problems with the file as a whole, "(row)" for a row's shape. */
  column: string;
  /** The offending value as it appears in the file (shortened past 120 characters). */
  value: string;
  /** What was expected, in words. */
  expected: string;
  /** GeoJSON: the feature's position in "features" (1-based), which tells features apart when a minified file has them all on line 1. */
  feature?: number;
};

export type ImportStatus = "imported" | "unchanged" | "rejected" | "dry-run";

/**
 * A release's rows against the release it supersedes, matched on their row keys (a dyad-year, a
 * conflict-year, a GED event id, a mission-month, a year): lib/importers/revisions.ts, the same
 * comparison as /imports's revisions table.
 */
export type RowChanges = {
  /** Row key not in the previous release (every row of a data set's first release). */
  new: number;
  /** Same row key, different values. */
  updated: number;
  /** Same row key, same values. */
  unchanged: number;
  /** Row keys of the previous release that this one no longer has. */
  removed: number;
};

export type ImportReport = {
  /** The data set, given or detected; null when the file matched no known format. */
  dataset: DatasetKey | null;
  /** How the data set was found, when it was detected: "detected from the header (the UCDP BRD columns)". */
  detected?: string;
  /** The release, once known (null when the file was rejected before its version was known). */
  version: string | null;
  /** The Source row of the release: new (imported), existing (unchanged), null (rejected, dry-run). */
  sourceId: number | null;
  status: ImportStatus;
  /** Data rows read: CSV records after the header, GeoJSON features. */
  rowsRead: number;
  /** Rows (lines, features) with at least one error. */
  rejected: number;
  /**
   * The release this one was compared with: the data set's release just below it in version order
   * (the one it supersedes, as /imports pairs them). Null for the data set's first release (every
   * row is new) and when nothing was compared (a rejected file, the same file again).
   */
  previous: { sourceId: number; version: string; shortTitle: string } | null;
  /** Whether the release is now the newest of its data set, the one pages show (false when rejected). */
  latest: boolean;
  /**
   * This release's rows against `previous` (imported and dry-run; all 0 when rejected). For status
   * "unchanged" (the same file again) `unchanged` is the rows of the release already imported from it.
   */
  new: number;
  updated: number;
  unchanged: number;
  /** Rows of `previous` this release no longer has. */
  removed: number;
  /** Figures computed from the rows, not read from them (GED's sums per conflict and year or month, country and year); 0 for other data sets. */
  derivedFigures: number;
  /** The derived figures against `previous`'s, as /imports's revisions table counts them; null when there are none. */
  derivedChanges: RowChanges | null;
  /** The first 20 errors, in file order. */
  errors: ImportError[];
  /** One readable sentence. */
  message: string;
  /** Database rows written per table (or, for a dry run, that would be), e.g. { Figure: 1920 }. */
  written: Record<string, number>;
  /** Repeated rows merged into an earlier identical one (peace-ops: one row per conflict episode). */
  merged: number;
  /** Empty value cells not imported (OWID's incomplete 2022 row). Months without a SIPRI or IPI report are not counted. */
  skipped: number;
  /** Rows kept as published but worth a look (low/best/high out of order); count and the first 20. */
  warningCount: number;
  warnings: ImportError[];
  /** Wall-clock time of the import, in milliseconds. */
  durationMs: number;
};
