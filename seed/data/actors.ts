import type { ActorSeed } from "../types";

const state = (slug: string, name: string, description: string, shortName?: string): ActorSeed => ({
  slug,
  name,
  kind: "state",
  description,
  ...(shortName ? { shortName } : {}),
});

const group = (slug: string, name: string, description: string, shortName?: string): ActorSeed => ({
  slug,
  name,
  kind: "armed_group",
  description,
  ...(shortName ? { shortName } : {}),
});

/**
 * Actors of the curated data. Descriptions follow the dossier where it speaks of the actor,
 * and otherwise say only how the UCDP data name them.
 */
export const actors: ActorSeed[] = [
  // ── States ─────────────────────────────────────────────────────────────────
  state(
    "russia",
    "Russian Federation",
    "The dossier's subject: a contributor to UN missions, the lead state of the CSTO and of agreement-based peacekeeping operations in the post-Soviet space, and, in the ceasefires of the 1990s and Nagorno-Karabakh in 2020, both mediator and deployer of forces.",
    "Russia",
  ),
  state("azerbaijan", "Republic of Azerbaijan", "Party to the Nagorno-Karabakh conflict; won the 2020 war and, in Frappi's reading, accepted a Russian peacekeeping presence as its diplomatic price.", "Azerbaijan"),
  state("armenia", "Republic of Armenia", "Backs the Armenian side in Nagorno-Karabakh (a secondary party in UCDP's data) and is one of the two Parties named in the November 2020 ceasefire statement.", "Armenia"),
  state("turkey", "Republic of Turkey", "Azerbaijan's strategic partner; runs a joint ceasefire-monitoring centre with Russia near the Nagorno-Karabakh front, and a limited counterweight to Moscow in Frappi's view.", "Turkey"),
  state("france", "French Republic", "Co-chair of the OSCE Minsk Group with Russia and the United States; in the Sahel, the Western country the dossier singles out for its attempts to assist the G5 Sahel states.", "France"),
  state("united-states", "United States of America", "Co-chair of the OSCE Minsk Group; its withdrawal from Afghanistan frames the Central Asian article.", "United States"),
  state("georgia", "Georgia", "Host state of the Abkhaz and South Ossetian conflicts and of the 1990s Russian-led peacekeeping forces there; fought Russia in August 2008."),
  state("moldova", "Republic of Moldova", "Party to the 1992 war with the Transnistrian (Pridnestrovian) authorities and signatory, with Russia, of the 21 July 1992 agreement.", "Moldova"),
  state("ukraine", "Ukraine", "Party to the Donbas conflict since 2014 and to the interstate war with Russia from 2022."),
  state("tajikistan", "Republic of Tajikistan", "Central Asian CSTO member on the Afghan border; hosts Russia's 201st military base; its 1990s civil war saw a CIS collective peacekeeping force.", "Tajikistan"),
  state("uzbekistan", "Republic of Uzbekistan", "Central Asian state on the Afghan border; held joint exercises with Russia in August 2021; an SCO member, not a CSTO member.", "Uzbekistan"),
  state("kyrgyzstan", "Kyrgyz Republic", "Central Asian CSTO member; hosts a Russian military base and the CSTO's Rubezh-2021 training.", "Kyrgyzstan"),
  state("kazakhstan", "Republic of Kazakhstan", "Central Asian CSTO and SCO member.", "Kazakhstan"),
  state("china", "People's Republic of China", "Co-leads the SCO with Russia; Russia has not opposed its access to the post-Soviet space's economic spheres (Cuppuleri), and it is among the players Russia can hardly compete with in Africa (Sukhankin).", "China"),
  state("india", "Republic of India", "SCO member that took part in the Peaceful Mission 2021 training; named among Russia's competitors in Africa.", "India"),
  state("pakistan", "Islamic Republic of Pakistan", "SCO member that took part in the Peaceful Mission 2021 training.", "Pakistan"),
  state("belarus", "Republic of Belarus", "Took part in the SCO's Peaceful Mission 2021 training.", "Belarus"),
  state("iran", "Islamic Republic of Iran", "Backs the Syrian government (a secondary party in UCDP's data since 2015); the dossier notes the launch of its SCO membership process.", "Iran"),
  state("syria-government", "Government of Syria", "The Syrian government, backed by Russia's 2015 military intervention.", "Syria"),
  state("afghanistan-government", "Government of Afghanistan", "The Afghan government that collapsed in 2021 with the Taliban's return (UCDP side A of conflict 333)."),
  state("serbia-yugoslavia", "Government of Serbia (Yugoslavia)", "Party to the 1998–1999 Kosovo conflict against the UCK (UCDP conflict 412).", "Serbia (Yugoslavia)"),
  state("car-government", "Government of the Central African Republic", "Government side of UCDP conflict 416; works with Russian “instructors” from the Wagner Group according to UN experts."),
  state("mozambique-government", "Government of Mozambique", "Government side of the Cabo Delgado conflict against the Islamic State (UCDP conflict 14845)."),
  state("mali-government", "Government of Mali", "Government side of UCDP conflicts 11347 and 14113; its interim government was said in 2021 to be in talks with Moscow on Russian paramilitary forces."),
  state("libya-government", "Government of Libya", "Government side of UCDP conflicts 11346 and 13694 (the Tripoli-based government in 2019–2020)."),
  state("sudan-government", "Government of Sudan", "Government side of UCDP conflict 309."),
  state("united-arab-emirates", "United Arab Emirates", "Secondary party backing the forces of the House of Representatives in Libya in UCDP's 2019 data.", "UAE"),

  // ── International and regional organisations ───────────────────────────────
  {
    slug: "un",
    name: "United Nations",
    shortName: "UN",
    kind: "international_org",
    description: "Runs the peace operations to which Russia contributes personnel and military observers; the body of the proposed Donbas missions.",
  },
  {
    slug: "csto",
    name: "Collective Security Treaty Organization",
    shortName: "CSTO",
    kind: "regional_org",
    description: "Russia-led alliance based on collective self-defence; three of the five Central Asian states are members, and it envisages no interventions beyond members' borders.",
  },
  {
    slug: "sco",
    name: "Shanghai Cooperation Organization",
    shortName: "SCO",
    kind: "regional_org",
    description: "Russia- and China-led organisation envisioned as a political platform; counters “terrorism, separatism and extremism” through its Regional Anti-Terrorism Structure (RATS).",
  },
  {
    slug: "cis",
    name: "Commonwealth of Independent States",
    shortName: "CIS",
    kind: "regional_org",
    description: "Framework of the collective peacekeeping forces in Abkhazia and Tajikistan in the 1990s; in Cuppuleri's account, the hierarchical order in which Russia seeks status.",
  },
  {
    slug: "osce",
    name: "Organization for Security and Co-operation in Europe",
    shortName: "OSCE",
    kind: "regional_org",
    description: "Ran the Special Monitoring Mission to Ukraine (2014–2022) and hosts the Minsk Group on Nagorno-Karabakh.",
  },
  {
    slug: "osce-minsk-group",
    name: "OSCE Minsk Group",
    kind: "mediation_format",
    description: "Mediation format co-chaired by Russia, France and the United States, managing the Nagorno-Karabakh peace process since the 1992–1994 war; Frappi notes the format's “apparent obsolescence” after the 2020 war.",
  },
  {
    slug: "normandy-format",
    name: "Normandy format",
    kind: "mediation_format",
    description: "Negotiating format on the Donbas conflict in which Kyiv and Moscow met; the dossier notes that peacekeeping proposals were never seriously negotiated there.",
  },
  {
    slug: "nato",
    name: "North Atlantic Treaty Organization",
    shortName: "NATO",
    kind: "regional_org",
    description: "Leads KFOR in Kosovo, where Russian peacekeepers served alongside NATO's in 1999; an alliance Russia traditionally sees as a security threat, according to Cuppuleri.",
  },
  {
    slug: "eu",
    name: "European Union",
    shortName: "EU",
    kind: "regional_org",
    description: "Leads projects of technical assistance in border management and counter-terrorism in Central Asia; its members are among the players in Africa Russia can hardly compete with.",
  },

  // ── De facto authorities ───────────────────────────────────────────────────
  {
    slug: "artsakh",
    name: "Republic of Artsakh (Nagorno-Karabakh)",
    shortName: "Artsakh",
    kind: "de_facto_authority",
    description: "Self-proclaimed republic of the Armenians of Nagorno-Karabakh (UCDP side B of conflict 388); Baku seeks to de-legitimise and isolate it.",
  },
  {
    slug: "transnistria-pmr",
    name: "Pridnestrovian Moldavian Republic (Transnistria)",
    shortName: "PMR",
    kind: "de_facto_authority",
    description: "De facto state on the Dniester (UCDP: PMR); one of the breakaway regions where Russia justifies its presence by responsibility toward minorities.",
  },
  {
    slug: "abkhazia-de-facto",
    name: "Republic of Abkhazia (de facto)",
    shortName: "Abkhazia",
    kind: "de_facto_authority",
    description: "Breakaway region of Georgia (UCDP side B of conflict 392) where a CIS collective peacekeeping force built on the Russian contingent served from 1994.",
  },
  {
    slug: "south-ossetia-de-facto",
    name: "Republic of South Ossetia (de facto)",
    shortName: "South Ossetia",
    kind: "de_facto_authority",
    description: "Breakaway region of Georgia (UCDP side B of conflict 393) whose 1992 ceasefire, in Cuppuleri's account, legitimised the Russian troops' presence.",
  },
  {
    slug: "dpr",
    name: "Donetsk People's Republic",
    shortName: "DPR",
    kind: "de_facto_authority",
    description: "Self-declared Russia-backed republic in Donetsk (UCDP side B of conflicts 13246 and 13306).",
  },
  {
    slug: "lpr",
    name: "Luhansk People's Republic",
    shortName: "LPR",
    kind: "de_facto_authority",
    description: "Self-declared Russia-backed republic in Luhansk (UCDP side B of conflicts 13247 and 13306).",
  },

  // ── Armed groups (named as in UCDP's data) ─────────────────────────────────
  group("novorossiya-forces", "United Armed Forces of Novorossiya", "UCDP's name for the joint DPR/LPR forces on side B of conflict 13306 in 2014–2015."),
  group("taliban", "Taliban (Taleban)", "Afghan insurgent movement (UCDP: Taleban) whose return to power in 2021 follows the collapse of the Afghan government; designated a terrorist organisation by Russia.", "Taliban"),
  group("islamic-state", "Islamic State", "Jihadist group (UCDP: IS) fighting the governments of Syria, Libya, Mali and Mozambique in the UCDP data.", "IS"),
  group("uto", "United Tajik Opposition", "Opposition alliance fighting the Tajik government in the 1990s civil war (UCDP: UTO).", "UTO"),
  group("syrian-insurgents", "Syrian insurgents", "UCDP's collective name for the armed opposition to the Syrian government in conflict 299."),
  group("uck", "Kosovo Liberation Army (UCK)", "Fought the Serbian (Yugoslav) government in 1998–1999 (UCDP conflict 412).", "UCK"),
  group("aqim", "Al-Qaeda in the Islamic Maghreb", "Jihadist group named by the dossier among the Sahel's destabilising players and on side B of UCDP conflict 11347.", "AQIM"),
  group("jnim", "Jama'at Nusrat al-Islam wal-Muslimin", "UCDP's side B of conflict 11347 in Mali since 2017.", "JNIM"),
  group("cpc", "Coalition of Patriots for Change", "Rebel coalition on side B of UCDP conflict 416 (Central African Republic) in 2020–2021.", "CPC"),
  group("upc", "Union for Peace in the Central African Republic", "Rebel group on side B of UCDP conflict 416 in 2018–2021.", "UPC"),
  group("fprc", "Popular Front for the Rebirth of Central African Republic", "Rebel group on side B of UCDP conflict 15283 in 2015.", "FPRC"),
  group("slm-a", "Sudan Liberation Movement/Army", "Rebel movement on side B of UCDP conflict 309 (Sudan) in 2017–2021.", "SLM/A"),
  group("house-of-representatives-forces", "Forces of the House of Representatives", "UCDP's name for the forces opposing the Government of Libya on side B of conflict 11346 in 2014–2020.", "HoR forces"),

  // ── Private military company, units, initiative ─────────────────────────────
  {
    slug: "wagner",
    name: "Wagner Group",
    shortName: "Wagner",
    kind: "pmc",
    state: "russia",
    description:
      "Russian private military company active, according to the dossier, in Ukraine, Syria, Libya and increasingly Sub-Saharan Africa; the Kremlin denies any links with it, yet it has become “the infamous face of Russian ‘peacekeeping’ abroad”.",
  },
  {
    slug: "russian-military-police",
    name: "Military Police of the Russian Armed Forces",
    shortName: "Russian Military Police",
    kind: "military_unit",
    state: "russia",
    description:
      "Created in late 2011 in the defence reform; in Syria it became, after December 2016, Moscow's main tool for humanitarian and peacekeeping operations, and it deployed with the Nagorno-Karabakh contingent in 2020.",
  },
  {
    slug: "201st-military-base",
    name: "201st Russian military base (Tajikistan)",
    shortName: "201st base",
    kind: "military_unit",
    state: "russia",
    description: "Large Russian base in Tajikistan, described as “a guarantor of stability on the southern borders of the CSTO”; re-equipped with anti-tank and air-defence systems in August 2021.",
  },
  {
    slug: "ukraine-initiative",
    name: "Ukraine Initiative",
    kind: "initiative",
    description:
      "Strategic campaign run by the political consultancy of former NATO Secretary-General Anders Fogh Rasmussen; in February 2018 it floated a comprehensive proposal for a peacekeeping force in eastern Ukraine.",
  },
];
