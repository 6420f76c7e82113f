/**
 * Quantities that more than one source states. Curated figures join a comparison through their
 * `comparisonKey`; `ucdp` lists the UCDP aggregates the seed computes (in SQL, from the imported
 * rows) for every BRD release present, so the dossier's number stands beside UCDP's own.
 */
export type UcdpAggregate = {
  /** the words shown as the figure's subject */
  subject: string;
  ucdpConflictIds: number[];
  years: [number, number];
  /** sum: total over the years; max-year: the highest yearly total in the years */
  pick: "sum" | "max-year";
};

export type ComparisonSeed = {
  key: string;
  title: string;
  conflict: string;
  note: string;
  /** the note's judgement: the sources agree, or differ only in precision (wording of differences) */
  consistent: boolean;
  ucdp: UcdpAggregate[];
};

export const comparisons: ComparisonSeed[] = [
  {
    key: "brd:ukraine:2014",
    title: "Battle-related deaths in Ukraine, 2014",
    conflict: "donbas",
    note:
      "The dossier (Malyarenko) quotes the Uppsala Conflict Data Program without naming a release. UCDP revises its estimates from release to release, so a figure is true for its release: in BRD 24.1 the four state-based conflicts located in Ukraine in 2014 — Maidan (UCDP 13219), DPR (13246), LPR (13247) and Novorossiya (13306) — total 4,893, and the three Donbas conflicts alone 4,805. The Maidan conflict's 88 deaths explain only part of the gap to 4,441.",
    consistent: false,
    ucdp: [
      { subject: "All UCDP conflicts located in Ukraine (13219, 13246, 13247, 13306)", ucdpConflictIds: [13219, 13246, 13247, 13306], years: [2014, 2014], pick: "sum" },
      { subject: "The Donbas conflicts only (13246, 13247, 13306)", ucdpConflictIds: [13246, 13247, 13306], years: [2014, 2014], pick: "sum" },
    ],
  },
  {
    key: "brd:ukraine:2015",
    title: "Battle-related deaths in Ukraine, 2015",
    conflict: "donbas",
    note:
      "The dossier quotes UCDP (no release named) at 1,315 for 2015; UCDP BRD 24.1 records 1,787, all in conflict 13306 (Novorossiya/DPR/LPR). The difference is a revision between UCDP releases: both are kept, each with its source.",
    consistent: false,
    ucdp: [{ subject: "All UCDP conflicts located in Ukraine (13306 in 2015)", ucdpConflictIds: [13219, 13246, 13247, 13306], years: [2015, 2015], pick: "sum" }],
  },
  {
    key: "brd:ukraine:2016-2021",
    title: "Battle-related deaths in Ukraine per year, 2016–2021",
    conflict: "donbas",
    note:
      "The dossier gives an upper bound (“does not exceed 400-450 people annually” since 2016). UCDP BRD 24.1's yearly totals for 2016–2021 lie between 196 and 417; its highest year is shown here, so the two sources agree.",
    consistent: true,
    ucdp: [{ subject: "Highest yearly total, UCDP conflicts located in Ukraine, 2016–2021", ucdpConflictIds: [13219, 13246, 13247, 13306], years: [2016, 2021], pick: "max-year" }],
  },
  {
    key: "brd:nagorno-karabakh:2020",
    title: "Deaths in the 2020 Nagorno-Karabakh war",
    conflict: "nagorno-karabakh",
    note:
      "The dossier (Vartanyan) says over 7,000 were killed in six weeks of fighting; UCDP BRD 24.1 counts 7,646 battle-related deaths (low 7,548, high 9,077) in conflict 388 over the whole of 2020. The two agree: UCDP's count covers the calendar year and its definition of battle-related deaths.",
    consistent: true,
    ucdp: [{ subject: "UCDP conflict 388 (Azerbaijan vs Republic of Artsakh), 2020", ucdpConflictIds: [388], years: [2020, 2020], pick: "sum" }],
  },
  {
    key: "personnel:nk-contingent",
    title: "Size of the Russian peacekeeping contingent in Nagorno-Karabakh",
    conflict: "nagorno-karabakh",
    note:
      "Vartanyan gives the ceasefire statement's cap of 1,960 personnel; the introduction rounds it to “roughly 2,000”. Same quantity, different precision.",
    consistent: true,
    ucdp: [],
  },
  {
    key: "duration:nk-war-2020",
    title: "Length of the 2020 Nagorno-Karabakh war",
    conflict: "nagorno-karabakh",
    note: "Vartanyan writes of 44 days of war and of six weeks of fighting; Frappi calls it the “44 Days War”. The sources agree.",
    consistent: true,
    ucdp: [],
  },
];
