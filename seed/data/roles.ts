import type { Cite, RoleSeed } from "../types";

const d = (a: number, b: number, quote: string): Cite => ({ dossier: { lines: [a, b], quote } });
const acd = (rowKey: string, note?: string): Cite => ({ dataset: "ucdp-acd", version: "22.1", rowKey, ...(note ? { note } : {}) });
const brd = (rowKey: string, note?: string): Cite => ({ dataset: "ucdp-brd", version: "24.1", rowKey, ...(note ? { note } : {}) });
const pko = (missionid: string, date: string, note?: string): Cite => ({
  dataset: "peace-ops",
  version: "2016",
  rowKey: `missionid=${missionid};date=${date}`,
  ...(note ? { note } : {}),
});
const src = (source: string, quote?: string, note?: string): Cite => ({
  source,
  ...(quote ? { quote } : {}),
  ...(note ? { note } : {}),
});

const MINSK_GROUP = d(
  411,
  418,
  "It followed over 25 years of deadlocked talks led by Russia as well as France and the United States, its two fellow co-chairs in the OSCE Minsk Group, which has been with managing the peace process since the region’s 1992-1994 war.",
);
const KFOR_BROCHURE = d(
  14,
  21,
  "reads the title of a NATO brochure dating back to the aftermath of the Kosovo Force (KFOR) mission deployment in June 1999. Going through the document today feels like reading a fantasy tale: Russian and NATO peacekeepers are described as working together to restore stability and peace to the Western Balkans",
);
const WAGNER_ACTIVE = d(33, 35, "the Russian Private Military Company (PMC) Wagner, which is active in Ukraine, Syria, Libya, and, increasingly, in Sub-Saharan Africa.");

/**
 * Dated roles. UCDP's secondary warring parties (side_a_2nd / side_b_2nd) are coded as backers;
 * the years are those of the ACD rows that list them.
 */
export const roles: RoleSeed[] = [
  // ── Nagorno-Karabakh ───────────────────────────────────────────────────────
  { conflict: "nagorno-karabakh", actor: "azerbaijan", role: "party", from: "1991", cite: acd("conflict_id=388;year=1991", "side A") },
  { conflict: "nagorno-karabakh", actor: "artsakh", role: "party", from: "1991", cite: acd("conflict_id=388;year=1991", "side B: Republic of Artsakh") },
  {
    conflict: "nagorno-karabakh",
    actor: "armenia",
    role: "backer",
    from: "1991",
    note: "UCDP secondary party on side B in most active years (not in 1994)",
    cite: acd("conflict_id=388;year=2020", "side_b_2nd: Government of Armenia"),
  },
  {
    conflict: "nagorno-karabakh",
    actor: "armenia",
    role: "party",
    from: "2020-11-10",
    note: "One of the two “Parties” of the November 2020 ceasefire statement",
    cite: src(
      "nk-trilateral-statement-2020",
      "The Republic of Azerbaijan and the Republic of Armenia, hereinafter referred to as the Parties, shall stop at their current positions.",
      "item 1",
    ),
  },
  {
    conflict: "nagorno-karabakh",
    actor: "turkey",
    role: "backer",
    from: "2020",
    to: "2020",
    note: "UCDP secondary party on Azerbaijan's side in 2020",
    cite: acd("conflict_id=388;year=2020", "side_a_2nd: Government of Turkey"),
  },
  {
    conflict: "nagorno-karabakh",
    actor: "turkey",
    role: "monitor",
    from: "2021-01-30",
    note: "Joint Russian–Turkish ceasefire monitoring centre (dossier lines 389–393)",
    cite: src(
      "reuters-russia-turkey-centre-2021",
      "Russia and Turkey opened a joint center on Saturday to observe a ceasefire in Nagorno-Karabakh that was agreed following a flare-up in the conflict in the region last year",
    ),
  },
  { conflict: "nagorno-karabakh", actor: "russia", role: "mediator", note: "OSCE Minsk Group co-chair; brokered the November 2020 truce", cite: MINSK_GROUP },
  { conflict: "nagorno-karabakh", actor: "france", role: "mediator", note: "OSCE Minsk Group co-chair", cite: MINSK_GROUP },
  { conflict: "nagorno-karabakh", actor: "united-states", role: "mediator", note: "OSCE Minsk Group co-chair", cite: MINSK_GROUP },
  { conflict: "nagorno-karabakh", actor: "osce-minsk-group", role: "mediator", cite: MINSK_GROUP },
  {
    conflict: "nagorno-karabakh",
    actor: "russia",
    role: "peacekeeper",
    from: "2020-11",
    to: "2024-06-12",
    note: "Deployed in November 2020 (the dossier, lines 216–222); early withdrawal began on 17 April 2024 (TASS) and was completed on 12 June 2024, according to Azerbaijan's Defence Ministry",
    cite: src(
      "kyiv-independent-nk-withdrawal-2024",
      "The withdrawal of a Russian \"peacekeeping\" contingent from Nagorno-Karabakh concluded on June 12, Azerbaijan's Defense Ministry said.",
    ),
  },
  {
    conflict: "nagorno-karabakh",
    actor: "russia",
    role: "monitor",
    from: "2021-01-30",
    note: "Joint Russian–Turkish ceasefire monitoring centre",
    cite: src(
      "reuters-russia-turkey-centre-2021",
      "Russia and Turkey opened a joint center on Saturday to observe a ceasefire in Nagorno-Karabakh that was agreed following a flare-up in the conflict in the region last year",
    ),
  },
  {
    conflict: "nagorno-karabakh",
    actor: "russian-military-police",
    role: "peacekeeper",
    from: "2020-11",
    to: "2024-06-12",
    note: "Part of the contingent; the contingent's withdrawal was completed on 12 June 2024 (Kyiv Independent, the Russian peacekeeper role's source)",
    cite: d(1342, 1346, "the deployment of MP units as part of the Russian contingent deployed in the Nagorno Karabakh region following the November 2020 ceasefire agreement"),
  },

  // ── Transnistria ───────────────────────────────────────────────────────────
  { conflict: "transnistria", actor: "moldova", role: "party", from: "1992", to: "1992", cite: acd("conflict_id=394;year=1992", "side A") },
  { conflict: "transnistria", actor: "transnistria-pmr", role: "party", from: "1992", to: "1992", cite: acd("conflict_id=394;year=1992", "side B: PMR") },
  {
    conflict: "transnistria",
    actor: "russia",
    role: "mediator",
    from: "1992-07",
    cite: d(211, 215, "In Transnistria, where the ceasefire was brokered in July 1992, Russia’s ability to maintain control over military issues was facilitated by its close relationship with the separatist region’s peacekeeping contingent."),
  },
  {
    conflict: "transnistria",
    actor: "russia",
    role: "peacekeeper",
    from: "1992-07-21",
    note: "Member of the Joint Control Commission; Russian peacekeepers still active at the time of the dossier",
    cite: src(
      "transnistria-agreement-1992-text",
      "a Joint Control Commission shall be established consisting of representatives of the three Parties involved in the settlement.",
      "Article 2(1)",
    ),
  },
  {
    conflict: "transnistria",
    actor: "moldova",
    role: "peacekeeper",
    note: "Moldovan contingent of the joint peacekeeping force in the security zone",
    cite: src("transnistria-confidence-measures-1998", "the peacekeeping forces of the Republic of Moldova and of the Pridnestrovian region in the security zone"),
  },
  {
    conflict: "transnistria",
    actor: "transnistria-pmr",
    role: "peacekeeper",
    note: "Pridnestrovian contingent of the joint peacekeeping force in the security zone",
    cite: src("transnistria-confidence-measures-1998", "the peacekeeping forces of the Republic of Moldova and of the Pridnestrovian region in the security zone"),
  },

  // ── Abkhazia ───────────────────────────────────────────────────────────────
  { conflict: "abkhazia", actor: "georgia", role: "party", from: "1992", to: "1993", cite: acd("conflict_id=392;year=1992", "side A") },
  { conflict: "abkhazia", actor: "abkhazia-de-facto", role: "party", from: "1992", to: "1993", cite: acd("conflict_id=392;year=1992", "side B: Republic of Abkhazia") },
  {
    conflict: "abkhazia",
    actor: "russia",
    role: "mediator",
    note: "“facilitator” of the negotiations in the CIS heads of state's words",
    cite: src(
      "cis-abkhazia-decision-1996",
      "The Council of the heads of States of the Commonwealth of independent states expects the sides to achieve an early and substantial results at the negotiations with the assistance of the Russian Federation as facilitator",
    ),
  },
  {
    conflict: "abkhazia",
    actor: "russia",
    role: "peacekeeper",
    from: "1994",
    note: "Basis of the CIS collective force; the SIPRI/IPI panel lists the CIS force from 1994m6 to 2008m10",
    cite: src(
      "cis-abkhazia-decision-1994",
      "Russian military contingent, already deployed to the conflict zone shall be used as the basis for collective force for maintaining the peace.",
    ),
  },
  {
    conflict: "abkhazia",
    actor: "cis",
    role: "peacekeeper",
    from: "1994-06",
    to: "2008-10",
    note: "Months of the SIPRI/IPI panel (first 1994m6, last 2008m10)",
    cite: pko("37209", "1994m6"),
  },
  {
    conflict: "abkhazia",
    actor: "un",
    role: "monitor",
    from: "1993-09",
    to: "2009-05",
    note: "UNOMIG; months of the SIPRI/IPI panel (first 1993m9, last 2009m5)",
    cite: pko("3720103", "1993m9"),
  },

  // ── South Ossetia ──────────────────────────────────────────────────────────
  { conflict: "south-ossetia", actor: "georgia", role: "party", from: "1992", cite: acd("conflict_id=393;year=1992", "side A; also active in 2004 and 2008") },
  { conflict: "south-ossetia", actor: "south-ossetia-de-facto", role: "party", from: "1992", cite: acd("conflict_id=393;year=1992", "side B: Republic of South Ossetia") },
  {
    conflict: "south-ossetia",
    actor: "russia",
    role: "mediator",
    from: "1992",
    cite: d(203, 206, "Russia had a leading role in the precarious ceasefire with South Ossetia and Abkhazia in 1992"),
  },
  {
    conflict: "south-ossetia",
    actor: "russia",
    role: "peacekeeper",
    from: "1992",
    note: "Signatory of the Sochi Agreement of 24 June 1992; the SIPRI/IPI panel lists the joint force until 2008m10",
    cite: d(206, 211, "The terms of the ceasefire effectively legitimised the Russian troops’ presence there, since their peacekeeping force was permitted to remain — and even take additional measures — to maintain the peace."),
  },

  // ── Georgia 2008 ───────────────────────────────────────────────────────────
  { conflict: "georgia-2008", actor: "georgia", role: "party", from: "2008-08", cite: d(205, 206, "the Russo-Georgian war of August 2008") },
  {
    conflict: "georgia-2008",
    actor: "russia",
    role: "party",
    from: "2008-08",
    note: "A belligerent in the dossier's words; UCDP codes Russia as a secondary party on South Ossetia's side",
    cite: d(205, 206, "the Russo-Georgian war of August 2008"),
  },
  {
    conflict: "georgia-2008",
    actor: "russia",
    role: "backer",
    from: "2008",
    to: "2008",
    note: "UCDP secondary party on side B of conflict 393 in 2008",
    cite: acd("conflict_id=393;year=2008", "side_b_2nd: Government of Russia (Soviet Union)"),
  },
  { conflict: "georgia-2008", actor: "south-ossetia-de-facto", role: "party", from: "2008", to: "2008", cite: acd("conflict_id=393;year=2008", "side B: Republic of South Ossetia") },

  // ── Tajikistan ─────────────────────────────────────────────────────────────
  { conflict: "tajikistan", actor: "tajikistan", role: "party", from: "1992", cite: acd("conflict_id=395;year=1992", "side A") },
  { conflict: "tajikistan", actor: "uto", role: "party", from: "1992", to: "1998", cite: acd("conflict_id=395;year=1993", "side B: UTO (1992: PFT, UTO; 1998: with the Forces of Khudoberdiyev)") },
  {
    conflict: "tajikistan",
    actor: "russia",
    role: "backer",
    from: "1993",
    to: "1996",
    note: "UCDP secondary party on the government side, 1993–1996",
    cite: acd("conflict_id=395;year=1996", "side_a_2nd: Government of Russia (Soviet Union); also 1993–1995"),
  },
  {
    conflict: "tajikistan",
    actor: "uzbekistan",
    role: "backer",
    from: "1992",
    to: "1994",
    note: "UCDP secondary party on the government side, 1992–1994",
    cite: acd("conflict_id=395;year=1993", "side_a_2nd includes Government of Uzbekistan"),
  },
  {
    conflict: "tajikistan",
    actor: "russia",
    role: "peacekeeper",
    from: "1993",
    note: "Bulk of the CIS collective peacekeeping forces (the 201st motor-rifle division, per Jamestown 1996)",
    cite: d(227, 230, "Overall, by 1993, Russia had over 36,000 troops deployed on peacekeeping duties in post-Soviet conflicts across Tajikistan, Transnistria, Abkhazia, and Nagorno-Karabakh."),
  },
  {
    conflict: "tajikistan",
    actor: "cis",
    role: "peacekeeper",
    from: "1993-09-24",
    note: "Agreement on Collective Peacekeeping Forces of 24 September 1993; the SIPRI/IPI panel (“CIS”) runs 1993m3–2000m9",
    cite: src(
      "cis-tajikistan-protocol-1995",
      "Guided by the Agreement on Collective Peacekeeping Forces and Joint Measures for their Logistical Support dated September 24, 1993",
    ),
  },
  {
    conflict: "tajikistan",
    actor: "un",
    role: "monitor",
    from: "1994-12",
    to: "2000-06",
    note: "UNMOT; months of the SIPRI/IPI panel (first 1994m12, last 2000m6)",
    cite: pko("7020101", "1994m12"),
  },
  {
    conflict: "tajikistan",
    actor: "un",
    role: "mediator",
    note: "UN Special Envoy as third party to the Tehran Agreement (17 September 1994)",
    cite: src("pax-tehran-1994", "Special Envoy of the Secretary-General of the United Nations"),
  },

  // ── Donbas ─────────────────────────────────────────────────────────────────
  { conflict: "donbas", actor: "ukraine", role: "party", from: "2014", cite: acd("conflict_id=13306;year=2014", "side A") },
  { conflict: "donbas", actor: "dpr", role: "party", from: "2014", cite: acd("conflict_id=13306;year=2021", "side B: DPR, LPR (DPR also conflict 13246, 2014)") },
  { conflict: "donbas", actor: "lpr", role: "party", from: "2014", cite: acd("conflict_id=13306;year=2021", "side B: DPR, LPR (LPR also conflict 13247, 2014)") },
  { conflict: "donbas", actor: "novorossiya-forces", role: "party", from: "2014", to: "2015", cite: acd("conflict_id=13306;year=2015", "side B: DPR, LPR, United Armed Forces of Novorossiya") },
  {
    conflict: "donbas",
    actor: "russia",
    role: "backer",
    from: "2014",
    note: "UCDP secondary party on side B in every year 2014–2021; the dossier speaks of “Russia-backed rebels”",
    cite: acd("conflict_id=13306;year=2021", "side_b_2nd: Government of Russia (Soviet Union)"),
  },
  {
    conflict: "donbas",
    actor: "osce",
    role: "monitor",
    from: "2014-03-21",
    to: "2022-03-31",
    note: "OSCE Special Monitoring Mission to Ukraine",
    cite: src(
      "interfax-smm-closure-2022",
      "The OSCE Special Monitoring Mission to Ukraine (SMM) began its work on March 21, 2014 in connection with the appeal of the Government of Ukraine to the OSCE and the consensus decision of all 57 OSCE participating States.",
    ),
  },
  {
    conflict: "donbas",
    actor: "normandy-format",
    role: "mediator",
    cite: d(673, 676, "either between Kyiv and Russia-backed rebels or between Kyiv and Moscow in the Normandy format."),
  },
  { conflict: "donbas", actor: "wagner", role: "contractor", note: "The dossier says Wagner is active in Ukraine", cite: WAGNER_ACTIVE },

  // ── Russia–Ukraine 2022 ────────────────────────────────────────────────────
  { conflict: "russia-ukraine-2022", actor: "russia", role: "party", from: "2022", cite: brd("conflict_id=13243;dyad_id=14117;year=2022", "side A") },
  { conflict: "russia-ukraine-2022", actor: "ukraine", role: "party", from: "2022", cite: brd("conflict_id=13243;dyad_id=14117;year=2022", "side B") },

  // ── Syria ──────────────────────────────────────────────────────────────────
  { conflict: "syria", actor: "syria-government", role: "party", cite: acd("conflict_id=299;year=2021", "side A") },
  { conflict: "syria", actor: "syrian-insurgents", role: "party", from: "2011", cite: acd("conflict_id=299;year=2011", "side B: Syrian insurgents") },
  { conflict: "syria", actor: "islamic-state", role: "party", from: "2013", cite: acd("conflict_id=13604;year=2013", "side B: IS") },
  {
    conflict: "syria",
    actor: "russia",
    role: "backer",
    from: "2015",
    note: "UCDP secondary party on the government side from 2015 (conflicts 299 and 13604)",
    cite: acd("conflict_id=299;year=2015", "side_a_2nd: Government of Iran, Government of Russia (Soviet Union)"),
  },
  {
    conflict: "syria",
    actor: "russia",
    role: "party",
    from: "2015",
    note: "Military intervention from 2015",
    cite: d(149, 151, "It is a well-known fact that Russia’s 2015 military intervention changed the fate of the conflict"),
  },
  {
    conflict: "syria",
    actor: "russia",
    role: "mediator",
    note: "Local ceasefires brokered by the Russian Coordination Center for the Reconciliation of Opposing Sides",
    cite: d(1270, 1275, "the hundreds of local ceasefires concluded between the regime and rebel forces and brokered by the Coordination Center for the Reconciliation Center of Opposing Sides."),
  },
  {
    conflict: "syria",
    actor: "iran",
    role: "backer",
    from: "2015",
    note: "UCDP secondary party on the government side from 2015",
    cite: acd("conflict_id=299;year=2015", "side_a_2nd: Government of Iran, Government of Russia (Soviet Union)"),
  },
  {
    conflict: "syria",
    actor: "turkey",
    role: "backer",
    from: "2020",
    note: "UCDP secondary party on the insurgents' side in 2020–2021",
    cite: acd("conflict_id=299;year=2020", "side_b_2nd: Government of Turkey"),
  },
  {
    conflict: "syria",
    actor: "russian-military-police",
    role: "peacekeeper",
    from: "2016-12",
    note: "Main tool of Russia's humanitarian and peacekeeping operations after the recapture of Aleppo",
    cite: d(1254, 1259, "after the Syrian regime’s December 2016 recapture of Aleppo, Syria’s second largest city, MP began to play another role by being the de facto main tool of humanitarian and peacekeeping operations set up by the Russian military command."),
  },
  { conflict: "syria", actor: "wagner", role: "contractor", note: "The dossier says Wagner is active in Syria", cite: WAGNER_ACTIVE },

  // ── Afghanistan ────────────────────────────────────────────────────────────
  { conflict: "afghanistan", actor: "afghanistan-government", role: "party", cite: acd("conflict_id=333;year=2021", "side A") },
  { conflict: "afghanistan", actor: "taliban", role: "party", from: "1995", cite: acd("conflict_id=333;year=2021", "side B: NRF, Taleban; the Taleban first appear on side B in 1995") },
  {
    conflict: "afghanistan",
    actor: "united-states",
    role: "backer",
    from: "2003",
    to: "2021",
    note: "UCDP secondary party on the government side in every year 2003–2021",
    cite: acd("conflict_id=333;year=2021", "side_a_2nd: Government of United States of America"),
  },
  {
    conflict: "afghanistan",
    actor: "pakistan",
    role: "backer",
    from: "2015",
    to: "2018",
    note: "UCDP secondary party on the government side, 2015–2018",
    cite: acd("conflict_id=333;year=2018", "side_a_2nd: Government of Pakistan, Government of United States of America"),
  },

  // ── Central African Republic ───────────────────────────────────────────────
  { conflict: "central-african-republic", actor: "car-government", role: "party", cite: acd("conflict_id=416;year=2021", "side A") },
  { conflict: "central-african-republic", actor: "cpc", role: "party", from: "2020", cite: acd("conflict_id=416;year=2021", "side B: CPC, UPC; CPC from 2020") },
  { conflict: "central-african-republic", actor: "upc", role: "party", from: "2018", cite: acd("conflict_id=416;year=2021", "side B: CPC, UPC; UPC from 2018") },
  { conflict: "central-african-republic", actor: "fprc", role: "party", from: "2015", to: "2015", cite: acd("conflict_id=15283;year=2015", "side B: FPRC") },
  {
    conflict: "central-african-republic",
    actor: "wagner",
    role: "contractor",
    note: "“Russian instructors” working with the CAR army and police, as reported by UN experts in October 2021",
    cite: src("ohchr-car-wagner-2021", "The Russian instructors operating as military and security personnel work closely with the CAR army (FACA) and police"),
  },

  // ── Mozambique ─────────────────────────────────────────────────────────────
  { conflict: "mozambique", actor: "mozambique-government", role: "party", from: "2019", cite: acd("conflict_id=14845;year=2021", "side A") },
  { conflict: "mozambique", actor: "islamic-state", role: "party", from: "2019", cite: acd("conflict_id=14845;year=2021", "side B: IS") },
  {
    conflict: "mozambique",
    actor: "wagner",
    role: "contractor",
    note: "Withdrawn after falling short of its goals; the dossier gives no dates",
    cite: d(1203, 1209, "the example of Mozambique – where the Wagner group fell short of its goals and its members were withdrawn from the country"),
  },

  // ── Mali ───────────────────────────────────────────────────────────────────
  { conflict: "mali", actor: "mali-government", role: "party", cite: acd("conflict_id=11347;year=2021", "side A") },
  { conflict: "mali", actor: "jnim", role: "party", from: "2017", cite: acd("conflict_id=11347;year=2021", "side B: JNIM (from 2017)") },
  { conflict: "mali", actor: "aqim", role: "party", from: "2009", to: "2017", cite: acd("conflict_id=11347;year=2009", "side B: AQIM") },
  { conflict: "mali", actor: "islamic-state", role: "party", from: "2017", cite: acd("conflict_id=14113;year=2021", "side B: IS") },
  {
    conflict: "mali",
    actor: "france",
    role: "backer",
    from: "2013",
    note: "UCDP secondary party on the government side in conflict 11347 from 2013",
    cite: acd("conflict_id=11347;year=2021", "side_a_2nd includes Government of France"),
  },
  {
    conflict: "mali",
    actor: "wagner",
    role: "contractor",
    from: "2021-12",
    note: "Deployment condemned by fifteen European governments and Canada on 23 December 2021, who said Russia's government gave it material support; Mali's transitional authorities denied it. The dossier reports only talks about Russian paramilitary forces.",
    cite: src(
      "upi-wagner-mali-2021",
      "the involvement of the Russian Federation government in providing material support to the deployment of the Wagner group in Mali and call on Russia to revert to a responsible and constructive behavior in the region.",
    ),
  },

  // ── Libya ──────────────────────────────────────────────────────────────────
  { conflict: "libya", actor: "libya-government", role: "party", cite: acd("conflict_id=11346;year=2020", "side A") },
  {
    conflict: "libya",
    actor: "house-of-representatives-forces",
    role: "party",
    from: "2014",
    to: "2020",
    cite: acd("conflict_id=11346;year=2020", "side B: Forces of the House of Representatives"),
  },
  { conflict: "libya", actor: "islamic-state", role: "party", from: "2015", to: "2019", cite: acd("conflict_id=13694;year=2019", "side B: IS") },
  { conflict: "libya", actor: "turkey", role: "backer", from: "2020", to: "2020", cite: acd("conflict_id=11346;year=2020", "side_a_2nd: Government of Turkey") },
  {
    conflict: "libya",
    actor: "united-arab-emirates",
    role: "backer",
    from: "2019",
    to: "2019",
    cite: acd("conflict_id=11346;year=2019", "side_b_2nd: Government of Sudan, Government of United Arab Emirates"),
  },
  {
    conflict: "libya",
    actor: "sudan-government",
    role: "backer",
    from: "2019",
    to: "2019",
    cite: acd("conflict_id=11346;year=2019", "side_b_2nd: Government of Sudan, Government of United Arab Emirates"),
  },
  {
    conflict: "libya",
    actor: "wagner",
    role: "contractor",
    note: "Backing Khalifa Haftar's forces (Reuters, on a UN report); the dossier also names Libya among Wagner's theatres",
    cite: src(
      "reuters-wagner-libya-2020",
      "Russia has stepped up its logistic support for private military contractor Wagner Group in Libya with some 338 military cargo flights from Syria in the nine months to July 31 to aid Wagner fighters backing eastern-based Libyan commander Khalifa Haftar, according to a U.N. report seen by Reuters on Wednesday.",
    ),
  },
  {
    conflict: "libya",
    actor: "russia",
    role: "backer",
    note: "Military logistic support to Wagner, according to a UN sanctions-monitors' report quoted by Reuters",
    cite: src(
      "reuters-wagner-libya-2020",
      "direct Russian Federation military logistic support to ChVK Wagner, and possibly the other Russian Federation based private military companies",
    ),
  },
  {
    conflict: "libya",
    actor: "un",
    role: "mediator",
    from: "2020-10-23",
    note: "UNSMIL facilitated the permanent ceasefire agreement",
    cite: src("unsmil-libya-ceasefire-2020", "The Agreemen was facilitated by the United Nations, on the basis of Security Council resolutions 2510 (2020) and 2542 (2020)"),
  },

  // ── Sudan ──────────────────────────────────────────────────────────────────
  { conflict: "sudan", actor: "sudan-government", role: "party", cite: acd("conflict_id=309;year=2021", "side A") },
  { conflict: "sudan", actor: "slm-a", role: "party", from: "2003", note: "On side B intermittently, 2003–2021", cite: acd("conflict_id=309;year=2021", "side B: SLM/A") },

  // ── Kosovo ─────────────────────────────────────────────────────────────────
  { conflict: "kosovo", actor: "serbia-yugoslavia", role: "party", from: "1998", to: "1999", cite: acd("conflict_id=412;year=1998", "side A") },
  { conflict: "kosovo", actor: "uck", role: "party", from: "1998", to: "1999", cite: acd("conflict_id=412;year=1998", "side B: UCK") },
  {
    conflict: "kosovo",
    actor: "united-states",
    role: "backer",
    from: "1999",
    to: "1999",
    note: "One of the NATO member governments UCDP lists as secondary parties on the UCK's side in 1999",
    cite: acd("conflict_id=412;year=1999", "side_b_2nd lists NATO member governments, including the United States"),
  },
  {
    conflict: "kosovo",
    actor: "nato",
    role: "peacekeeper",
    from: "1999-06-12",
    note: "KFOR",
    cite: src("nato-kosovo-role", "KFOR deployed into Kosovo on 12 June 1999, in the wake of a 78-day air campaign."),
  },
  {
    conflict: "kosovo",
    actor: "russia",
    role: "peacekeeper",
    from: "1999-06",
    note: "Alongside NATO in KFOR, as described by NATO's brochure; end of the Russian participation not yet sourced",
    cite: KFOR_BROCHURE,
  },
];
