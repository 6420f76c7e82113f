/** Comparisons the dossier itself invites, offered when /compare has no selection. */
export const SUGGESTED_COMPARISONS: { title: string; slugs: string[]; why: string }[] = [
  {
    title: "Nagorno-Karabakh, Transnistria, Abkhazia and Donbas",
    slugs: ["nagorno-karabakh", "transnistria", "abkhazia", "donbas"],
    why: "Russia's operations where the dossier's post-Soviet articles meet: a contingent without a detailed mandate, a trilateral force, a CIS force, and a UN mission that was proposed and never deployed.",
  },
  {
    title: "The post-Soviet frozen conflicts",
    slugs: ["transnistria", "abkhazia", "south-ossetia", "nagorno-karabakh"],
    why: "The ceasefires Russia negotiated in the 1990s and the peacekeeping forces they legitimised (Cuppuleri).",
  },
  {
    title: "Nagorno-Karabakh and Donbas",
    slugs: ["nagorno-karabakh", "donbas"],
    why: "A Russian contingent deployed by a three-sentence statement beside a conflict where every peacekeeping proposal failed (Vartanyan, Malyarenko).",
  },
  {
    title: "Russia's security export: Syria, Libya, Mozambique and the Central African Republic",
    slugs: ["syria", "libya", "mozambique", "central-african-republic"],
    why: "The Military Police in Syria and private military companies in Africa (Dreyfus, Sukhankin).",
  },
];
