import type { Cite, MissionSeed } from "../types";

const d = (a: number, b: number, quote: string): Cite => ({ dossier: { lines: [a, b], quote } });
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

/**
 * Missions: peace operations, military presences, exercises and proposals. For missions in the
 * SIPRI/IPI panel (1993–2016), start and end are the panel's first and last months unless a cited
 * source gives the real dates; a panel boundary (January 1993, December 2016) is not a deployment date
 * and is said so in the summary.
 */
export const missions: MissionSeed[] = [
  // ── Nagorno-Karabakh ───────────────────────────────────────────────────────
  {
    slug: "nk-russian-peacekeeping-contingent",
    name: "Russian peacekeeping contingent in Nagorno-Karabakh",
    kind: "trilateral",
    category: "peace_operation",
    status: "ended",
    lead: "russia",
    start: "2020-11",
    end: "2024-06-12",
    endCite: src(
      "kyiv-independent-nk-withdrawal-2024",
      "The withdrawal of a Russian \"peacekeeping\" contingent from Nagorno-Karabakh concluded on June 12, Azerbaijan's Defense Ministry said.",
    ),
    summary:
      "Deployed in November 2020 under the trilateral ceasefire statement of Azerbaijan, Armenia and Russia, along the line of contact and the Lachin corridor. The dossier describes checkpoints, patrols, demining and humanitarian tasks carried out without a detailed mandate, with Military Police units in the contingent. TASS reported that an early withdrawal began on 17 April 2024 by joint decision of Russia and Azerbaijan; Azerbaijan's Defence Ministry said on 12 June 2024 that it was complete (Kyiv Independent).",
    cite: d(216, 222, "in November 2020, a Russian peacekeeping force was deployed as part of a deal negotiated by Moscow to stop the fighting between Azerbaijani and Armenian forces in the region"),
    conflicts: ["nagorno-karabakh"],
    contributors: [
      {
        actor: "russia",
        cite: src(
          "nk-trilateral-statement-2020",
          "Peacekeeping contingent of the Russian Federation shall be deployed along the line of contact in Nagorno Karabakh and along the Lachin corridor",
          "item 3",
        ),
      },
      {
        actor: "russian-military-police",
        note: "Military Police units deployed as part of the contingent",
        cite: d(1342, 1346, "the deployment of MP units as part of the Russian contingent deployed in the Nagorno Karabakh region following the November 2020 ceasefire agreement"),
      },
    ],
  },
  {
    slug: "nk-russian-turkish-monitoring-centre",
    name: "Joint Russian–Turkish ceasefire monitoring centre (Nagorno-Karabakh)",
    kind: "bilateral",
    category: "monitoring",
    status: "active",
    start: "2021-01-30",
    summary:
      "A joint Russian and Turkish command centre near the Azerbaijani village of Qiyamedinli, in the Aghdam region, from which the ceasefire is monitored with drones. Reuters reports it opened on 30 January 2021. Status as of the dossier (autumn 2021); Parallax has no dated source yet for its closure.",
    cite: src(
      "reuters-russia-turkey-centre-2021",
      "Russia and Turkey opened a joint center on Saturday to observe a ceasefire in Nagorno-Karabakh that was agreed following a flare-up in the conflict in the region last year",
    ),
    conflicts: ["nagorno-karabakh"],
    contributors: [
      { actor: "russia", cite: d(389, 392, "The contingent’s monitoring drones are manned from a joint Russian and Turkish command center") },
      { actor: "turkey", cite: d(389, 392, "The contingent’s monitoring drones are manned from a joint Russian and Turkish command center") },
    ],
  },

  // ── Post-Soviet 1990s operations (SIPRI/IPI panel) ─────────────────────────
  {
    slug: "transnistria-joint-peacekeeping-force",
    name: "Joint peacekeeping force in Transnistria (Joint Control Commission)",
    acronym: "JCC",
    kind: "trilateral",
    category: "peace_operation",
    status: "active",
    start: "1993-01",
    summary:
      "The peacekeeping operation in the security zone on the Dniester under the Joint Control Commission set up by the Moldovan–Russian agreement of 21 July 1992, with Moldovan, Pridnestrovian and Russian contingents. The SIPRI/IPI panel (where it is “JCC”) covers it from January 1993, the panel's first month, to December 2016, its last; neither is a deployment or end date. The dossier cites it as a Russian peacekeeping operation still active “as a result of international agreements”.",
    cite: pko("359044", "1993m1", "first month of the panel; the panel starts in January 1993"),
    conflicts: ["transnistria"],
    contributors: [
      {
        actor: "russia",
        cite: d(47, 53, "Russian peacekeepers continue to be active both in Moscow’s neighbourhood and beyond – either within the UN and Collective Security Treaty Organisation (CSTO) or independently as a result of international agreements, like in the case of the peacekeeping operation in Transnistria."),
      },
      {
        actor: "moldova",
        cite: src("transnistria-confidence-measures-1998", "the peacekeeping forces of the Republic of Moldova and of the Pridnestrovian region in the security zone"),
      },
      {
        actor: "transnistria-pmr",
        cite: src("transnistria-confidence-measures-1998", "the peacekeeping forces of the Republic of Moldova and of the Pridnestrovian region in the security zone"),
      },
    ],
    pkoMissionId: "359044",
  },
  {
    slug: "abkhazia-cis-peacekeeping-force",
    name: "CIS Collective Peacekeeping Forces in the Georgian–Abkhaz conflict zone",
    acronym: "CISPKF",
    kind: "cis",
    category: "peace_operation",
    status: "ended",
    lead: "cis",
    start: "1994-06",
    end: "2008-10",
    summary:
      "Deployed in the security zone created by the Moscow Agreement of 14 May 1994 to monitor compliance, under a decision of the CIS heads of state that made the Russian contingent already in the zone the basis of the collective force. The SIPRI/IPI panel (“CIS PKO”) covers it from June 1994 to October 2008.",
    cite: pko("37209", "1994m6", "first month in the panel; the last is 2008m10"),
    conflicts: ["abkhazia"],
    contributors: [
      {
        actor: "russia",
        cite: src(
          "cis-abkhazia-decision-1994",
          "Russian military contingent, already deployed to the conflict zone shall be used as the basis for collective force for maintaining the peace.",
        ),
      },
    ],
    pkoMissionId: "37209",
  },
  {
    slug: "south-ossetia-joint-peacekeeping-force",
    name: "Joint peacekeeping forces in the Georgian–Ossetian conflict zone",
    acronym: "JPKF",
    kind: "bilateral",
    category: "peace_operation",
    status: "ended",
    start: "1993-01",
    end: "2008-10",
    summary:
      "Mixed forces formed under the Mixed Control Commission created by the Georgian–Russian Sochi Agreement of 24 June 1992; a joint-commission protocol of 4 July 1992 (rrc.ge) ordered their entry into the zone no later than 10 July 1992. The SIPRI/IPI panel (“CIS JPKF”) covers them from January 1993, the panel's first month and not the deployment date, to October 2008. Cuppuleri argues the ceasefire's terms legitimised the Russian troops' presence.",
    cite: pko("37208", "1993m1", "first month of the panel; the panel starts in January 1993; the last month is 2008m10"),
    conflicts: ["south-ossetia"],
    contributors: [
      {
        actor: "russia",
        cite: d(206, 211, "The terms of the ceasefire effectively legitimised the Russian troops’ presence there, since their peacekeeping force was permitted to remain"),
      },
    ],
    pkoMissionId: "37208",
  },
  {
    slug: "tajikistan-cis-collective-peacekeeping-forces",
    name: "CIS Collective Peacekeeping Forces in Tajikistan",
    acronym: "CIS CPF",
    kind: "cis",
    category: "peace_operation",
    status: "ended",
    lead: "cis",
    start: "1993-03",
    end: "2000-09",
    summary:
      "Collective peacekeeping forces under the CIS Agreement of 24 September 1993; the Jamestown Foundation described the nominal force in 1996 as Russia's 201st motor-rifle division plus token Uzbek, Kazakh and Kyrgyz units. The SIPRI/IPI panel (“CIS”) covers it from March 1993 to September 2000.",
    cite: pko("70207", "1993m3", "first month in the panel; the last is 2000m9"),
    conflicts: ["tajikistan"],
    contributors: [
      {
        actor: "russia",
        note: "the 201st motor-rifle division",
        cite: src("jamestown-tajikistan-1996", "The nominal CIS peacekeeping force consists of Russia’s 201st motor-rifle division plus token Uzbek, Kazakh, and Kyrgyz units."),
      },
      {
        actor: "uzbekistan",
        note: "token unit",
        cite: src("jamestown-tajikistan-1996", "The nominal CIS peacekeeping force consists of Russia’s 201st motor-rifle division plus token Uzbek, Kazakh, and Kyrgyz units."),
      },
      {
        actor: "kazakhstan",
        note: "token unit",
        cite: src("jamestown-tajikistan-1996", "The nominal CIS peacekeeping force consists of Russia’s 201st motor-rifle division plus token Uzbek, Kazakh, and Kyrgyz units."),
      },
      {
        actor: "kyrgyzstan",
        note: "token unit",
        cite: src("jamestown-tajikistan-1996", "The nominal CIS peacekeeping force consists of Russia’s 201st motor-rifle division plus token Uzbek, Kazakh, and Kyrgyz units."),
      },
    ],
    pkoMissionId: "70207",
  },
  {
    slug: "unomig",
    name: "United Nations Observer Mission in Georgia",
    acronym: "UNOMIG",
    kind: "un",
    category: "monitoring",
    status: "ended",
    lead: "un",
    start: "1993-09",
    end: "2009-05",
    summary:
      "UN military observer mission in the Georgian–Abkhaz conflict, working alongside the CIS force; under the 1994 Moscow Agreement, UN military observers monitor the heavy weapons withdrawn from the security and restricted-weapons zones. The SIPRI/IPI panel covers it from September 1993 to May 2009.",
    cite: pko("3720103", "1993m9", "first month in the panel; the last is 2009m5"),
    conflicts: ["abkhazia"],
    contributors: [],
    pkoMissionId: "3720103",
  },
  {
    slug: "unmot",
    name: "United Nations Mission of Observers in Tajikistan",
    acronym: "UNMOT",
    kind: "un",
    category: "monitoring",
    status: "ended",
    lead: "un",
    start: "1994-12",
    end: "2000-06",
    summary: "UN observer mission during the Tajik civil war and peace process. The SIPRI/IPI panel covers it from December 1994 to June 2000.",
    cite: pko("7020101", "1994m12", "first month in the panel; the last is 2000m6"),
    conflicts: ["tajikistan"],
    contributors: [],
    pkoMissionId: "7020101",
  },
  {
    slug: "kfor",
    name: "Kosovo Force",
    acronym: "KFOR",
    kind: "nato",
    category: "peace_operation",
    status: "active",
    lead: "nato",
    start: "1999-06-12",
    summary:
      "NATO-led force in Kosovo under UN Security Council Resolution 1244 (1999), deployed on 12 June 1999 and still active according to NATO. The dossier's introduction opens with NATO's brochure “NATO and Russia: Partners in Peacekeeping”, which described Russian and NATO peacekeepers working together in it. The SIPRI/IPI panel covers it from June 1999 to December 2016, the panel's last month.",
    cite: src("nato-kosovo-role", "KFOR deployed into Kosovo on 12 June 1999, in the wake of a 78-day air campaign."),
    conflicts: ["kosovo"],
    contributors: [
      {
        actor: "russia",
        note: "as described by NATO's brochure after the June 1999 deployment",
        cite: d(
          14,
          21,
          "reads the title of a NATO brochure dating back to the aftermath of the Kosovo Force (KFOR) mission deployment in June 1999. Going through the document today feels like reading a fantasy tale: Russian and NATO peacekeepers are described as working together to restore stability and peace to the Western Balkans",
        ),
      },
    ],
    pkoMissionId: "345045",
  },

  // ── Ukraine ────────────────────────────────────────────────────────────────
  {
    slug: "osce-smm-ukraine",
    name: "OSCE Special Monitoring Mission to Ukraine",
    acronym: "SMM",
    kind: "osce",
    category: "monitoring",
    status: "ended",
    lead: "osce",
    start: "2014-03-21",
    end: "2022-03-31",
    summary:
      "Unarmed civilian OSCE mission deployed at Ukraine's request from March 2014; its mandate expired on 31 March 2022 without consensus on renewal, and the OSCE decided to close it. The Ukraine Initiative's proposal called it “to some extent a peacekeeping mission” lacking a clear political goal.",
    cite: src(
      "interfax-smm-closure-2022",
      "The OSCE Special Monitoring Mission to Ukraine (SMM) began its work on March 21, 2014 in connection with the appeal of the Government of Ukraine to the OSCE and the consensus decision of all 57 OSCE participating States.",
    ),
    conflicts: ["donbas"],
    contributors: [],
  },
  {
    slug: "donbas-un-mission-russian-draft-2017",
    name: "UN mission proposed in Russia's draft Security Council resolution (September 2017)",
    kind: "un",
    category: "proposal",
    status: "proposed",
    lead: "russia",
    summary:
      "Russia's September 2017 draft resolution proposed deploying UN forces along the front line separating government-controlled territory from the territory of the DPR and LPR; according to TASS, as a lightly armed mission to protect OSCE monitors. It was neither accepted nor implemented. The lead here is the proposing state.",
    cite: d(723, 729, "In September 2017, Russia issued a draft UN Security Council Resolution proposing the deployment of UN forces along the frontline separating the government-controlled territories from the territories controlled by the self-declared DPR / LPR."),
    conflicts: ["donbas"],
    contributors: [],
  },
  {
    slug: "donbas-ukraine-initiative-2018",
    name: "Ukraine Initiative proposal for a peacekeeping force in eastern Ukraine (February 2018)",
    kind: "un",
    category: "proposal",
    status: "proposed",
    lead: "ukraine-initiative",
    summary:
      "A comprehensive peacekeeping proposal floated in February 2018 by the Ukraine Initiative of former NATO Secretary-General Anders Fogh Rasmussen, in response to Russia's draft; its political goal was the implementation of the Minsk agreements. It was neither accepted nor implemented. The lead here is the proposing initiative.",
    cite: d(729, 735, "In response to this proposal in February 2018, former NATO Secretary-General Anders Fogh Rasmussen, whose political consultancy group runs a strategic campaign called the Ukraine Initiative, floated a comprehensive proposal for a peacekeeping force in eastern Ukraine."),
    conflicts: ["donbas"],
    contributors: [],
  },

  // ── Syria ──────────────────────────────────────────────────────────────────
  {
    slug: "syria-russian-military-police",
    name: "Russian Military Police in Syria",
    acronym: "MP",
    kind: "unilateral",
    category: "peace_operation",
    status: "active",
    lead: "russia",
    start: "2015",
    summary:
      "Military Police units sent to Syria with Russia's 2015 intervention first protected Russian assets and checkpoints; after the regime's recapture of Aleppo in December 2016 they became the main tool of the humanitarian and peacekeeping operations of the Russian military command: aid delivery, refugee returns, policing and the implementation of local ceasefires. Status as of the dossier (autumn 2021).",
    cite: d(1240, 1248, "Moscow’s 2015 military intervention in Syria marks a turning point for the newly-created MP."),
    conflicts: ["syria"],
    contributors: [
      {
        actor: "russian-military-police",
        cite: d(1254, 1259, "MP began to play another role by being the de facto main tool of humanitarian and peacekeeping operations set up by the Russian military command."),
      },
    ],
  },

  // ── Central Asia: bases ────────────────────────────────────────────────────
  {
    slug: "201st-military-base",
    name: "201st Russian military base in Tajikistan",
    kind: "bilateral",
    category: "military_presence",
    status: "active",
    lead: "russia",
    summary:
      "Large Russian base in Tajikistan, called “a guarantor of stability on the southern borders of the CSTO”; in August 2021 it received new anti-tank missile systems, firearms and portable anti-aircraft missile systems as Russia prepared for spill-over from Afghanistan. Status as of the dossier.",
    cite: d(935, 941, "In August 2021, the large 201st military base in Tajikistan, ‘a guarantor of stability on the southern borders of the CSTO’, received new antitank missile systems"),
    conflicts: ["afghanistan"],
    contributors: [
      { actor: "russia", cite: d(935, 937, "the large 201st military base in Tajikistan") },
      { actor: "201st-military-base", cite: d(935, 937, "the large 201st military base in Tajikistan") },
    ],
  },
  {
    slug: "russian-base-kyrgyzstan",
    name: "Russian military base in Kyrgyzstan",
    kind: "bilateral",
    category: "military_presence",
    status: "active",
    lead: "russia",
    summary:
      "The Russian military base in Kyrgyzstan, which the dossier does not name; in 2020 it was equipped with small and medium military drones for intelligence gathering and armed combat. Status as of the dossier.",
    cite: d(942, 945, "In 2020, the military base in Kyrgyzstan was equipped with military drones of small and medium coverage employed for intelligence gathering and armed combat."),
    conflicts: ["afghanistan"],
    contributors: [{ actor: "russia", cite: d(933, 935, "strengthen and better equip Russian military bases in Kyrgyzstan and Tajikistan") }],
  },

  // ── Central Asia: exercises of 2021 ────────────────────────────────────────
  {
    slug: "exercise-russia-uzbekistan-2021",
    name: "Russia–Uzbekistan joint military training on the Afghan border (August 2021)",
    kind: "bilateral",
    category: "exercise",
    status: "ended",
    lead: "russia",
    start: "2021-08",
    end: "2021-08",
    summary: "Joint training along the Uzbek border with Afghanistan, aimed at protecting the state border and relying on Russia's experience in Syria.",
    cite: d(921, 925, "in August 2021, Russia conducted joint military training with Uzbekistan along the Uzbek border with Afghanistan, involving over 1,500 personnel"),
    conflicts: ["afghanistan"],
    contributors: [
      { actor: "russia", cite: d(921, 924, "Russia conducted joint military training with Uzbekistan along the Uzbek border with Afghanistan") },
      { actor: "uzbekistan", cite: d(921, 924, "Russia conducted joint military training with Uzbekistan along the Uzbek border with Afghanistan") },
    ],
  },
  {
    slug: "exercise-russia-uzbekistan-tajikistan-2021",
    name: "Russia–Uzbekistan–Tajikistan joint military training on the Tajik–Afghan border (August 2021)",
    kind: "trilateral",
    category: "exercise",
    status: "ended",
    lead: "russia",
    start: "2021-08",
    end: "2021-08",
    summary: "Joint training with military aviation at the Tajik part of the Afghan border, aimed at protecting the border and targeting adversaries from the air.",
    cite: d(925, 928, "with both Uzbekistan and Tajikistan at the Tajik part of the Afghan border, engaging over 2,500 personnel and military aviation."),
    conflicts: ["afghanistan"],
    contributors: [
      { actor: "russia", cite: d(921, 927, "Russia conducted joint military training with Uzbekistan along the Uzbek border with Afghanistan, involving over 1,500 personnel, and with both Uzbekistan and Tajikistan at the Tajik part of the Afghan border") },
      { actor: "uzbekistan", cite: d(925, 927, "with both Uzbekistan and Tajikistan at the Tajik part of the Afghan border") },
      { actor: "tajikistan", cite: d(925, 927, "with both Uzbekistan and Tajikistan at the Tajik part of the Afghan border") },
    ],
  },
  {
    slug: "csto-rubezh-2021",
    name: "CSTO joint counter-terrorist training “Rubezh-2021” (Kyrgyzstan)",
    kind: "csto",
    category: "exercise",
    status: "ended",
    lead: "csto",
    start: "2021-09",
    end: "2021-09",
    summary: "Final stage, held in Kyrgyzstan in September 2021, of a CSTO counter-terrorist training aimed at eliminating illegal armed groups that invaded a CSTO country.",
    cite: d(988, 993, "In September 2021, the organization implemented the final stage of the joint counterterrorist training ‘Rubezh-2021’ in Kyrgyzstan aimed at eliminating illegal armed groups that invaded a CSTO country."),
    conflicts: ["afghanistan"],
    contributors: [{ actor: "kyrgyzstan", note: "host country", cite: d(990, 991, "training ‘Rubezh-2021’ in Kyrgyzstan") }],
  },
  {
    slug: "csto-thunder-2021",
    name: "CSTO joint training “Thunder-2021” (Armenia)",
    kind: "csto",
    category: "exercise",
    status: "ended",
    lead: "csto",
    start: "2021-09",
    end: "2021-09",
    summary: "CSTO joint training held in Armenia later in September 2021, focusing on anti-drug operations in mountainous terrain.",
    cite: d(993, 995, "Another joint training called ‘Thunder-2021’ occurred later that month in Armenia focusing on antidrug operations in mountainous terrains."),
    conflicts: [],
    contributors: [{ actor: "armenia", note: "host country", cite: d(994, 995, "‘Thunder-2021’ occurred later that month in Armenia") }],
  },
  {
    slug: "sco-peaceful-mission-2021",
    name: "SCO anti-terrorist training “Peaceful Mission 2021” (Orenburg)",
    kind: "sco",
    category: "exercise",
    status: "ended",
    lead: "sco",
    start: "2021-09",
    end: "2021-09",
    summary: "SCO anti-terrorist training in Russia's Orenburg region in September 2021, aimed at containing the spill-over of terrorism from Afghanistan.",
    cite: d(1040, 1047, "in September 2021, the SCO organized an antiterrorist training session called ‘Peaceful Mission 2021’ aimed at containing spill-over of terrorism from Afghanistan."),
    conflicts: ["afghanistan"],
    contributors: ["russia", "china", "india", "pakistan", "kazakhstan", "kyrgyzstan", "uzbekistan", "tajikistan", "belarus"].map((actor) => ({
      actor,
      cite: d(
        1044,
        1047,
        "It was held in Russia’s Orenburg region with the military personnel from Russia, China, India, Pakistan, Kazakhstan, Kyrgyzstan, Uzbekistan, Tajikistan, and Belarus.",
      ),
    })),
  },

  // ── Africa ─────────────────────────────────────────────────────────────────
  {
    slug: "wagner-mozambique",
    name: "Wagner Group in Mozambique",
    kind: "private",
    category: "military_presence",
    status: "ended",
    lead: "wagner",
    summary: "Wagner's deployment in Mozambique, which the dossier calls a failure: the group fell short of its goals and its members were withdrawn from the country. The dossier gives no dates.",
    cite: d(1203, 1209, "the example of Mozambique – where the Wagner group fell short of its goals and its members were withdrawn from the country – clearly demonstrated the problems Russian (para) military groups may face in the region."),
    conflicts: ["mozambique"],
    contributors: [{ actor: "wagner", cite: d(1204, 1207, "where the Wagner group fell short of its goals and its members were withdrawn from the country") }],
  },
  {
    slug: "wagner-libya",
    name: "Wagner Group in Libya",
    kind: "private",
    category: "military_presence",
    status: "active",
    lead: "wagner",
    summary:
      "The dossier names Libya among the places where Wagner is active; Reuters, reporting a UN sanctions-monitors' report, describes Wagner fighters backing the eastern-based commander Khalifa Haftar with Russian military logistic support. Status as of the dossier.",
    cite: d(33, 35, "the Russian Private Military Company (PMC) Wagner, which is active in Ukraine, Syria, Libya, and, increasingly, in Sub-Saharan Africa."),
    conflicts: ["libya"],
    contributors: [
      {
        actor: "wagner",
        cite: src("reuters-wagner-libya-2020", "Russia has stepped up its logistic support for private military contractor Wagner Group in Libya"),
      },
    ],
  },
  {
    slug: "wagner-car",
    name: "Wagner Group in the Central African Republic",
    kind: "private",
    category: "military_presence",
    status: "active",
    lead: "wagner",
    summary:
      "So-called “Russian instructors” from the Wagner Group work closely with the Central African army (FACA) and police, according to UN human-rights experts (October 2021), who accused them of harassment, intimidation and other abuses. The dossier speaks only of Wagner's growing role in Sub-Saharan Africa. Status as of October 2021.",
    cite: src(
      "ohchr-car-wagner-2021",
      "Civilians, including peacekeepers, journalists, aid workers and minorities in the Central African Republic (CAR) have been violently harassed and intimidated by so-called “Russian instructors” from the Wagner Group, UN experts* said today.",
    ),
    conflicts: ["central-african-republic"],
    contributors: [
      {
        actor: "wagner",
        cite: src("ohchr-car-wagner-2021", "The Russian instructors operating as military and security personnel work closely with the CAR army (FACA) and police"),
      },
    ],
  },
  {
    slug: "mali-russian-paramilitary-proposal-2021",
    name: "Proposed deployment of Russian paramilitary forces to Mali (talks, 2021)",
    kind: "bilateral",
    category: "proposal",
    status: "proposed",
    lead: "russia",
    summary:
      "The dossier reports only that Mali's interim government was said to be in talks with Moscow about deepening security ties, among other measures via the deployment of Russian paramilitary forces. Parallax records no deployment.",
    cite: d(1066, 1069, "When Mali’s interim government is said to be in talks with Moscow about deepening security ties via the deployment of Russian paramilitary forces"),
    conflicts: ["mali"],
    contributors: [],
  },
];
