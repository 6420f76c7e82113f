import type { SourceSeed } from "../types";

/**
 * The dossier and every outside source the curated data cites. Outside sources were read
 * through the project's stored-pages search (corpus "pages"); each `url` is the address
 * of the copy that was read, and quotes elsewhere in seed/data are words read there.
 * Data-set releases are not listed here: the importers create their Source rows.
 */
const READ_NOTE = "Read through the stored-pages search; quotes in seed/data are limited to the passages read there.";

export const sources: SourceSeed[] = [
  {
    key: "ispi-2021",
    kind: "dossier",
    title: "Peacekeeping: The Russian Way",
    shortTitle: "ISPI dossier 2021",
    publisher: "ISPI – Italian Institute for International Political Studies",
    authors: "Eleonora Tafuro Ambrosetti (editor); Adriana Cuppuleri; Olesya Vartanyan; Carlo Frappi; Tetyana Malyarenko; Elena Zhirukhina; Sergey Sukhankin; Emmanuel Dreyfus",
    publishedOn: "2021",
    citation:
      "Tafuro Ambrosetti, Eleonora (ed.). Peacekeeping: The Russian Way. ISPI – Italian Institute for International Political Studies, 2021.",
    outsideDossier: false,
    note: "Founding source. Plain text in ../shared/dossier; quotes repair only the PDF artefacts listed in its README.",
  },

  // ── Nagorno-Karabakh ───────────────────────────────────────────────────────
  {
    key: "nk-trilateral-statement-2020",
    kind: "official_document",
    title:
      "Statement by the Prime Minister of the Republic of Armenia, the President of the Republic of Azerbaijan and the President of the Russian Federation",
    shortTitle: "Trilateral statement, 10 Nov 2020",
    publisher: "Office of the Prime Minister of the Republic of Armenia (primeminister.am)",
    publishedOn: "2020-11-10",
    url: "https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement",
    citation:
      "Statement by the Prime Minister of the Republic of Armenia, the President of the Republic of Azerbaijan and the President of the Russian Federation, 10 November 2020. Official English text, primeminister.am.",
    outsideDossier: true,
    note:
      "The dossier cites the same statement from the Kremlin's website (note [1], line 508–510). Parallax read items 1–5 and the opening of item 6 of this official English text. " +
      READ_NOTE,
  },
  {
    key: "reuters-russia-turkey-centre-2021",
    kind: "web",
    title: "Russia and Turkey open monitoring center for Nagorno-Karabakh",
    shortTitle: "Reuters, 30 Jan 2021",
    publisher: "Reuters (via National Post)",
    publishedOn: "2021-01-30",
    url: "https://nationalpost.com/pmn/news-pmn/russia-and-turkey-open-monitoring-center-for-nagorno-karabakh",
    citation:
      "Reuters. “Russia and Turkey open monitoring center for Nagorno-Karabakh”, 30 January 2021 (republished by National Post).",
    outsideDossier: true,
    note: READ_NOTE,
  },
  {
    key: "tass-nk-withdrawal-2024",
    kind: "web",
    title: "Russian peacekeepers have fully accomplished their mission in Nagorno-Karabakh (Bondarev)",
    shortTitle: "TASS, 17 Apr 2024",
    publisher: "TASS",
    publishedOn: "2024-04-17",
    url: "https://tass.com/politics/1776731",
    citation: "TASS. Report on the start of the withdrawal of Russian peacekeepers from Nagorno-Karabakh, 17 April 2024.",
    outsideDossier: true,
    note: "Reports the start of the withdrawal; its completion on 12 June 2024 comes from the Kyiv Independent. " + READ_NOTE,
  },

  {
    key: "kyiv-independent-nk-withdrawal-2024",
    kind: "web",
    title: "Russian peacekeepers leave Karabakh",
    shortTitle: "Kyiv Independent, Jun 2024",
    publisher: "The Kyiv Independent",
    publishedOn: "2024-06",
    url: "https://kyivindependent.com/russian-peacekeepers-leave-karabakh",
    citation: "The Kyiv Independent. “Russian peacekeepers leave Karabakh”, June 2024, reporting Azerbaijan's Defence Ministry.",
    outsideDossier: true,
    note:
      "The page read shows no day of publication; it reports, after the withdrawal that began in April 2024, that it concluded on 12 June, citing Azerbaijan's Defence Ministry. " +
      READ_NOTE,
  },

  // ── Transnistria ───────────────────────────────────────────────────────────
  {
    key: "transnistria-agreement-1992-text",
    kind: "official_document",
    title:
      "Agreement on the Principles of a Peaceful Settlement of the Armed Conflict in the Pridnestrovien Region of the Republic of Moldova (21 July 1992)",
    shortTitle: "Moldova–Russia agreement, 21 Jul 1992 (text)",
    publisher: "Ministry of Foreign Affairs of the Pridnestrovian Moldavian Republic (mid.gospmr.org)",
    url: "https://mid.gospmr.org/en/SfB",
    citation:
      "Agreement on the Principles of a Peaceful Settlement of the Armed Conflict in the Dniester (Pridnestrovien) Region of the Republic of Moldova, Moscow, 21 July 1992. English text as published by the de facto authorities' foreign ministry.",
    outsideDossier: true,
    note: "Parallax read the preamble, Article 1 and Article 2(1)–(2). " + READ_NOTE,
  },
  {
    key: "pax-transnistria-1992",
    kind: "report",
    title: "Agreement on the Principles for a Peaceful Settlement of the Armed Conflict in the Dniester Region of the Republic of Moldova",
    shortTitle: "PA-X record 1024",
    publisher: "PA-X Peace Agreements Database, University of Edinburgh",
    url: "https://test.pax.peaceagreements.org/agreements/1024",
    citation:
      "PA-X Peace Agreements Database, University of Edinburgh. Record 1024: Agreement on the Principles for a Peaceful Settlement of the Armed Conflict in the Dniester Region of the Republic of Moldova, 21 July 1992.",
    outsideDossier: true,
    note: READ_NOTE,
  },
  {
    key: "transnistria-confidence-measures-1998",
    kind: "official_document",
    title: "Agreement on Confidence Measures and Development of Contacts between the Republic of Moldova and Pridnestrovie (20 March 1998)",
    shortTitle: "Confidence-measures agreement, 20 Mar 1998",
    publisher: "Ministry of Foreign Affairs of the Pridnestrovian Moldavian Republic (mid.gospmr.org)",
    url: "https://mid.gospmr.org/en/archive/all/1998/3/20",
    citation:
      "Agreement on Confidence Measures and Development of Contacts between the Republic of Moldova and Pridnestrovie, 20 March 1998. English text as published by the de facto authorities' foreign ministry.",
    outsideDossier: true,
    note: READ_NOTE,
  },

  // ── South Ossetia ──────────────────────────────────────────────────────────
  {
    key: "pax-sochi-1992",
    kind: "report",
    title: "Agreement on Principles of Settlement of the Georgian-Ossetian Conflict (Sochi Agreement)",
    shortTitle: "PA-X record 1699",
    publisher: "PA-X Peace Agreements Database, University of Edinburgh",
    url: "https://pax.peaceagreements.org/agreements/1699",
    citation:
      "PA-X Peace Agreements Database, University of Edinburgh. Record 1699: Agreement on Principles of Settlement of the Georgian-Ossetian Conflict (Sochi Agreement), 24 June 1992.",
    outsideDossier: true,
    note: "Parallax read PA-X's record (parties, date, description), not the agreement's full text. " + READ_NOTE,
  },
  {
    key: "south-ossetia-vladikavkaz-protocol-1992",
    kind: "official_document",
    title:
      "Protocol of the Meeting of Representatives of the Parties on the Implementation of the Agreement on Principles of Settlement of the Georgian-Ossetian Conflict (Vladikavkaz, 4 July 1992)",
    shortTitle: "Vladikavkaz protocol, 4 Jul 1992",
    publisher: "allgeo.org (document collection on regional conflicts in Georgia)",
    url: "https://www.allgeo.org/index.php/en/832-regional-conflicts-in-georgia-the-autonomous-oblast-of-south-ossetia-the-autonomous-ssr-of-abkhazia-1989-2006-part-2",
    citation:
      "Protocol of the Meeting of Representatives of the Parties on the Implementation of the Agreement on Principles of Settlement of the Georgian-Ossetian Conflict, Vladikavkaz, 4 July 1992 (PA-X record 1700).",
    outsideDossier: true,
    note: READ_NOTE,
  },

  {
    key: "south-ossetia-jcc-protocol-1992",
    kind: "official_document",
    title: "Protocol of the joint commission on the formation of the joint forces (LOKF) in the Georgian–Ossetian conflict zone (Vladikavkaz, 4 July 1992)",
    shortTitle: "Joint-commission protocol on the LOKF, 4 Jul 1992",
    publisher: "rrc.ge legal-documents collection (from the archive of the Georgian State Minister for Conflict Resolution Issues)",
    url: "https://rrc.ge/law/Skkprot_1992_07_04_e.htm?lawid=1240&lng_3=en",
    citation:
      "Protocol of the joint commission (T. Kitovani, S. Shoygu, S. Khetagurov et al.) on the formation of the joint forces for establishment of peace and keeping law and order (LOKF), Vladikavkaz, 4 July 1992. English text on rrc.ge.",
    outsideDossier: true,
    note: READ_NOTE,
  },

  // ── Abkhazia ───────────────────────────────────────────────────────────────
  {
    key: "un-s-1994-583",
    kind: "official_document",
    title: "Agreement on a Cease-Fire and Separation of Forces, signed in Moscow on 14 May 1994 (UN document S/1994/583, annex I)",
    shortTitle: "Moscow Agreement, 14 May 1994 (S/1994/583)",
    publisher: "United Nations Security Council (copy on docslib.org)",
    url: "https://docslib.org/doc/6769871/agreement-on-a-cease-fire-and-separation-of-forces-signed-in-moscow-on-14-may-1994",
    citation:
      "United Nations Security Council. S/1994/583, annex I: Agreement on a Cease-Fire and Separation of Forces, signed in Moscow on 14 May 1994.",
    outsideDossier: true,
    note:
      "Parallax read the preamble and paragraphs 1, 2(a)–(b); the Protocol to the Agreement was not read. " +
      READ_NOTE,
  },
  {
    key: "rrc-moscow-agreement-1994",
    kind: "official_document",
    title: "Agreement on a Cease-fire and Separation of Forces (14 May 1994), English text",
    shortTitle: "Moscow Agreement, 14 May 1994 (rrc.ge text)",
    publisher: "rrc.ge legal-documents collection",
    url: "http://www.rrc.ge/law/agrm_1994_05_14_e.htm?lawid=428&lng_3=en",
    citation: "Agreement on a Cease-fire and Separation of Forces, Moscow, 14 May 1994. English text on rrc.ge.",
    outsideDossier: true,
    note: "A second translation of the same agreement; used for paragraph 2(3), which the UN copy read did not reach. " + READ_NOTE,
  },
  {
    key: "pax-moscow-agreement-1994",
    kind: "report",
    title: "Agreement on a Ceasefire and Separation of Forces",
    shortTitle: "PA-X record 247",
    publisher: "PA-X Peace Agreements Database, University of Edinburgh",
    url: "https://test.pax.peaceagreements.org/agreements/247",
    citation:
      "PA-X Peace Agreements Database, University of Edinburgh. Record 247: Agreement on a Ceasefire and Separation of Forces, 14 May 1994.",
    outsideDossier: true,
    note: READ_NOTE,
  },
  {
    key: "cis-abkhazia-decision-1994",
    kind: "official_document",
    title:
      "Decision of the Council of the CIS Heads of States on usage of Collective Forces to maintain peace in the conflict zone of Georgian-Abkhaz conflict",
    shortTitle: "CIS decision on Abkhazia, 1994",
    publisher: "rrc.ge legal-documents collection",
    url: "http://www.rrc.ge/law/gad_1994_08_22_e.htm?lawid=1139&lng_3=en",
    citation:
      "Council of the CIS Heads of States. Decision on usage of Collective Forces to maintain peace in the conflict zone of Georgian-Abkhaz conflict, 1994. English text on rrc.ge.",
    outsideDossier: true,
    note:
      "The text read does not show the date of signature; the CIS mandate of 21 October 1994 (rrc.ge) refers to the decision as 'signed in June-August 1994'. " +
      READ_NOTE,
  },
  {
    key: "cis-abkhazia-mandate-1995",
    kind: "official_document",
    title:
      "Annex to the Decision adopted on 26 May 1995 by the Council of the Heads of the CIS on Specification to and Extension of the Mandate of the Collective Force on Maintaining the Peace in the Conflict Zone of Abkhazia",
    shortTitle: "CIS mandate extension, 26 May 1995",
    publisher: "rrc.ge legal-documents collection",
    publishedOn: "1995-05-26",
    url: "http://www.rrc.ge/law/gad1_1995_05_26_e.htm?lawid=1144&lng_3=en",
    citation:
      "Council of the Heads of States of the CIS. Mandate of the Collective Force on maintaining the peace in the conflict zone in Abkhazia, annex to the decision of 26 May 1995. English text on rrc.ge.",
    outsideDossier: true,
    note: READ_NOTE,
  },
  {
    key: "cis-abkhazia-decision-1996",
    kind: "official_document",
    title: "Decision taken by the Council of the Heads of States of the CIS on Measures for Settlement of the conflict in Abkhazia, Georgia (19 January 1996)",
    shortTitle: "CIS decision on Abkhazia, 19 Jan 1996",
    publisher: "rrc.ge legal-documents collection",
    publishedOn: "1996-01-19",
    url: "http://rrc.ge/law/gad_1996_01_19_e.htm?lawid=1148&lng_3=en",
    citation:
      "Council of the Heads of States of the CIS. Decision on Measures for Settlement of the conflict in Abkhazia, Georgia, 19 January 1996. English text on rrc.ge.",
    outsideDossier: true,
    note: READ_NOTE,
  },

  // ── Tajikistan ─────────────────────────────────────────────────────────────
  {
    key: "cis-tajikistan-protocol-1995",
    kind: "official_document",
    title:
      "Protocol to the Agreement of September 24, 1993 “On Collective Peacekeeping Forces and joint Measures for their logistical support” (Almaty, 10 February 1995), in the Law of the Republic of Kazakhstan of 23 June 2000 No. 58-II on its ratification",
    shortTitle: "CIS protocol on the Tajikistan CPF, 10 Feb 1995",
    publisher: "zakonpravo.kz (English text of Kazakhstan's ratification law)",
    url: "https://zakonpravo.kz/en/on-ratification-of-the-protocol-to-the-agreement-of-september-24-1993-on-collective-peacekeeping-forces-and-joint-measures-for-their-logistical-support",
    citation:
      "Protocol to the Agreement of 24 September 1993 on Collective Peacekeeping Forces and Joint Measures for their Logistical Support, Almaty, 10 February 1995; ratified by Law of the Republic of Kazakhstan No. 58-II of 23 June 2000.",
    outsideDossier: true,
    note: "Parallax has not read the 24 September 1993 Agreement itself; this protocol names and amends it. " + READ_NOTE,
  },
  {
    key: "jamestown-tajikistan-1996",
    kind: "report",
    title: "CIS Peacekeeping Force Mandate Extended in Tajikistan",
    shortTitle: "Jamestown Monitor 2:16 (1996)",
    publisher: "The Jamestown Foundation, Monitor, Volume 2, Issue 16",
    publishedOn: "1996",
    url: "https://jamestown.org/program/cis-peacekeeping-force-mandate-extended-in-tajikistan/",
    citation: "The Jamestown Foundation. “CIS Peacekeeping Force Mandate Extended in Tajikistan”, Monitor, Volume 2, Issue 16, 1996.",
    outsideDossier: true,
    note: READ_NOTE,
  },
  {
    key: "pax-tehran-1994",
    kind: "report",
    title:
      "Agreement on a Temporary Ceasefire and the Cessation of Other Hostile Acts on the Tajik-Afghan Border and within the Country for the Duration of the Talks [The Tehran Agreement]",
    shortTitle: "PA-X record 257",
    publisher: "PA-X Peace Agreements Database, University of Edinburgh",
    url: "https://test.pax.peaceagreements.org/agreements/257",
    citation:
      "PA-X Peace Agreements Database, University of Edinburgh. Record 257: The Tehran Agreement, 17 September 1994.",
    outsideDossier: true,
    note: READ_NOTE,
  },

  // ── Ukraine ────────────────────────────────────────────────────────────────
  {
    key: "tass-donbas-draft-submitted-2017",
    kind: "web",
    title: "Russia submits to UN draft resolution on peacekeepers in Donbass — envoy",
    shortTitle: "TASS, 5 Sep 2017",
    publisher: "TASS",
    publishedOn: "2017-09-05",
    url: "https://tass.com/politics/963856/amp",
    citation: "TASS. “Russia submits to UN draft resolution on peacekeepers in Donbass — envoy”, 5 September 2017.",
    outsideDossier: true,
    note: READ_NOTE,
  },
  {
    key: "tass-donbas-draft-text-2017",
    kind: "web",
    title: "Russia suggests armed UN mission to Ukraine for initial six-month term",
    shortTitle: "TASS, 12 Sep 2017",
    publisher: "TASS",
    publishedOn: "2017-09-12",
    url: "https://tass.com/world/965305/amp",
    citation:
      "TASS. “Russia suggests armed UN mission to Ukraine for initial six-month term”, 12 September 2017 (quotes the Russian draft Security Council resolution).",
    outsideDossier: true,
    note: "The draft was never put to a vote; Parallax knows its wording only from the passages TASS quotes. " + READ_NOTE,
  },
  {
    key: "hudson-gowan-2018",
    kind: "web",
    title: "Reuniting Ukraine through International Cooperation: Options in Donbas (event on Richard Gowan's paper “Can the United Nations Unite Ukraine?”)",
    shortTitle: "Hudson Institute, 2018",
    publisher: "Hudson Institute",
    publishedOn: "2018",
    url: "https://www.hudson.org/events/1531-reuniting-ukraine-through-international-cooperation-options-in-donbas32018",
    citation:
      "Hudson Institute. “Reuniting Ukraine through International Cooperation: Options in Donbas”, event page on Richard Gowan, Can the United Nations Unite Ukraine? (February 2018).",
    outsideDossier: true,
    note: "Parallax has not read the paper's text, only the event page describing it. " + READ_NOTE,
  },
  {
    key: "ukraine-mfa-smm-2014",
    kind: "official_document",
    title: "OSCE Permanent Council adopted a decision on deployment of an OSCE special monitoring mission to Ukraine",
    shortTitle: "Ukraine MFA on the SMM decision, 21 Mar 2014",
    publisher: "Ministry of Foreign Affairs of Ukraine (Embassy of Ukraine in Greece website)",
    url: "https://greece.mfa.gov.ua/en/news/20463-postijna-rada-obse-prijnyala-rishennya-pro-napravlennya-v-ukrajinu-specialynoji-monitoringovoji-misiji-obse",
    citation:
      "Ministry of Foreign Affairs of Ukraine. “OSCE Permanent Council adopted a decision on deployment of an OSCE special monitoring mission to Ukraine” (decision of 21 March 2014).",
    outsideDossier: true,
    note: READ_NOTE,
  },
  {
    key: "interfax-smm-closure-2022",
    kind: "web",
    title: "OSCE decides to close Special Monitoring Mission in Ukraine",
    shortTitle: "Interfax-Ukraine, 29 Apr 2022",
    publisher: "Interfax-Ukraine (via itta.info)",
    publishedOn: "2022-04-29",
    url: "https://itta.info/?p=145959",
    citation: "Interfax-Ukraine. “OSCE decides to close Special Monitoring Mission in Ukraine”, Kyiv, 29 April 2022.",
    outsideDossier: true,
    note: READ_NOTE,
  },

  // ── Kosovo ─────────────────────────────────────────────────────────────────
  {
    key: "nato-kosovo-role",
    kind: "official_document",
    title: "NATO's role in Kosovo",
    shortTitle: "NATO, KFOR topic page",
    publisher: "NATO",
    publishedOn: "2023-11-20",
    url: "https://www.nato.int/cps/en/natohq/topics_48818.htm",
    citation: "NATO. “NATO's role in Kosovo” (topic page, last updated 20 November 2023).",
    outsideDossier: true,
    note: READ_NOTE,
  },

  // ── Africa ─────────────────────────────────────────────────────────────────
  {
    key: "reuters-wagner-libya-2020",
    kind: "web",
    title: "Russia steps up support for private military contractor in Libya: U.N. report",
    shortTitle: "Reuters, 2020 (Wagner in Libya)",
    publisher: "Reuters",
    publishedOn: "2020",
    url: "https://www.reuters.com/article/us-libya-security-un-idUSKBN25T37G",
    citation: "Reuters. “Russia steps up support for private military contractor in Libya: U.N. report”, 2020.",
    outsideDossier: true,
    note: "The page read shows no day of publication; it reports a UN sanctions-monitors' report covering flights to 31 July 2020. " + READ_NOTE,
  },
  {
    key: "unsmil-libya-ceasefire-2020",
    kind: "official_document",
    title: "UNSMIL welcomes agreement between Libyan parties on a permanent country-wide ceasefire",
    shortTitle: "UNSMIL, 23 Oct 2020",
    publisher: "United Nations Support Mission in Libya (via ReliefWeb)",
    publishedOn: "2020-10-23",
    url: "https://reliefweb.int/report/libya/unsmil-welcomes-agreement-between-libyan-parties-permanent-country-wide-ceasefire",
    citation: "UNSMIL. Press statement on the signing of a complete and permanent ceasefire agreement, Geneva, 23 October 2020.",
    outsideDossier: true,
    note: READ_NOTE,
  },
  {
    key: "ohchr-car-wagner-2021",
    kind: "official_document",
    title: "CAR: Russian Wagner Group harassing and intimidating civilians – UN experts",
    shortTitle: "OHCHR, 27 Oct 2021",
    publisher: "Office of the UN High Commissioner for Human Rights (OHCHR), press release (via Zawya)",
    publishedOn: "2021-10-27",
    url: "https://zawya.com/en/press-release/central-african-republic-russian-wagner-group-harassing-and-intimidating-civilians-un-experts-mrpzp87g",
    citation:
      "OHCHR. “Central African Republic: Russian Wagner Group harassing and intimidating civilians – UN experts”, press release, Geneva, 27 October 2021.",
    outsideDossier: true,
    note: READ_NOTE,
  },
  {
    key: "upi-wagner-mali-2021",
    kind: "web",
    title: "16 countries condemn deployment of Russian mercenaries in Mali",
    shortTitle: "UPI, 24 Dec 2021 (Wagner in Mali)",
    publisher: "United Press International (UPI)",
    publishedOn: "2021-12-24",
    url: "https://pefafa.com/world/16-countries-condemn-deployment-of-russian-mercenaries-in-mali.html",
    citation:
      "UPI. “16 countries condemn deployment of Russian mercenaries in Mali”, 24 December 2021, on the joint statement of 23 December 2021 by fifteen European governments and Canada.",
    outsideDossier: true,
    note: "The copy read is a republication of the UPI report. Mali's transitional authorities denied the deployment. " + READ_NOTE,
  },
];
