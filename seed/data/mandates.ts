import type { Cite, ClauseSeed, MandateSeed } from "../types";

const d = (a: number, b: number, quote: string): Cite => ({ dossier: { lines: [a, b], quote } });
const src = (source: string, quote?: string, section?: string): Cite => ({
  source,
  ...(quote ? { quote } : {}),
  ...(section ? { section } : {}),
});

/** The instrument says it. */
const yes = (text: string, cite: Cite): ClauseSeed => ({ status: "specified", text, cite });
/** The instrument is silent, and a source says so. */
const silent = (text: string, cite: Cite): ClauseSeed => ({ status: "not_specified", text, cite });
/** Parallax has no source for this clause yet; the text says what is missing. */
const open = (text: string): ClauseSeed => ({ status: "not_coded", text });

/**
 * Mandates, coded clause by clause. "not_specified" is used only where a source says the
 * instrument is silent; everything Parallax has not read is "not_coded", with what is missing.
 */
export const mandates: MandateSeed[] = [
  // ── Nagorno-Karabakh: the trilateral statement ─────────────────────────────
  {
    slug: "nk-trilateral-statement-2020",
    mission: "nk-russian-peacekeeping-contingent",
    title: "Statement by the President of Azerbaijan, the Prime Minister of Armenia and the President of Russia (ceasefire statement)",
    documentDate: "2020-11-10",
    signatories: "Ilham Aliyev (President of Azerbaijan), Nikol Pashinyan (Prime Minister of Armenia), Vladimir Putin (President of Russia)",
    legalBasis: "Trilateral political statement of the three leaders; no separate status-of-forces or mandate agreement",
    excerpt:
      "3. Peacekeeping contingent of the Russian Federation shall be deployed along the line of contact in Nagorno Karabakh and along the Lachin corridor, composed of 1960 servicemen with firearms, 90 armoured carriers, 380 units of motor vehicles and special equipment.",
    url: "https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement",
    cite: src(
      "nk-trilateral-statement-2020",
      "Peacekeeping contingent of the Russian Federation shall be deployed along the line of contact in Nagorno Karabakh and along the Lachin corridor, composed of 1960 servicemen with firearms, 90 armoured carriers, 380 units of motor vehicles and special equipment.",
      "item 3",
    ),
    clauses: {
      size_cap: yes(
        "At most 1,960 personnel with small arms, 90 armoured personnel carriers and 380 other motor vehicles (item 3).",
        d(369, 379, "As set out by the November 9th ceasefire deal, its presence is relatively modest, limited to 1,960 personnel with small arms, 90 armoured personnel carriers, and 380 other motor vehicles."),
      ),
      duration_renewal: yes(
        "Five years, extended automatically for further five-year periods unless a Party declares, six months before expiry, its intention to terminate the provision (item 4).",
        src(
          "nk-trilateral-statement-2020",
          "The peacekeeping contingent of the Russian Federation shall stay for a period of 5 years, with further automatic 5-year extensions, where 6 months prior to the expiry of the time period none of the Parties declares of its intention to terminate the application of the provision.",
          "item 4",
        ),
      ),
      tasks: yes(
        "Deployment along the line of contact in Nagorno-Karabakh and along the Lachin corridor, in parallel with the withdrawal of the Armenian armed forces (items 3–4); no further tasks are listed in the items read. The dossier stresses that the contingent lacks a detailed mandate.",
        src(
          "nk-trilateral-statement-2020",
          "The peacekeeping contingent of the Russian Federation shall be deployed in parallel with the withdrawal of the Armenian Armed Forces.",
          "item 4",
        ),
      ),
      rules_of_engagement: silent(
        "The statement sets no rules of engagement; talks on a document that would set them out stalled over who should sign it.",
        d(485, 487, "Moscow had begun talks with Baku and Yerevan on a document that would set out rules of engagement, but it hit a wall."),
      ),
      consent: yes(
        "Agreed by the leaders of both Parties (Azerbaijan, the host state, and Armenia) with Russia; each Party may end the deployment at the end of a five-year term by declaring so six months before expiry (item 4).",
        src(
          "nk-trilateral-statement-2020",
          "We, the Prime Minister of the Republic of Armenia N.V. Pashinyan, the President of the Republic of Azerbaijan I.H. Aliyev, and the President of the Russian Federation V.V. Putin, have hereby stated the following",
        ),
      ),
      monitoring: yes(
        "A peacekeeping centre for ceasefire control is deployed to increase control over the Parties' implementation (item 5); in practice a joint Russian–Turkish centre operates drones.",
        src(
          "nk-trilateral-statement-2020",
          "A peacekeeping center for ceasefire control; shall be deployed for the purpose of increasing effective control over the implementation of arrangements between the Parties to the conflict.",
          "item 5",
        ),
      ),
      withdrawal: yes(
        "No separate withdrawal clause: the deployment ends at the close of a five-year term if a Party gives notice six months before expiry (item 4).",
        src(
          "nk-trilateral-statement-2020",
          "where 6 months prior to the expiry of the time period none of the Parties declares of its intention to terminate the application of the provision",
          "item 4",
        ),
      ),
      legal_basis: yes(
        "A hastily agreed ceasefire statement; the contingent's terms rest on three of its sentences, and Frappi describes the mission as acting without a legal mandate.",
        d(480, 484, "whose terms of deployment are currently governed by just three sentences in the hastily agreed ceasefire statement."),
      ),
    },
  },

  // ── Transnistria ───────────────────────────────────────────────────────────
  {
    slug: "transnistria-agreement-1992",
    mission: "transnistria-joint-peacekeeping-force",
    title: "Agreement on the Principles of a Peaceful Settlement of the Armed Conflict in the Dniester Region of the Republic of Moldova",
    documentDate: "1992-07-21",
    signatories: "Republic of Moldova and Russian Federation (PA-X: “For the Republic of Moldova”, “For the Russian Federation”)",
    legalBasis: "Bilateral Moldovan–Russian agreement",
    excerpt:
      "In order to ensure control over implementation of activities, indicated in the Article 1, and in order to guarantee Security Regime in the above mentioned Zone, a Joint Control Commission shall be established consisting of representatives of the three Parties involved in the settlement.",
    url: "https://mid.gospmr.org/en/SfB",
    cite: src(
      "transnistria-agreement-1992-text",
      "a Joint Control Commission shall be established consisting of representatives of the three Parties involved in the settlement.",
      "Article 2(1)",
    ),
    clauses: {
      size_cap: open("Not in the articles read (preamble, Articles 1–2(2)); the size of the forces is not coded."),
      duration_renewal: open("Not in the articles read; no duration is coded."),
      tasks: yes(
        "The Joint Control Commission ensures control over the ceasefire and the withdrawal of the parties' forces within seven days to create a Security Zone, and guarantees the security regime in that zone.",
        src(
          "transnistria-agreement-1992-text",
          "In order to ensure control over implementation of activities, indicated in the Article 1, and in order to guarantee Security Regime in the above mentioned Zone, a Joint Control Commission shall be established",
          "Article 2(1)",
        ),
      ),
      rules_of_engagement: open("Not in the articles read; no rules of engagement are coded."),
      consent: yes(
        "Concluded by Moldova, the host state, with Russia; the Transnistrian side is not a signatory (PA-X lists Moldova and Russia as parties) but sits in the Joint Control Commission as one of the three parties to the settlement.",
        { source: "pax-transnistria-1992", section: "Parties", note: "PA-X lists the parties as “For the Republic of Moldova” and “For the Russian Federation”; third parties: none" },
      ),
      monitoring: yes(
        "The Commission uses groups of military observers created under earlier agreements, including the four-sided ones.",
        src(
          "transnistria-agreement-1992-text",
          "In its activity Commission makes use of groups of military observers created in accordance with all previous agreements, including the four-sided ones.",
          "Article 2(2)",
        ),
      ),
      withdrawal: open("The articles read provide for the withdrawal of the conflicting parties' forces from the Security Zone (Article 1(2)), not for the peacekeepers' withdrawal; the latter is not coded."),
      legal_basis: yes(
        "Bilateral agreement reaffirming the principles of the UN Charter and of the CSCE.",
        src("transnistria-agreement-1992-text", "Reaffirming commitment to the principles of the UN Charter and the Conference on Security and Cooperation in Europe", "preamble"),
      ),
    },
  },

  // ── South Ossetia ──────────────────────────────────────────────────────────
  {
    slug: "south-ossetia-sochi-agreement-1992",
    mission: "south-ossetia-joint-peacekeeping-force",
    title: "Agreement on Principles of Settlement of the Georgian-Ossetian Conflict (Sochi Agreement)",
    documentDate: "1992-06-24",
    signatories: "E. A. Shevardnadze for the Republic of Georgia; B. N. Yeltsin for the Russian Federation",
    legalBasis: "Bilateral Georgian–Russian agreement",
    url: "https://pax.peaceagreements.org/agreements/1699",
    cite: src(
      "pax-sochi-1992",
      "Agreement outlines a ceasefire between conflicting parties and the withdrawal of armed formations. Russian Armed Forces will withdraw within 20 days after the other armed formations withdraw. A Mixed Control Commission will be created to monitor the ceasefire consisting of members of the two sides, nominated by the two sides.",
      "PA-X description",
    ),
    clauses: {
      size_cap: open("Parallax has read PA-X's summary, not the agreement's text; no size is coded."),
      duration_renewal: open("Not in PA-X's summary; no duration is coded."),
      tasks: yes(
        "The peacekeeping force was permitted to remain and to take additional measures to maintain the peace (Cuppuleri); under the Vladikavkaz protocol of 4 July 1992 the Mixed Control Commission was to create mixed armed groups to secure peace and maintain order.",
        d(206, 211, "their peacekeeping force was permitted to remain — and even take additional measures — to maintain the peace."),
      ),
      rules_of_engagement: open("Not in the sources read; no rules of engagement are coded."),
      consent: yes(
        "Signed by Georgia, the host state, and Russia; the South Ossetian side is not a signatory of this agreement.",
        { source: "pax-sochi-1992", section: "Parties", note: "PA-X lists “On behalf of the Republic of Georgia E. A. Shevardnadze” and “On behalf of the Russian Federation B. N. Yeltsin”" },
      ),
      monitoring: yes(
        "A Mixed Control Commission of members nominated by the two sides monitors the ceasefire.",
        src("pax-sochi-1992", "A Mixed Control Commission will be created to monitor the ceasefire consisting of members of the two sides, nominated by the two sides.", "PA-X description"),
      ),
      withdrawal: open(
        "PA-X's summary says Russian armed forces withdraw within 20 days after the other armed formations; that concerns forces in the conflict zone, not the peacekeepers' exit, which is not coded.",
      ),
      legal_basis: yes(
        "Bilateral agreement between Georgia and Russia (PA-X: interstate/intrastate, ceasefire stage).",
        { source: "pax-sochi-1992", section: "Agreement/conflict level", note: "PA-X: “Interstate/intrastate conflict(s)”; stage “Ceasefire/related”" },
      ),
    },
  },

  // ── Abkhazia ───────────────────────────────────────────────────────────────
  {
    slug: "abkhazia-moscow-agreement-1994",
    mission: "abkhazia-cis-peacekeeping-force",
    title: "Agreement on a Cease-Fire and Separation of Forces (Moscow Agreement)",
    documentDate: "1994-05-14",
    signatories: "The Georgian and Abkhaz sides (PA-X: parties Georgia, Abkhazia)",
    legalBasis: "Ceasefire agreement between the parties, circulated as UN document S/1994/583",
    excerpt:
      "The peace-keeping force of the Commonwealth of Independent States and the military observers, in accordance with the Protocol to this Agreement, shall be deployed in the security zone to monitor compliance with this Agreement",
    url: "https://docslib.org/doc/6769871/agreement-on-a-cease-fire-and-separation-of-forces-signed-in-moscow-on-14-may-1994",
    cite: src(
      "un-s-1994-583",
      "The peace-keeping force of the Commonwealth of Independent States and the military observers, in accordance with the Protocol to this Agreement, shall be deployed in the security zone to monitor compliance with this Agreement",
      "paragraph 2(b)",
    ),
    clauses: {
      size_cap: open("Set “in accordance with the Protocol to this Agreement”, which Parallax has not read; the CIS decision that followed is coded separately."),
      duration_renewal: open("Not in the paragraphs read; the term was set and renewed by CIS decisions (see the 1995 extension)."),
      tasks: yes(
        "The CIS force and military observers deploy in the security zone, which must hold no armed forces or heavy equipment, to monitor compliance with the Agreement.",
        src(
          "un-s-1994-583",
          "The peace-keeping force of the Commonwealth of Independent States and the military observers, in accordance with the Protocol to this Agreement, shall be deployed in the security zone to monitor compliance with this Agreement",
          "paragraph 2(b)",
        ),
      ),
      rules_of_engagement: open("Not in the paragraphs read; no rules of engagement are coded."),
      consent: yes(
        "An agreement between the two parties to the conflict, Georgia and the Abkhaz side.",
        { source: "pax-moscow-agreement-1994", section: "Parties", note: "PA-X lists the parties as “Georgia, Abkhazia”" },
      ),
      monitoring: yes(
        "Heavy equipment withdrawn from the security and restricted-weapons zones is stored in designated areas monitored by UN military observers.",
        src(
          "rrc-moscow-agreement-1994",
          "The heavy military equipment to be withdrawn from the security zone and the restricted-weapons zone shall be stored in designated areas to be determined by the parties and shall be monitored by the United Nations military observers",
          "paragraph 2(3)",
        ),
      ),
      withdrawal: open("Not in the paragraphs read; no withdrawal clause is coded."),
      legal_basis: yes(
        "Formalises the parties' ceasefire commitment of the Moscow Declaration of 4 April 1994.",
        src("un-s-1994-583", "This Agreement on a Cease-Fire and Separation of Forces formalizes that commitment.", "preamble"),
      ),
    },
  },
  {
    slug: "abkhazia-cis-decision-1994",
    mission: "abkhazia-cis-peacekeeping-force",
    title: "Decision of the Council of the CIS Heads of States on usage of Collective Forces to maintain peace in the conflict zone of the Georgian-Abkhaz conflict",
    documentDate: "1994",
    signatories: "Council of the CIS Heads of States",
    legalBasis: "Decision of the CIS Council of Heads of State, taken on the parties' appeals and under the Moscow Agreement of 14 May 1994",
    excerpt:
      "To deploy in Georgian-Abkhaz conflict zone the Collective Force composed of military contingents of interested states - members of the CIS of 2-3 thousand of people, as well as military observers in order to maintain the peace",
    url: "http://www.rrc.ge/law/gad_1994_08_22_e.htm?lawid=1139&lng_3=en",
    cite: src(
      "cis-abkhazia-decision-1994",
      "To deploy in Georgian-Abkhaz conflict zone the Collective Force composed of military contingents of interested states - members of the CIS of 2-3 thousand of people, as well as military observers in order to maintain the peace",
      "point 1",
    ),
    clauses: {
      size_cap: yes(
        "A collective force of two to three thousand people from interested CIS states, plus military observers.",
        src(
          "cis-abkhazia-decision-1994",
          "the Collective Force composed of military contingents of interested states - members of the CIS of 2-3 thousand of people, as well as military observers",
          "point 1",
        ),
      ),
      duration_renewal: open("Not in the points read; see the 26 May 1995 extension."),
      tasks: yes(
        "To maintain the peace in the conflict zone; the Russian contingent already there forms the basis of the force, and the Russian representative commands it.",
        src(
          "cis-abkhazia-decision-1994",
          "Russian military contingent, already deployed to the conflict zone shall be used as the basis for collective force for maintaining the peace.",
          "point 1",
        ),
      ),
      rules_of_engagement: open("Not in the points read; no rules of engagement are coded."),
      consent: yes(
        "Taken on the appeals of the Abkhaz side (15 May 1994) and the Georgian side (16 May 1994); the plan of operations is to be approved by the conflicting sides.",
        src(
          "cis-abkhazia-decision-1994",
          "The plan of operations on deployment of the collective force shall be approved by the conflicting sides in compliance with the Agreement on cease-fire and separation of forces of 14 May 1994.",
          "point 1",
        ),
      ),
      monitoring: open("Not in the points read; UN observers' monitoring is set by the Moscow Agreement."),
      withdrawal: open("Not in the points read; no withdrawal clause is coded."),
      legal_basis: yes(
        "Decision of the CIS heads of state, in accordance with the Moscow Agreement of 14 May 1994.",
        src(
          "cis-abkhazia-decision-1994",
          "Considering the Appeal of the Abkhaz side of 15 May 1994 and  Georgian side of 16 May of 1994 on immediate deployment of collective peacekeeping forces in the conflict zone and in accordance of the Agreement on cease-fire and separation of forces signed by Georgian an Abkhaz sides on 14 May 1994",
          "preamble",
        ),
      ),
    },
  },
  {
    slug: "abkhazia-cis-mandate-1995",
    mission: "abkhazia-cis-peacekeeping-force",
    title: "Mandate of the Collective Force on maintaining the peace in the conflict zone in Abkhazia (annex to the CIS decision of 26 May 1995)",
    documentDate: "1995-05-26",
    signatories: "Council of the Heads of States of the CIS",
    legalBasis: "Decision of the CIS Council of Heads of State on specification and extension of the mandate",
    url: "http://www.rrc.ge/law/gad1_1995_05_26_e.htm?lawid=1144&lng_3=en",
    cite: src(
      "cis-abkhazia-mandate-1995",
      "the term of operation is extended up to 31 December 1995.The term of Mandate shall be prolonged upon the decision of the Council of the Heads of States of the Commonwealth of Independent States.",
      "point 1",
    ),
    clauses: {
      size_cap: open("Point 2 (“The manpower and adequate means shall be determined …”) was not read in full; no size is coded."),
      duration_renewal: yes(
        "Term extended to 31 December 1995; further prolongation by decision of the CIS Council of Heads of State.",
        src(
          "cis-abkhazia-mandate-1995",
          "the term of operation is extended up to 31 December 1995.The term of Mandate shall be prolonged upon the decision of the Council of the Heads of States of the Commonwealth of Independent States.",
          "point 1",
        ),
      ),
      tasks: yes(
        "To facilitate a comprehensive settlement, in particular the safe return of refugees and displaced persons, and to encourage de-mining.",
        src(
          "cis-abkhazia-mandate-1995",
          "The Collective force will carry out its tasks to facilitate comprehensive settlement of the conflict in Abkhazia, Georgia, particularly in the course of safe return of refugees and displaces persons to their places of residence observing international humanitarian rights and human rights; the process of de-mining also will be encouraged.",
          "preamble",
        ),
      ),
      rules_of_engagement: open("Not in the text read; no rules of engagement are coded."),
      consent: open("Not in the text read; no consent clause is coded."),
      monitoring: yes(
        "The CIS contingents are deployed alongside the military observers of the UN Mission in Georgia.",
        src(
          "cis-abkhazia-mandate-1995",
          "The peacekeeping military contingents of the CIS have been deployed in the conflict zone, as well as the military observers of the UN Mission in Georgia.",
        ),
      ),
      withdrawal: open("Not in the text read; no withdrawal clause is coded."),
      legal_basis: yes(
        "Decisions of the CIS Council of Heads of State on the use of the collective force.",
        src(
          "cis-abkhazia-mandate-1995",
          "Pursuant to the decisions issued by the Council of the heads of States of the Commonwealth of independent States on usage of Collective Force the operation on maintaining of peace in the conflict zone in Abkhazia, the Republic of Georgia is carried out.",
        ),
      ),
    },
  },

  // ── Tajikistan ─────────────────────────────────────────────────────────────
  {
    slug: "tajikistan-cis-cpf-agreement-1993",
    mission: "tajikistan-cis-collective-peacekeeping-forces",
    title: "CIS Agreement on Collective Peacekeeping Forces and Joint Measures for their Logistical Support (as amended by the Protocol of 10 February 1995)",
    documentDate: "1993-09-24",
    signatories: "CIS member states party to the Agreement (the list of signatories has not been read)",
    legalBasis: "Multilateral CIS agreement; terms renewed by decisions of the CIS heads of state",
    url: "https://zakonpravo.kz/en/on-ratification-of-the-protocol-to-the-agreement-of-september-24-1993-on-collective-peacekeeping-forces-and-joint-measures-for-their-logistical-support",
    cite: src(
      "cis-tajikistan-protocol-1995",
      "Guided by the Agreement on Collective Peacekeeping Forces and Joint Measures for their Logistical Support dated September 24, 1993, hereinafter referred to as the Agreement, in order to expand the powers (functions) of the Commander of the Collective Peacekeeping Forces in the Republic of Tajikistan to manage the allocated military units and subunits, agreed as follows",
      "preamble of the 1995 Protocol",
    ),
    clauses: {
      size_cap: open("The 1993 Agreement and the CIS decision of 15 April 1994 on the forces' term, composition and tasks have not been read; no size is coded."),
      duration_renewal: yes(
        "Renewed by the CIS heads of state: in January 1996 the signatories extended the mandate until 30 June 1996 at the Tajik president's request.",
        src(
          "jamestown-tajikistan-1996",
          "At the CIS summit of heads of state January 19, signatories to the 1993 agreement on collective peacekeeping extended the mandate of the peacekeeping force in Tajikistan until 30 June 1996.",
        ),
      ),
      tasks: open("The operative text on the forces' tasks (CIS decision of 15 April 1994) has not been read; tasks are not coded."),
      rules_of_engagement: yes(
        "As amended in 1995, the Commander may take decisions independently during operations, including combat operations, reporting afterwards to the heads of state and defence ministers.",
        src(
          "cis-tajikistan-protocol-1995",
          "independent decision-making in a specific situation during operations (combat operations), followed by a report to the heads of State and defense ministers of the participating States.",
          "point 2",
        ),
      ),
      consent: yes(
        "Extensions were granted at the host government's request (January 1996).",
        src("jamestown-tajikistan-1996", "The extension was granted at the request of Tajik president Emomali Rakhmonov."),
      ),
      monitoring: open("Not in the texts read; the 1995 Protocol adds interaction with UN and OSCE missions in the conflict zone to the Commander's functions, which is not a monitoring arrangement and is not coded here."),
      withdrawal: open("Not in the texts read; no withdrawal clause is coded."),
      legal_basis: yes(
        "CIS Agreement of 24 September 1993 on Collective Peacekeeping Forces, amended by the Protocol of 10 February 1995.",
        src(
          "cis-tajikistan-protocol-1995",
          "Guided by the Agreement on Collective Peacekeeping Forces and Joint Measures for their Logistical Support dated September 24, 1993",
          "preamble of the 1995 Protocol",
        ),
      ),
    },
  },

  // ── Ukraine: OSCE SMM and the two UN proposals ─────────────────────────────
  {
    slug: "osce-smm-decision-2014",
    mission: "osce-smm-ukraine",
    title: "OSCE Permanent Council decision on the deployment of a Special Monitoring Mission to Ukraine",
    documentDate: "2014-03-21",
    signatories: "OSCE Permanent Council (consensus of the participating States)",
    legalBasis: "Decision of the OSCE Permanent Council",
    url: "https://greece.mfa.gov.ua/en/news/20463-postijna-rada-obse-prijnyala-rishennya-pro-napravlennya-v-ukrajinu-specialynoji-monitoringovoji-misiji-obse",
    cite: src("ukraine-mfa-smm-2014", "On March 21, 2014 in Vienna the OSCE Permanent Council adopted a decision on deployment of an OSCE special monitoring mission of international observers to Ukraine."),
    clauses: {
      size_cap: yes(
        "Initially 100 civilian monitors.",
        src("ukraine-mfa-smm-2014", "Consisting initially of 100 civilian monitors the mission will be deployed for a period of six months."),
      ),
      duration_renewal: yes(
        "Six months, renewable at Ukraine's request; the mandate expired on 31 March 2022 without consensus on renewal.",
        src("ukraine-mfa-smm-2014", "the mission will be deployed for a period of six months. Its mandate can be renewed if requested by Ukraine."),
      ),
      tasks: yes(
        "To gather information and report on the security situation, establish and report facts about incidents, monitor respect for human rights, and facilitate dialogue on the ground.",
        src(
          "ukraine-mfa-smm-2014",
          "To this aim monitors will, in particular, gather information and report on the security situation in the area of operation; to establish and report facts in response to specific incidents and reports of incidents; to monitor and support respect for human rights and fundamental freedoms; to facilitate the dialogue on the ground in order to reduce tensions and promote normalization of the situation.",
        ),
      ),
      rules_of_engagement: open("An unarmed civilian mission; the decision's text on the use of force has not been read, so this clause is not coded."),
      consent: yes(
        "Deployed following the Government of Ukraine's appeal and a consensus decision of all participating States.",
        src(
          "interfax-smm-closure-2022",
          "began its work on March 21, 2014 in connection with the appeal of the Government of Ukraine to the OSCE and the consensus decision of all 57 OSCE participating States.",
        ),
      ),
      monitoring: yes(
        "The mission is itself the monitoring mechanism, reporting on the security situation; it coordinates with OSCE structures and cooperates with the UN and the Council of Europe.",
        src("ukraine-mfa-smm-2014", "The mission will coordinate with and support the work of the OSCE executive structures and cooperate with the UN, the Council of Europe and other actors of the international community."),
      ),
      withdrawal: yes(
        "No renewal without consensus: the mandate expired on 31 March 2022 and the OSCE decided to close the mission.",
        src("interfax-smm-closure-2022", "The mandate of the OSCE Special Monitoring Mission expired on 31 March 2022."),
      ),
      legal_basis: yes(
        "Decision of the OSCE Permanent Council of 21 March 2014.",
        src("ukraine-mfa-smm-2014", "On March 21, 2014 in Vienna the OSCE Permanent Council adopted a decision on deployment of an OSCE special monitoring mission of international observers to Ukraine."),
      ),
    },
  },
  {
    slug: "donbas-russian-draft-resolution-2017",
    mission: "donbas-un-mission-russian-draft-2017",
    title: "Russian draft UN Security Council resolution on a UN mission to protect the OSCE Special Monitoring Mission in south-eastern Ukraine",
    documentDate: "2017-09-05",
    signatories: "Russian Federation (draft circulated to the Security Council; never adopted)",
    legalBasis: "Draft UN Security Council resolution",
    cite: d(723, 729, "In September 2017, Russia issued a draft UN Security Council Resolution proposing the deployment of UN forces along the frontline separating the government-controlled territories from the territories controlled by the self-declared DPR / LPR."),
    clauses: {
      size_cap: silent(
        "The draft fixes no size: it asks the Secretary-General to recommend the mission's size and national composition.",
        src(
          "tass-donbas-draft-text-2017",
          "to start preparatory work without delay and to present as soon as possible to the Security Council for its consideration and approval detailed recommendations with regard to the size and national composition",
        ),
      ),
      duration_renewal: yes(
        "An initial six months, starting after the complete disengagement of forces and equipment from the line of contact.",
        src(
          "tass-donbas-draft-text-2017",
          "for a period of six months, following the complete disengagement of forces and equipment from the de facto line of contact, a United Nations Support Mission to Protect OSCE SMM in Southeast Ukraine",
        ),
      ),
      tasks: yes(
        "Exclusively to ensure the security of OSCE SMM monitors in the disengagement zones along the line of contact, which the dossier describes as the front line separating government-controlled territory from the DPR/LPR.",
        src(
          "tass-donbas-draft-text-2017",
          "equipped with small arms and light weapons mandated exclusively to ensure the security of the OSCE SMM observer groups exercising 24-hour monitoring in zones where forces and equipment have been disengaged from the de facto line of contact",
        ),
      ),
      rules_of_engagement: open("The passages read say only that the mission carries small arms and light weapons; no rules of engagement are coded."),
      consent: yes(
        "The Secretary-General's recommendations must be agreed with the Government of Ukraine and with representatives of certain areas of Donetsk and Luhansk, that is, the DPR/LPR.",
        src("tass-donbas-draft-text-2017", "with the Government of Ukraine and representatives of certain areas of the Donetsk and Luhansk regions of Ukraine."),
      ),
      monitoring: yes(
        "Monitoring stays with the OSCE SMM's observer groups, which the UN mission protects.",
        src("tass-donbas-draft-text-2017", "the OSCE SMM observer groups exercising 24-hour monitoring in zones where forces and equipment have been disengaged"),
      ),
      withdrawal: open("Not in the passages read; no withdrawal clause is coded."),
      legal_basis: yes(
        "A draft Security Council resolution, never adopted, stressing that the conflict can be settled only through the Minsk Package of Measures of 12 February 2015.",
        src(
          "tass-donbas-draft-text-2017",
          "stresses that the conflict in the east of the country can be settled only through implementation of the February 12, 2015 Package of Measures",
        ),
      ),
    },
  },
  {
    slug: "donbas-ukraine-initiative-proposal-2018",
    mission: "donbas-ukraine-initiative-2018",
    title: "Ukraine Initiative proposal for a peacekeeping force in eastern Ukraine",
    documentDate: "2018-02",
    signatories: "Ukraine Initiative (political consultancy of Anders Fogh Rasmussen); a proposal, not an agreement",
    legalBasis: "Proposal for a UN peacekeeping mission",
    url: "https://www.hudson.org/events/1531-reuniting-ukraine-through-international-cooperation-options-in-donbas32018",
    cite: d(729, 735, "In response to this proposal in February 2018, former NATO Secretary-General Anders Fogh Rasmussen, whose political consultancy group runs a strategic campaign called the Ukraine Initiative, floated a comprehensive proposal for a peacekeeping force in eastern Ukraine."),
    clauses: {
      size_cap: open("The proposal's text (Richard Gowan's paper for the Hudson Institute) has not been read; no size is coded."),
      duration_renewal: open("Not in the sources read; no duration is coded."),
      tasks: yes(
        "A comprehensive peacekeeping force whose political goal is the implementation of the Minsk agreements.",
        d(735, 740, "while the draft of the peacekeeping mission of the Ukrainian Initiative had one the implementation of the Minsk agreements."),
      ),
      rules_of_engagement: open("Not in the sources read; no rules of engagement are coded."),
      consent: open("The dossier says the proposal tried to accommodate all actors' interests, which is not a consent clause; not coded."),
      monitoring: open("Not in the sources read; no monitoring arrangement is coded."),
      withdrawal: open("Not in the sources read; no withdrawal clause is coded."),
      legal_basis: yes(
        "A UN peacekeeping mission, proposed in 2018 and never accepted or implemented.",
        d(122, 124, "the UN peacekeeping mission that was proposed in 2018"),
      ),
    },
  },

  // ── Kosovo ─────────────────────────────────────────────────────────────────
  {
    slug: "kfor-unscr-1244",
    mission: "kfor",
    title: "UN Security Council Resolution 1244 (1999) and the Military-Technical Agreement",
    documentDate: "1999-06-10",
    signatories: "UN Security Council (Resolution 1244); NATO and the governments of the Federal Republic of Yugoslavia and the Republic of Serbia (Military-Technical Agreement)",
    legalBasis: "UN Security Council Resolution 1244 (1999) under Chapter VII of the UN Charter",
    url: "https://www.nato.int/cps/en/natohq/topics_48818.htm",
    cite: src(
      "nato-kosovo-role",
      "KFOR derives its mandate from United Nations Security Council Resolution (UNSCR) 1244 of 10 June 1999 and from the Military-Technical Agreement between NATO and the governments of the Federal Republic of Yugoslavia and the Republic of Serbia.",
    ),
    clauses: {
      size_cap: open("NATO's page sets no size; the resolution's text has not been read, so this clause is not coded."),
      duration_renewal: open("The resolution's text has not been read; no duration is coded."),
      tasks: yes(
        "Originally: deter renewed hostilities, establish a secure environment and public order, demilitarise the KLA, support the humanitarian effort and coordinate with the international civil presence.",
        src(
          "nato-kosovo-role",
          "KFOR’s original objectives were to deter renewed hostilities, establish a secure environment and ensure public safety and order, demilitarise the Kosovo Liberation Army, support the international humanitarian effort and coordinate with the international civil presence.",
        ),
      ),
      rules_of_engagement: open("Not in the text read; KFOR's rules of engagement are not coded."),
      consent: yes(
        "The Military-Technical Agreement was concluded with the governments of the Federal Republic of Yugoslavia and Serbia.",
        src("nato-kosovo-role", "the Military-Technical Agreement between NATO, the Federal Republic of Yugoslavia and Serbia"),
      ),
      monitoring: open("Not in the text read; not coded."),
      withdrawal: open("Not in the text read; not coded."),
      legal_basis: yes(
        "UN Security Council Resolution 1244 (1999); KFOR operates under Chapter VII of the UN Charter as a peace-enforcement operation.",
        src("nato-kosovo-role", "KFOR operates under Chapter VII of the UN Charter and, as such, is a peace enforcement"),
      ),
    },
  },
];
