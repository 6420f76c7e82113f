import { tipFromCitation, tipFromFigure, type Tip } from "../citation-text";
import { labels } from "../domain";
import { formatFigurePeriod, formatNumber, formatPartialDate, formatPeriod } from "../format";
import type { CompareConflict, CompareClientData, CompareMission } from "../queries/compare";
import { sumOverYears } from "../series";
import { panelLatestAndPeak } from "../strength-series";
import { newestFirst } from "./matrix";
import type { CompareView, RowId } from "./params";

/**
 * The comparison table's state layer: CompareData + the view → one row per attribute, one cell per
 * conflict, each value with the source it comes from (pure; the same rows feed the table and, later,
 * its export).
 */

/** `cell`: a mandate-matrix cell ("<mission>.<clause>") the item leads to, chosen on click. */
export type CellItem = { text: string; href?: string; tip?: Tip; sub?: string; cell?: string };

/** What a row's numbers count: sorting by a conflict reorders only rows of the same kind. */
export type RowKind = "year" | "people" | "deaths" | "years" | "arguments";

export type CompareRow = {
  id: RowId;
  label: string;
  cells: Record<string, CellItem[]>;
  sortValue: Record<string, number | null>;
  /** the kind of number sortValue holds; null for rows of text */
  kind: RowKind | null;
  /** every value is a number: the cells are right-aligned */
  numeric: boolean;
};

const ROW_KINDS: Partial<Record<RowId, RowKind>> = { period: "year", size: "people", peak: "deaths", total: "deaths", "war-years": "years", arguments: "arguments" };
const NUMERIC_ROWS: ReadonlySet<RowId> = new Set<RowId>(["peak", "total", "war-years", "arguments"]);

const label = (group: keyof typeof labels, v: string) => (labels[group] as Record<string, string>)[v] ?? v;

export const ROW_LABELS: Record<RowId, string> = {
  period: "Period",
  status: "Status",
  type: "Type",
  region: "Region",
  parties: "Parties",
  backers: "Backers",
  russia: "Russia's role(s)",
  missions: "Missions (kind, lead)",
  size: "Mission size: latest, peak, cap",
  mandate: "Mandate",
  peak: "UCDP peak battle-related deaths",
  total: "Battle-related deaths in the period",
  "war-years": "Years at war intensity (UCDP/PRIO ACD)",
  arguments: "Dossier arguments",
};

export function buildRows(data: CompareClientData, view: CompareView): CompareRow[] {
  const missionsOf = (c: CompareConflict) => data.missions.filter((m) => m.conflictSlugs.includes(c.slug));
  const series = new Map(data.brd.series.map((s) => [s.slug, s.points]));
  const brdSource = data.brd.release?.shortTitle ?? "UCDP BRD";
  const rows: Record<RowId, (c: CompareConflict) => { items: CellItem[]; sort?: number | null }> = {
    period: (c) => ({ items: [{ text: formatPeriod(c.startDate, c.endDate), tip: tipFromCitation(c.startCitation) }], sort: c.startDate ? Number(c.startDate.slice(0, 4)) : null }),
    status: (c) => ({ items: [{ text: label("conflictStatus", c.status), sub: `as of ${formatPartialDate(c.statusAsOf)}`, tip: tipFromCitation(c.statusCitation) }] }),
    type: (c) => ({ items: [{ text: label("conflictType", c.type) }] }),
    region: (c) => ({ items: [{ text: c.region }] }),
    parties: (c) => ({ items: roleItems(c, (r) => r.role === "party") }),
    backers: (c) => ({ items: roleItems(c, (r) => r.role === "backer") }),
    russia: (c) => ({
      items: c.roles
        .filter((r) => r.russian)
        .map((r) => ({
          text: `${label("role", r.role)}${r.actorSlug === "russia" ? "" : ` (${r.actor})`}`,
          sub: r.fromDate || r.toDate ? formatPeriod(r.fromDate, r.toDate) : undefined,
          href: `/actors/${r.actorSlug}`,
          tip: tipFromCitation(r.citation),
        })),
    }),
    missions: (c) => ({
      items: missionsOf(c).map((m) => ({
        text: m.acronym ?? m.name,
        sub: `${label("missionKind", m.kind)} · ${label("missionCategory", m.category)}${m.lead ? ` · led by ${m.lead.name}` : ""}`,
        href: `/missions/${m.slug}`,
      })),
    }),
    size: (c) => {
      const items = missionsOf(c).flatMap((m) => sizeItems(m, data));
      const peaks = missionsOf(c).map((m) => panelLatestAndPeak(data.strength.data, m.id)?.peak.value ?? 0);
      return { items, sort: Math.max(0, ...peaks) || null };
    },
    mandate: (c) => ({
      items: missionsOf(c).flatMap((m) =>
        m.mandates.length === 0
          ? [{ text: `${m.acronym ?? m.name}: no instrument recorded`, href: `/missions/${m.slug}` }]
          : newestFirst(m.mandates).map((d) => {
          const count = (s: string) => d.clauses.filter((x) => x.status === s).length;
          return {
            text: `${m.acronym ?? m.name}: ${d.title}${d.documentDate ? ` (${formatPartialDate(d.documentDate)})` : ""}`,
            sub: `${count("specified")} clauses specified · ${count("not_specified")} not specified · ${count("not_coded")} not coded`,
            href: `/missions/${m.slug}#${d.slug}`,
            tip: tipFromCitation(d.citation),
          };
          }),
      ),
    }),
    peak: (c) => {
      const points = series.get(c.slug) ?? [];
      if (points.length === 0) return { items: [{ text: "—", sub: "no year with 25 or more deaths" }], sort: null };
      const peak = points.reduce((a, b) => (b.best > a.best ? b : a));
      return {
        items: [
          {
            text: formatNumber(peak.best),
            sub: `in ${peak.year} (low ${formatNumber(peak.low)} – high ${formatNumber(peak.high)})`,
            href: `/conflicts/${c.slug}#deaths`,
            tip: { source: brdSource, locator: `sum of bd_best over UCDP conflict${c.ucdpIds.length > 1 ? "s" : ""} ${c.ucdpIds.join(", ")}, ${peak.year}`, quote: null, outside: false },
          },
        ],
        sort: peak.best,
      };
    },
    total: (c) => {
      const total = sumOverYears(series.get(c.slug) ?? [], view.from, view.to);
      const span = view.from !== null || view.to !== null ? `${view.from ?? "first year"}–${view.to ?? "last year"}` : "all years";
      if (total.years === 0) return { items: [{ text: "—", sub: `no year recorded, ${span}` }], sort: null };
      return {
        items: [
          {
            text: formatNumber(total.best),
            sub: `${span}: ${total.years} year${total.years === 1 ? "" : "s"} recorded (low ${formatNumber(total.low)} – high ${formatNumber(total.high)})`,
            href: `/conflicts/${c.slug}#deaths`,
            tip: { source: brdSource, locator: `sum of bd_best over UCDP conflict${c.ucdpIds.length > 1 ? "s" : ""} ${c.ucdpIds.join(", ")}, ${total.first}–${total.last}`, quote: null, outside: false },
          },
        ],
        sort: total.best,
      };
    },
    "war-years": (c) => ({
      items: [
        {
          text: c.yearsAtWar === null ? "—" : formatNumber(c.yearsAtWar),
          sub: c.warYears.length ? c.warYears.join(", ") : undefined,
          tip: data.acdRelease ? { source: data.acdRelease.shortTitle, locator: `conflict-years with intensity_level 2 (1,000+ battle-related deaths), UCDP conflict${c.ucdpIds.length > 1 ? "s" : ""} ${c.ucdpIds.join(", ")}`, quote: null, outside: false } : undefined,
        },
      ],
      sort: c.yearsAtWar,
    }),
    arguments: (c) => ({ items: [{ text: formatNumber(c.argumentCount), href: `#arguments-${c.slug}` }], sort: c.argumentCount }),
  };
  return view.order.map((id) => {
    const cells: Record<string, CellItem[]> = {};
    const sortValue: Record<string, number | null> = {};
    for (const c of data.conflicts) {
      const r = rows[id](c);
      cells[c.slug] = r.items.length ? r.items : [{ text: "—" }];
      sortValue[c.slug] = r.sort ?? null;
    }
    return { id, label: ROW_LABELS[id], cells, sortValue, kind: ROW_KINDS[id] ?? null, numeric: NUMERIC_ROWS.has(id) };
  });
}

/**
 * The rows sorted by one column. By the attribute: alphabetically. By a conflict: only rows whose
 * numbers are of the same kind change places, among the places those rows hold (the two death
 * counts, peak and total); rows of text, rows of another kind and rows with no number for that
 * conflict keep their place, so unlike values (a year, a death toll, a count of arguments) are
 * never ranked against each other. Stable; no sort gives the rows as they are.
 */
export function sortComparisonRows(rows: CompareRow[], sorting: { id: string; desc: boolean }[]): CompareRow[] {
  const sort = sorting[0];
  if (!sort) return rows;
  const sign = sort.desc ? -1 : 1;
  if (sort.id === "attribute") {
    return rows.map((row, index) => ({ row, index })).sort((a, b) => sign * a.row.label.localeCompare(b.row.label, "en") || a.index - b.index).map((x) => x.row);
  }
  const result = [...rows];
  const slots = new Map<RowKind, number[]>();
  rows.forEach((row, index) => {
    if (row.kind && typeof row.sortValue[sort.id] === "number") slots.set(row.kind, [...(slots.get(row.kind) ?? []), index]);
  });
  for (const indices of slots.values()) {
    const sorted = [...indices].sort((a, b) => sign * (rows[a]!.sortValue[sort.id]! - rows[b]!.sortValue[sort.id]!) || a - b);
    indices.forEach((slot, k) => (result[slot] = rows[sorted[k]!]!));
  }
  return result;
}

/** The kinds of row that sorting by a conflict reorders (more than one row of the kind has a number). */
export function sortableKinds(rows: CompareRow[], column: string): RowKind[] {
  const count = new Map<RowKind, number>();
  for (const r of rows) if (r.kind && typeof r.sortValue[column] === "number") count.set(r.kind, (count.get(r.kind) ?? 0) + 1);
  return [...count.entries()].filter(([, n]) => n > 1).map(([k]) => k);
}

/** The first and last year of the selection's data (UCDP deaths, panel strength); null when it has none. */
export function dataYearExtent(data: Pick<CompareClientData, "brd" | "strength">): { first: number; last: number } | null {
  const years = [...data.brd.series.flatMap((s) => s.points.map((p) => p.year)), ...data.strength.data.map((p) => Number(p.period.slice(0, 4)))].filter((y) => Number.isFinite(y));
  if (years.length === 0) return null;
  let first = years[0]!;
  let last = years[0]!;
  for (const y of years) {
    if (y < first) first = y;
    if (y > last) last = y;
  }
  return { first, last };
}

function roleItems(c: CompareConflict, keep: (r: CompareConflict["roles"][number]) => boolean): CellItem[] {
  return c.roles.filter(keep).map((r) => ({
    text: r.actor,
    sub: r.fromDate || r.toDate ? formatPeriod(r.fromDate, r.toDate) : undefined,
    href: `/actors/${r.actorSlug}`,
    tip: tipFromCitation(r.citation),
  }));
}

/** A figure's date in words: its period, else the date of its source ("as of 2021"). */
function figureDate(f: CompareMission["sizeFigures"][number]): string {
  if (f.periodStart || f.year !== null) return formatFigurePeriod(f);
  return f.source.publishedOn ? `as of ${formatPartialDate(f.source.publishedOn)}` : "date not given";
}

/**
 * A mission's size, each value labelled with what it is and when: the panel's latest and peak
 * month; a size an instrument authorises ("at most 1,960": a cap; "2,000–3,000" cited to the CIS
 * decision itself), dated by that instrument; other stated sizes (the latest and the peak of them
 * when the panel has none); analysts' estimates with who added them. A mission whose only size is
 * a mandate clause says so and points to the matrix.
 */
function sizeItems(m: CompareMission, data: CompareClientData): CellItem[] {
  const name = m.acronym ?? m.name;
  const cited = panelLatestAndPeak(data.strength.data, m.id);
  const items: CellItem[] = [];
  const tip = (figureId: number, period: string): Tip => ({
    source: data.strength.release?.shortTitle ?? "SIPRI/IPI panel",
    locator: `panel monthly series, ${formatPartialDate(period)} (figure ${figureId})`,
    quote: null,
    outside: false,
  });
  if (cited) {
    const { latest: last, peak } = cited;
    if (last === peak) {
      items.push({ text: `${name}: ${formatNumber(last.value)}`, sub: `latest and peak, ${formatPartialDate(last.period)}`, href: `/figures/${last.figureId}`, tip: tip(last.figureId, last.period) });
    } else {
      items.push({ text: `${name}: ${formatNumber(last.value)}`, sub: `latest, ${formatPartialDate(last.period)}`, href: `/figures/${last.figureId}`, tip: tip(last.figureId, last.period) });
      items.push({ text: `${name}: ${formatNumber(peak.value)}`, sub: `peak, ${formatPartialDate(peak.period)}`, href: `/figures/${peak.figureId}`, tip: tip(peak.figureId, peak.period) });
    }
  }
  type SizeFigure = CompareMission["sizeFigures"][number];
  const what = (f: SizeFigure) => `${name}: ${f.display}${f.measure === "personnel" ? "" : ` ${f.measureLabel.toLowerCase()}`}`;
  const curated = m.sizeFigures.filter((f) => !f.addedBy);
  // A size an instrument sets: a figure cited to the instrument itself, or a ceiling ("at most 1,960")
  // whose number the instrument's size clause states; dated by that instrument.
  const instruments = newestFirst(m.mandates);
  const sizeClause = (d: (typeof instruments)[number]) => d.clauses.find((c) => c.clause === "size_cap" && c.status === "specified");
  const capInstrument = instruments.find((d) => sizeClause(d));
  const instrumentOf = (f: SizeFigure) => instruments.find((d) => d.citation?.source.key === f.source.key);
  const capSetting = (f: SizeFigure) => {
    const value = f.high ?? f.best;
    return f.qualifier === "at_most" && value !== null ? instruments.find((d) => sizeClause(d)?.text?.includes(formatNumber(value))) : undefined;
  };
  const authorised = curated.filter((f) => capSetting(f) || instrumentOf(f));
  const stated = curated.filter((f) => !authorised.includes(f));
  const time = (f: SizeFigure) => f.periodStart ?? (f.year !== null ? String(f.year) : (f.source.publishedOn ?? ""));
  const newest = stated.reduce<SizeFigure | null>((a, b) => (a === null || time(b) > time(a) ? b : a), null);
  const largest = stated.reduce<SizeFigure | null>((a, b) => (a === null || (b.best ?? b.high ?? 0) > (a.best ?? a.high ?? 0) ? b : a), null);
  for (const f of stated) {
    // Beside the panel's months a stated size is one report among others; alone, the newest and the largest are named.
    const roles = cited ? [] : stated.length === 1 ? ["latest"] : [f === newest ? "latest" : null, f === largest ? "peak" : null].filter((r): r is string => r !== null);
    items.push({ text: what(f), sub: `${roles.length ? `${roles.join(" and ")} stated` : "stated"}, ${figureDate(f)}`, href: `/figures/${f.id}`, tip: tipFromFigure(f) });
  }
  for (const f of authorised) {
    const instrument = instrumentOf(f) ?? capSetting(f);
    const when = instrument?.documentDate ? `set ${formatPartialDate(instrument.documentDate)}` : figureDate(f);
    items.push({ text: what(f), sub: `${f.qualifier === "at_most" ? "authorised cap" : "authorised size"}, ${when}`, href: `/figures/${f.id}`, tip: tipFromFigure(f) });
  }
  for (const f of m.sizeFigures.filter((x) => x.addedBy)) {
    items.push({ text: what(f), sub: `analyst's estimate by ${f.addedBy!.name}, ${figureDate(f)}`, href: `/figures/${f.id}`, tip: tipFromFigure(f) });
  }
  if (items.length === 0 && capInstrument) {
    items.push({ text: `${name}: —`, sub: "size only in the mandate: see the matrix", cell: `${m.slug}.size_cap` });
  }
  return items;
}
