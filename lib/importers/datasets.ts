import type { DatasetKey } from "./types";

/**
 * The data-set families Parallax imports: what a release is called, who publishes it, its
 * licence and how to cite it. Licences and citations follow ../shared/data/README.md; each
 * import copies them into the release's Source row.
 */
export type DatasetDefinition = {
  key: DatasetKey;
  /** Family name, without version. */
  name: string;
  /** Short name; the release's shortTitle is `${shortName} ${version}` ("UCDP BRD 24.1"). */
  shortName: string;
  publisher: string;
  licence: string;
  /** Where the publisher distributes the data set. */
  url: string;
  /** File formats the importer reads. */
  formats: readonly ("csv" | "geojson")[];
  /** Release to assume when neither the caller, the file nor its name says (files that carry none). */
  defaultVersion?: string;
  title: (version: string) => string;
  citation: (version: string) => string;
  /** What the figures of this family are, how to read them: shown by the UI, copied into Source.note. */
  note: string;
  /** For families with several series: Figure.variant → what the series is. */
  variants?: Record<string, string>;
};

/** UCDP asks for its annual Journal of Peace Research article of the release year; the README names the ones of our files. */
function ucdpArticle(version: string, known: Record<string, string>): string {
  return known[version] ?? `the UCDP annual article in the Journal of Peace Research that accompanies release ${version}`;
}

const UCDP = "Uppsala Conflict Data Program (UCDP), Uppsala University";
const UCDP_DOWNLOADS = "https://ucdp.uu.se/downloads/";

export const datasets: Record<DatasetKey, DatasetDefinition> = {
  "ucdp-brd": {
    key: "ucdp-brd",
    name: "UCDP Battle-Related Deaths Dataset (dyadic)",
    shortName: "UCDP BRD",
    publisher: UCDP,
    licence: "CC BY 4.0",
    url: UCDP_DOWNLOADS,
    formats: ["csv"],
    title: (v) => `UCDP Battle-Related Deaths Dataset, dyadic version ${v}`,
    citation: (v) =>
      `UCDP Battle-Related Deaths Dataset, dyadic version ${v}, Uppsala Conflict Data Program; cite ${ucdpArticle(v, {
        "24.1": "Davies, Pettersson & Öberg (2024)",
      })}.`,
    note:
      "Battle-related deaths per dyad and year, with UCDP's low, best and high estimates. UCDP revises earlier years " +
      "between releases, so two releases can both be right about the same year. A few rows are published with low, " +
      "best and high out of order (7 in 24.1); they are kept as published and the figure's note says so.",
  },
  "ucdp-acd": {
    key: "ucdp-acd",
    name: "UCDP/PRIO Armed Conflict Dataset",
    shortName: "UCDP/PRIO ACD",
    publisher: `${UCDP}, and the Peace Research Institute Oslo (PRIO)`,
    licence: "CC BY 4.0",
    url: UCDP_DOWNLOADS,
    formats: ["csv"],
    title: (v) => `UCDP/PRIO Armed Conflict Dataset version ${v}`,
    citation: (v) =>
      `UCDP/PRIO Armed Conflict Dataset version ${v}; cite Gleditsch et al. (2002) and ${ucdpArticle(v, {
        "22.1": "Davies et al. (2022)",
      })}.`,
    note:
      "One row per conflict-year: sides, incompatibility, intensity (1: 25–999 battle-related deaths in the year, " +
      "2: 1,000 or more), type of conflict, start dates and episode ends. Dates and codings change between releases.",
  },
  "ucdp-ged": {
    key: "ucdp-ged",
    name: "UCDP Georeferenced Event Dataset",
    shortName: "UCDP GED",
    publisher: UCDP,
    licence: "CC BY 4.0",
    url: UCDP_DOWNLOADS,
    formats: ["csv", "geojson"],
    title: (v) => `UCDP Georeferenced Event Dataset (GED) Global version ${v}`,
    citation: (v) =>
      `UCDP Georeferenced Event Dataset version ${v}; cite Sundberg & Melander (2013) and ${ucdpArticle(v, {
        "23.1": "Davies et al. (2023)",
      })}.`,
    note:
      "Events of organised violence with place, date and low/best/high deaths. Parallax sums them in SQL per UCDP " +
      "id and year (state-based conflicts, non-state conflicts and one-sided actors, each with UCDP's own ids), per " +
      "state-based conflict and month, and per country, year and type of violence. A file may hold only part of a " +
      "release (one country, a sample): its sums cover that part only.",
    variants: {
      "state-based": "type_of_violence 1: a government is one of the sides",
      "non-state": "type_of_violence 2: organised groups, no government",
      "one-sided": "type_of_violence 3: an organised actor against civilians",
    },
  },
  "peace-ops": {
    key: "peace-ops",
    name: "Peace operations, monthly panel of SIPRI and IPI figures",
    shortName: "SIPRI/IPI panel",
    publisher: "SIPRI / IPI figures via the tdballesteros/conflict-relapse panel (compiler undocumented)",
    licence: "not stated by the compiler",
    url: "https://github.com/tdballesteros/conflict-relapse",
    formats: ["csv"],
    defaultVersion: "2016",
    title: (v) => `Peace operations monthly panel (SIPRI and IPI figures), 1993–${v}`,
    citation: () =>
      "SIPRI / IPI figures via this panel: tdballesteros/conflict-relapse, Data files/Raw data files/pko.csv (commit 6ee86fa8).",
    note:
      "A mission-month panel whose compiler documents neither method nor columns. What the columns appear to be, " +
      "read from the 1993–2016 file itself (every mission-month compared; a reading, not the compiler's word): " +
      "SIPRI_* are SIPRI's reported strengths, about one per mission and year and mostly dated December (623 " +
      "mission-months); IPI_* are IPI's monthly figures where IPI covers the mission (2,912 mission-months); " +
      "*_backward repeats each SIPRI figure over the months before it (every month shows the next SIPRI value); " +
      "*_ipo interpolates linearly between consecutive SIPRI figures and is blank before a mission's first one; " +
      "*_iepo, imported here as the series \"panel monthly\", nearly always equals *_ipo to within rounding where that exists " +
      "(components interpolated separately, then summed) and extends it before the first SIPRI figure, mostly " +
      "along the first interval's trend. It equals SIPRI in every month SIPRI reports and does not follow IPI; " +
      "between reports it is the panel's estimate, not a reported figure. The panel stops at each mission's last " +
      "SIPRI figure. The file repeats a mission-month once per UCDP conflict episode; Parallax keeps one.",
    variants: {
      SIPRI: "SIPRI's reported strength for the month it is dated (mostly December).",
      IPI: "IPI's monthly figure.",
      "panel monthly":
        "The panel's monthly series (totals_iepo): SIPRI figures interpolated between reports and extrapolated before the first; an estimate between reports.",
    },
  },
  "owid-un-peacekeeping": {
    key: "owid-un-peacekeeping",
    name: "UN peacekeeping worldwide per year (Our World in Data)",
    shortName: "OWID UN peacekeeping",
    publisher: "Our World in Data, from UN Peacekeeping and the Global Policy Forum",
    licence: "CC BY",
    url: "https://github.com/owid/owid-datasets/tree/master/datasets/United%20Nations%20Peacekeeping",
    formats: ["csv"],
    defaultVersion: "2022",
    title: (v) => `UN peacekeeping missions and personnel worldwide, 1947–${v} (Our World in Data)`,
    citation: () => "Our World in Data, from UN Peacekeeping and Global Policy Forum (owid/owid-datasets, commit 48c9992a).",
    note:
      "All UN peacekeeping missions together, one value per year (December figures): number of missions, total " +
      "uniformed personnel, police, military observers and troops. The last year can be incomplete (2022 lacks " +
      "personnel); empty cells are not imported.",
  },
};

export function datasetDefinition(key: DatasetKey): DatasetDefinition {
  return datasets[key];
}
