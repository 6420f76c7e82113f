/**
 * The shapes of the curated dossier data in seed/data/. Each file exports plain objects of these
 * types; seed/curated.ts validates them (zod, quotes against the dossier text) and writes them.
 * Cross-references are slugs, resolved by the seed; an unknown slug fails the seed with its name.
 */
import type {
  ActorKind,
  ClauseKind,
  ClauseStatus,
  ConflictStatus,
  ConflictType,
  MissionCategory,
  MissionKind,
  MissionStatus,
  Qualifier,
  RoleKind,
  SourceKind,
} from "../lib/domain";
import type { MeasureKey, Unit } from "../lib/measures";

/** Where a statement comes from. */
export type Cite =
  /** The dossier: the file's line range and the exact words (drop caps and glued hyphens repaired). */
  | { dossier: { lines: [number, number]; quote: string; section?: string } }
  /** Another curated source (seed/data/sources.ts), with the passage, section or paragraph. */
  | { source: SourceKey; section?: string; quote?: string; note?: string }
  /** A value in an imported data-set release, by its row key (for example conflict_id=388;year=2020). */
  | { dataset: DatasetKey; version: string; rowKey: string; note?: string };

export type DatasetKey = "ucdp-brd" | "ucdp-acd" | "ucdp-ged" | "peace-ops" | "owid-un-peacekeeping";

/** Keys of curated sources; the dossier itself is "ispi-2021". */
export type SourceKey = string;

export type SourceSeed = {
  key: SourceKey;
  kind: SourceKind;
  title: string;
  shortTitle: string;
  publisher?: string;
  authors?: string;
  publishedOn?: string;
  url?: string;
  licence?: string;
  citation: string;
  /** true for anything that is neither the dossier nor a file in ../shared/data */
  outsideDossier: boolean;
  accessedOn?: string;
  note?: string;
};

export type AuthorSeed = { slug: string; name: string; affiliation: string; bio?: string };

export type ArticleSeed = {
  slug: string;
  number: number;
  title: string;
  titleIsDescriptive: boolean;
  lines: [number, number];
  summary: string;
  author: AuthorSeed;
};

export type ConflictSeed = {
  slug: string;
  name: string;
  shortName: string;
  aliases: string[];
  region: string;
  countries: string[];
  type: ConflictType;
  status: ConflictStatus;
  /** the date the status describes, e.g. "2021-10" for the dossier's time */
  statusAsOf: string;
  statusCite: Cite;
  /** when omitted and the conflict maps to UCDP, the seed takes the earliest ACD start_date */
  startDate?: string;
  endDate?: string;
  startCite?: Cite;
  ucdp: { id: number; fromYear?: number; toYear?: number; note?: string }[];
  summary: string;
  inDossier: boolean;
};

export type ActorSeed = {
  slug: string;
  name: string;
  shortName?: string;
  kind: ActorKind;
  description: string;
  /** slug of the state the actor belongs to or is based in */
  state?: string;
};

export type RoleSeed = {
  conflict: string;
  actor: string;
  role: RoleKind;
  from?: string;
  to?: string;
  note?: string;
  cite: Cite;
};

export type MissionSeed = {
  slug: string;
  name: string;
  acronym?: string;
  kind: MissionKind;
  category: MissionCategory;
  status: MissionStatus;
  lead?: string;
  start?: string;
  end?: string;
  /** where the end date comes from, when it is not the mission's own source */
  endCite?: Cite;
  summary: string;
  cite?: Cite;
  conflicts: string[];
  contributors: { actor: string; note?: string; cite: Cite }[];
  /** `missionid` in ../shared/data/peace-operations-monthly-sipri-ipi-1993-2016.csv */
  pkoMissionId?: string;
};

export type ClauseSeed = { status: ClauseStatus; text?: string; cite?: Cite };

export type MandateSeed = {
  slug: string;
  mission: string;
  title: string;
  documentDate?: string;
  signatories: string;
  legalBasis?: string;
  excerpt?: string;
  url?: string;
  cite: Cite;
  /** every clause, so mandates compare clause by clause */
  clauses: Record<ClauseKind, ClauseSeed>;
};

export type FigureSeed = {
  key: string;
  measure: MeasureKey;
  unit: Unit;
  best?: number;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  year?: number;
  month?: number;
  periodStart?: string;
  periodEnd?: string;
  subject: string;
  conflict?: string;
  mission?: string;
  actor?: string;
  /** figures stating the same quantity share it (e.g. "brd:ukraine:2014") */
  comparisonKey?: string;
  note?: string;
  cite: Cite;
};

export type ArgumentSeed = {
  slug: string;
  article: string;
  summary: string;
  lines: [number, number];
  quote: string;
  conflicts: string[];
  missions: string[];
  actors: string[];
  figures: string[];
};
