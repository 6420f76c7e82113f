/**
 * The closed vocabularies of the data model. The database stores them as text (see
 * prisma/schema.prisma); these lists are the single place that says which values exist, used by
 * the seed, the importers, URL and API parameters, and the UI labels. No zod here: client
 * components read these lists and labels, and a validator is `z.enum(list)` where it is needed.
 */
export const conflictTypes = ["interstate", "intrastate", "internationalised_intrastate", "frozen_protracted"] as const;
export const conflictStatuses = ["active", "low_intensity", "frozen", "ceasefire", "ended"] as const;
export const actorKinds = [
  "state",
  "international_org",
  "regional_org",
  "mediation_format",
  "de_facto_authority",
  "armed_group",
  "pmc",
  "military_unit",
  "initiative",
] as const;
export const roleKinds = ["party", "backer", "mediator", "peacekeeper", "guarantor", "monitor", "contractor"] as const;
export const missionKinds = [
  "un",
  "cis",
  "csto",
  "sco",
  "osce",
  "nato",
  "eu",
  "bilateral",
  "trilateral",
  "ad_hoc_coalition",
  "unilateral",
  "private",
] as const;
export const missionCategories = ["peace_operation", "military_presence", "monitoring", "exercise", "proposal"] as const;
export const missionStatuses = ["active", "ended", "proposed"] as const;
export const clauseKinds = [
  "size_cap",
  "duration_renewal",
  "tasks",
  "rules_of_engagement",
  "consent",
  "monitoring",
  "withdrawal",
  "legal_basis",
] as const;
export const clauseStatuses = ["specified", "not_specified", "not_coded"] as const;
export const qualifiers = ["exact", "approximately", "more_than", "at_least", "at_most", "range"] as const;
export const sourceKinds = ["dossier", "dataset", "official_document", "report", "web", "analyst"] as const;

export type ConflictType = (typeof conflictTypes)[number];
export type ConflictStatus = (typeof conflictStatuses)[number];
export type ActorKind = (typeof actorKinds)[number];
export type RoleKind = (typeof roleKinds)[number];
export type MissionKind = (typeof missionKinds)[number];
export type MissionCategory = (typeof missionCategories)[number];
export type MissionStatus = (typeof missionStatuses)[number];
export type ClauseKind = (typeof clauseKinds)[number];
export type ClauseStatus = (typeof clauseStatuses)[number];
export type Qualifier = (typeof qualifiers)[number];
export type SourceKind = (typeof sourceKinds)[number];

export const labels = {
  conflictType: {
    interstate: "Interstate",
    intrastate: "Intrastate",
    internationalised_intrastate: "Internationalised intrastate",
    frozen_protracted: "Frozen / protracted",
  },
  conflictStatus: {
    active: "Active",
    low_intensity: "Low intensity",
    frozen: "Frozen",
    ceasefire: "Ceasefire",
    ended: "Ended",
  },
  actorKind: {
    state: "State",
    international_org: "International organisation",
    regional_org: "Regional organisation",
    mediation_format: "Mediation format",
    de_facto_authority: "De facto authority",
    armed_group: "Armed group",
    pmc: "Private military company",
    military_unit: "Military unit",
    initiative: "Initiative",
  },
  role: {
    party: "Party",
    backer: "Backer",
    mediator: "Mediator",
    peacekeeper: "Peacekeeper",
    guarantor: "Guarantor",
    monitor: "Monitor",
    contractor: "Contractor",
  },
  missionKind: {
    un: "UN",
    cis: "CIS",
    csto: "CSTO",
    sco: "SCO",
    osce: "OSCE",
    nato: "NATO",
    eu: "EU",
    bilateral: "Bilateral",
    trilateral: "Trilateral",
    ad_hoc_coalition: "Ad hoc coalition",
    unilateral: "Unilateral",
    private: "Private",
  },
  missionCategory: {
    peace_operation: "Peace operation",
    military_presence: "Military presence",
    monitoring: "Monitoring",
    exercise: "Exercise",
    proposal: "Proposal (never deployed)",
  },
  missionStatus: { active: "Active", ended: "Ended", proposed: "Proposed" },
  clause: {
    size_cap: "Size cap",
    duration_renewal: "Duration and renewal",
    tasks: "Tasks",
    rules_of_engagement: "Rules of engagement",
    consent: "Consent of the parties",
    monitoring: "Monitoring arrangements",
    withdrawal: "Withdrawal",
    legal_basis: "Legal basis",
  },
  clauseStatus: { specified: "Specified", not_specified: "Not specified", not_coded: "Not yet coded" },
} as const satisfies Record<string, Record<string, string>>;
