import { tipFromCitation, tipFromFigure, type Tip } from "../citation-text";
import { labels } from "../domain";
import { formatFigureValue, formatNumber, formatPartialDate, formatPeriod } from "../format";
import type { CompareConflict, CompareClientData, CompareMission } from "../queries/compare";
import { sumOverYears } from "../series";
import { panelLatestAndPeak } from "../strength-series";
import type { CompareView, RowId } from "./params";

/**
 * The comparison table's state layer: CompareData + the view → one row per attribute, one cell per
 * conflict, each value with the source it comes from (pure; the same rows feed the table and, later,
 * its export).
 */

export type CellItem = { text: string; href?: string; tip?: Tip; sub?: string };
export type CompareRow = { id: RowId; label: string; cells: Record<string, CellItem[]>; sortValue: Record<string, number | null> };

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
  size: "Mission size: latest and peak",
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
        m.mandates.map((d) => {
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
    return { id, label: ROW_LABELS[id], cells, sortValue };
  });
}

function roleItems(c: CompareConflict, keep: (r: CompareConflict["roles"][number]) => boolean): CellItem[] {
  return c.roles.filter(keep).map((r) => ({
    text: r.actor,
    sub: r.fromDate || r.toDate ? formatPeriod(r.fromDate, r.toDate) : undefined,
    href: `/actors/${r.actorSlug}`,
    tip: tipFromCitation(r.citation),
  }));
}

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
    items.push({ text: `${name}: ${formatNumber(last.value)} latest`, sub: formatPartialDate(last.period), href: `/figures/${last.figureId}`, tip: tip(last.figureId, last.period) });
    items.push({ text: `${name}: ${formatNumber(peak.value)} peak`, sub: formatPartialDate(peak.period), href: `/figures/${peak.figureId}`, tip: tip(peak.figureId, peak.period) });
  }
  for (const f of m.sizeFigures) {
    items.push({ text: `${name}: ${formatFigureValue(f)} ${f.unit}`, sub: f.subject, href: `/figures/${f.id}`, tip: tipFromFigure(f) });
  }
  return items;
}
