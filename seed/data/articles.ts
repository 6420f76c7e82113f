import type { ArticleSeed } from "../types";

/**
 * The dossier's eight articles, with the line ranges and authors of ../shared/dossier/README.md.
 * Where the PDF text lost or cut a title, the title here is descriptive and says so.
 */
export const articles: ArticleSeed[] = [
  {
    slug: "introduction",
    number: 1,
    title: "Introduction (title cut in the source text: “… on Conflict Zones”)",
    titleIsDescriptive: true,
    lines: [1, 181],
    summary:
      "The editor asks whether there is a “Russian way” to peacekeeping and whether it aligns or clashes with European and US practice. She contrasts NATO's 1999 image of Russia as a KFOR partner with today's focus on the Wagner private military company, notes Russia's continued part in UN, CSTO and agreement-based operations, and argues that the post-Soviet space is Moscow's main arena. The introduction then summarises each of the seven contributions.",
    author: {
      slug: "eleonora-tafuro-ambrosetti",
      name: "Eleonora Tafuro Ambrosetti",
      affiliation: "ISPI",
      bio: "Research Fellow at the Russia, Caucasus and Central Asia Centre at ISPI; editor of the dossier.",
    },
  },
  {
    slug: "rationale-behind-russias-military-interventions",
    number: 2,
    title: "The Rationale Behind Russia's Military Interventions",
    titleIsDescriptive: false,
    lines: [182, 344],
    summary:
      "Cuppuleri reviews Russia's role in the ceasefires of the 1990s (South Ossetia, Abkhazia, Transnistria), its intervention in Tajikistan's civil war and the force it deployed to Nagorno-Karabakh in 2020, and explains why observers see Russia as a party to these conflicts rather than the mere mediator it claims to be. She argues that no single explanation suffices: external pressure (NATO enlargement), Russia's quest for status in a hierarchical CIS order, and regime security together shape when Moscow uses force, and Russian support lets “pockets of autocracy” persist in the breakaway regions.",
    author: {
      slug: "adriana-cuppuleri",
      name: "Adriana Cuppuleri",
      affiliation: "Independent researcher",
      bio: "Independent researcher based in Berlin working on the post-Soviet space; Ph.D. from the University of Trento.",
    },
  },
  {
    slug: "risky-role-russian-peacekeepers-nagorno-karabakh",
    number: 3,
    title: "A Risky Role for Russian Peacekeepers in Nagorno-Karabakh",
    titleIsDescriptive: false,
    lines: [345, 522],
    summary:
      "Vartanyan describes what the Russian contingent deployed after the 2020 war does on the ground: checkpoints, patrols, demining, humanitarian work and local problem-solving, with drones run from a joint Russian–Turkish centre. She credits it with a renewed sense of security but warns that its terms rest on a few sentences of the ceasefire statement, that talks on rules of engagement stalled, and that the frozen negotiations make the mission riskier over time.",
    author: {
      slug: "olesya-vartanyan",
      name: "Olesya Vartanyan",
      affiliation: "International Crisis Group",
      bio: "Has worked on conflicts in the South Caucasus for almost 15 years; with International Crisis Group since 2016.",
    },
  },
  {
    slug: "engaging-and-constraining-the-bear",
    number: 4,
    title: "Engaging and Constraining the Bear: Azerbaijan and the Russian Peacekeeping Mission in Nagorno-Karabakh",
    titleIsDescriptive: false,
    lines: [523, 663],
    summary:
      "Frappi reads the mission from Baku: accepting Russian troops was the diplomatic price of Azerbaijan's 2020 victory and Moscow's reward for neutrality. Azerbaijan must engage Russia on border delimitation and transport links while constraining it from turning a temporary deployment into a permanent protectorate; Turkey is a limited counterweight, so Baku should bring Western mediation back in.",
    author: {
      slug: "carlo-frappi",
      name: "Carlo Frappi",
      affiliation: "ISPI and Ca' Foscari University",
      bio: "Researcher at the Department of Asian and North African Studies, Ca' Foscari University of Venice; Associate Research Fellow, Russia, Caucasus and Central Asia Centre, ISPI.",
    },
  },
  {
    slug: "un-peacekeeping-mission-ukraine-doomed-to-fail",
    number: 5,
    title: "Why a UN Peacekeeping Mission in Ukraine Is Doomed to Fail",
    titleIsDescriptive: false,
    lines: [664, 872],
    summary:
      "Malyarenko traces the Donbas war's passage from a high-intensity stage in 2014–2015 to a low-intensity status quo, and the competing 2017–2018 proposals for a UN force: Russia's draft resolution for the line of contact and the Ukraine Initiative's comprehensive plan. Applying ripeness theory, she argues both came at the wrong time, that Kyiv and Moscow each wanted peacekeepers to win rather than settle, and that a mission fails when its outcome is less attractive than the status quo.",
    author: {
      slug: "tetyana-malyarenko",
      name: "Tetyana Malyarenko",
      affiliation: "National University Odessa Law Academy",
      bio: "Jean Monnet Professor of European Security at the National University Odessa Law Academy.",
    },
  },
  {
    slug: "russia-csto-sco-central-asia",
    number: 6,
    title: "Russia, the CSTO and the SCO in Central Asia after the Taliban's Return",
    titleIsDescriptive: true,
    lines: [873, 1065],
    summary:
      "Zhirukhina argues that the Taliban's return gives Russia a window to reinforce its role as Central Asia's security provider: bilateral exercises on the Afghan border, re-equipped bases in Tajikistan and Kyrgyzstan, and CSTO and SCO training. The CSTO has forces but will not act beyond members' borders, and the SCO remains a political platform; the Afghan crisis will test both Russia's capacity and Central Asian states' ability to act together.",
    author: {
      slug: "elena-zhirukhina",
      name: "Elena Zhirukhina",
      affiliation: "Not given in the dossier text",
    },
  },
  {
    slug: "russia-security-export-sub-saharan-africa",
    number: 7,
    title: "Russia's “Security Export” Model in Sub-Saharan Africa",
    titleIsDescriptive: true,
    lines: [1066, 1209],
    summary:
      "Sukhankin describes Russia's return to Africa since the late 2000s through military-technical cooperation and, unofficially, quasi-private military companies, against the backdrop of jihadist insurgencies the West has failed to contain. He argues Russia lacks soft power and economic weight to rival other bidders, that arms and mercenaries cannot address the roots of radicalism, and that Wagner's withdrawal from Mozambique shows the limits of Russian (para)military assistance.",
    author: {
      slug: "sergey-sukhankin",
      name: "Sergey Sukhankin",
      affiliation: "Not given in the dossier text",
    },
  },
  {
    slug: "russian-military-police-syria",
    number: 8,
    title: "The Russian Military Police in Syria",
    titleIsDescriptive: true,
    lines: [1210, 1349],
    summary:
      "Dreyfus traces the Russian Military Police from its creation in 2011 as a disciplinary and guard force to its role in Syria, where after the recapture of Aleppo in December 2016 it became Moscow's main instrument for humanitarian work, local ceasefires and policing, often staffed by North Caucasian servicemen. The Syrian experience fed a population-centric doctrine and made the Military Police an asset for later missions such as Nagorno-Karabakh.",
    author: {
      slug: "emmanuel-dreyfus",
      name: "Emmanuel Dreyfus",
      affiliation: "Not given in the dossier text",
    },
  },
];
