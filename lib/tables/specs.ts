import { describeLocator, sourceLabel } from "../citation-text";
import { labels } from "../domain";
import type { ActorListRow } from "../queries/actors";
import type { ArgumentListRow } from "../queries/arguments";
import type { ConflictListRow } from "../queries/conflicts";
import type { FigureView } from "../queries/figures";
import type { MissionListRow } from "../queries/missions";
import type { TableSpec } from "./fields";

/**
 * Every table of Parallax as data (columns, default view, row id). The browser tables render these
 * fields; exports and the export API apply them; so a table, its downloads and its API agree.
 */

const l = (group: keyof typeof labels, v: string) => (labels[group] as Record<string, string>)[v] ?? v;

export const conflictsTable: TableSpec<ConflictListRow> = {
  key: "conflicts",
  label: "conflicts",
  rowId: (r) => r.slug,
  defaults: { sorting: [{ id: "name", desc: false }] },
  fields: [
    { id: "name", label: "Conflict", kind: "text", value: (r) => r.name },
    { id: "region", label: "Region", kind: "category", value: (r) => r.region },
    { id: "type", label: "Type", kind: "category", value: (r) => l("conflictType", r.type) },
    { id: "status", label: "Status", kind: "category", value: (r) => l("conflictStatus", r.status) },
    { id: "statusAsOf", label: "Status as of", kind: "date", value: (r) => r.statusAsOf, hidden: true },
    { id: "startDate", label: "Start", kind: "date", value: (r) => r.startDate },
    { id: "endDate", label: "End", kind: "date", value: (r) => r.endDate, hidden: true },
    { id: "ucdpIds", label: "UCDP conflict ids", kind: "text", value: (r) => r.ucdpIds },
    { id: "brdTotal", label: "Battle-related deaths, all years (UCDP BRD)", kind: "number", value: (r) => r.brdTotal },
    { id: "brdPeak", label: "Battle-related deaths, peak year (UCDP BRD)", kind: "number", value: (r) => r.brdPeak },
    { id: "brdPeakYear", label: "Peak year", kind: "number", value: (r) => r.brdPeakYear, plain: true },
    { id: "yearsAtWar", label: "Years at war intensity (UCDP/PRIO ACD)", kind: "number", value: (r) => r.yearsAtWar },
    { id: "missions", label: "Missions", kind: "number", value: (r) => r.missions },
    { id: "arguments", label: "Dossier arguments", kind: "number", value: (r) => r.arguments },
    { id: "figures", label: "Curated figures", kind: "number", value: (r) => r.figures },
    { id: "inDossier", label: "In the dossier", kind: "category", value: (r) => (r.inDossier ? "yes" : "no"), hidden: true },
  ],
};

export const missionsTable: TableSpec<MissionListRow> = {
  key: "missions",
  label: "missions",
  rowId: (r) => r.slug,
  defaults: { sorting: [{ id: "startDate", desc: false }] },
  fields: [
    { id: "name", label: "Mission", kind: "text", value: (r) => r.name },
    { id: "acronym", label: "Acronym", kind: "text", value: (r) => r.acronym, hidden: true },
    { id: "kind", label: "Kind", kind: "category", value: (r) => l("missionKind", r.kind) },
    { id: "category", label: "Category", kind: "category", value: (r) => l("missionCategory", r.category) },
    { id: "status", label: "Status", kind: "category", value: (r) => l("missionStatus", r.status) },
    { id: "conflicts", label: "Conflicts", kind: "category", value: (r) => r.conflicts, multi: true },
    { id: "lead", label: "Lead actor", kind: "category", value: (r) => r.lead },
    { id: "startDate", label: "Start", kind: "date", value: (r) => r.startDate },
    { id: "endDate", label: "End", kind: "date", value: (r) => r.endDate },
    { id: "peakStrength", label: "Peak personnel (SIPRI/IPI panel)", kind: "number", value: (r) => r.peakStrength },
    { id: "latestStrength", label: "Latest personnel (SIPRI/IPI panel)", kind: "number", value: (r) => r.latestStrength },
    { id: "latestPeriod", label: "Latest month", kind: "date", value: (r) => r.latestPeriod },
    { id: "mandates", label: "Mandates", kind: "number", value: (r) => r.mandates },
  ],
};

export const actorsTable: TableSpec<ActorListRow> = {
  key: "actors",
  label: "actors",
  rowId: (r) => r.slug,
  defaults: { sorting: [{ id: "name", desc: false }], pagination: { pageIndex: 0, pageSize: 50 } },
  fields: [
    { id: "name", label: "Actor", kind: "text", value: (r) => r.name },
    { id: "kind", label: "Kind", kind: "category", value: (r) => l("actorKind", r.kind) },
    { id: "state", label: "Belongs to state", kind: "category", value: (r) => r.state },
    { id: "roles", label: "Roles in conflicts", kind: "number", value: (r) => r.roles },
    { id: "missions", label: "Missions led or contributed to", kind: "number", value: (r) => r.missions },
  ],
};

export const argumentsTable: TableSpec<ArgumentListRow> = {
  key: "arguments",
  label: "arguments",
  rowId: (r) => r.slug,
  defaults: { pagination: { pageIndex: 0, pageSize: 50 } },
  fields: [
    { id: "summary", label: "Argument", kind: "text", value: (r) => r.summary },
    { id: "quote", label: "Exact quote", kind: "text", value: (r) => r.quote },
    { id: "lines", label: "Lines", kind: "text", value: (r) => `${r.lineStart}–${r.lineEnd}` },
    { id: "author", label: "Author", kind: "category", value: (r) => r.author },
    { id: "article", label: "Article", kind: "category", value: (r) => `${r.articleNumber}. ${r.articleTitle}` },
    { id: "conflicts", label: "Conflicts", kind: "category", value: (r) => r.conflicts, multi: true },
    { id: "missions", label: "Missions", kind: "text", value: (r) => r.missions, hidden: true },
    { id: "actors", label: "Actors", kind: "text", value: (r) => r.actors, hidden: true },
    { id: "figures", label: "Linked figures", kind: "number", value: (r) => r.figures },
  ],
};

const qualifierLabel: Record<string, string> = {
  exact: "exact",
  approximately: "approximately",
  more_than: "more than",
  at_least: "at least",
  at_most: "at most",
  range: "range",
};

export const figuresTable: TableSpec<FigureView> = {
  key: "figures",
  label: "figures",
  rowId: (r) => String(r.id),
  defaults: { pagination: { pageIndex: 0, pageSize: 50 } },
  fields: [
    { id: "subject", label: "Subject", kind: "text", value: (f) => f.subject },
    { id: "measure", label: "Measure", kind: "category", value: (f) => f.measureLabel },
    { id: "value", label: "Value", kind: "number", value: (f) => f.best ?? f.high ?? f.low },
    { id: "qualifier", label: "Stated as", kind: "category", value: (f) => qualifierLabel[f.qualifier] ?? f.qualifier },
    { id: "low", label: "Low", kind: "number", value: (f) => f.low, hidden: true },
    { id: "high", label: "High", kind: "number", value: (f) => f.high, hidden: true },
    { id: "unit", label: "Unit", kind: "category", value: (f) => f.unit, hidden: true },
    { id: "period", label: "Date or period", kind: "date", value: (f) => f.periodStart ?? (f.year !== null ? String(f.year) : null) },
    { id: "periodEnd", label: "Period end", kind: "date", value: (f) => f.periodEnd, hidden: true },
    { id: "about", label: "Conflict / mission / actor", kind: "category", value: (f) => f.conflict?.name ?? f.mission?.name ?? f.actor?.name ?? null },
    { id: "source", label: "Source", kind: "category", value: (f) => sourceLabel(f.source) },
    { id: "locator", label: "Locator", kind: "text", value: (f) => describeLocator(f.locator) },
    { id: "quote", label: "Quote", kind: "text", value: (f) => (f.locator.kind === "row" ? null : f.locator.quote), hidden: true },
    { id: "variant", label: "Series", kind: "category", value: (f) => f.variant || null, hidden: true },
  ],
};
