/**
 * What a figure measures. A measure names one kind of quantity everywhere in Parallax
 * (tables, charts, API filters, exports); its unit is fixed here so two figures of the same
 * measure are always comparable.
 */
export const measures = {
  battle_related_deaths: {
    label: "Battle-related deaths",
    unit: "deaths",
    description: "Deaths in battle between the parties of a conflict (UCDP definition: at least one party a government).",
  },
  fatalities: {
    label: "Fatalities (events)",
    unit: "deaths",
    description: "Deaths in georeferenced events (UCDP GED), all types of organised violence unless a variant says otherwise.",
  },
  casualties: {
    label: "Casualties",
    unit: "people",
    description: "Casualties as a source reports them, without UCDP's battle-related definition.",
  },
  personnel: {
    label: "Personnel (total)",
    unit: "people",
    description: "All uniformed personnel of a mission or force: troops, police and observers together.",
  },
  troops: { label: "Troops", unit: "people", description: "Military troops of a mission or force." },
  police: { label: "Police", unit: "people", description: "Police or law-enforcement personnel." },
  observers: { label: "Military observers", unit: "people", description: "Military observers and staff officers." },
  monitors: { label: "Civilian monitors", unit: "people", description: "Unarmed civilian monitors of a monitoring mission (the OSCE's)." },
  armoured_personnel_carriers: {
    label: "Armoured personnel carriers",
    unit: "vehicles",
    description: "Armoured personnel carriers of a contingent.",
  },
  motor_vehicles: { label: "Motor vehicles", unit: "vehicles", description: "Other motor vehicles of a contingent." },
  checkpoints: { label: "Checkpoints", unit: "checkpoints", description: "Checkpoints manned by a contingent." },
  missions: { label: "Missions", unit: "missions", description: "Number of missions." },
  distance: { label: "Distance", unit: "km", description: "A distance or length." },
  duration: { label: "Duration", unit: "days", description: "A length of time, in the unit the figure gives." },
  count: { label: "Count", unit: "items", description: "A count of things the figure's subject names (states, agreements, sentences)." },
  rank: { label: "Rank", unit: "rank", description: "A position in a ranking." },
} as const satisfies Record<string, { label: string; unit: string; description: string }>;

export type MeasureKey = keyof typeof measures;
export const measureKeys = Object.keys(measures) as [MeasureKey, ...MeasureKey[]];

/** Units a figure may carry. Duration and count figures say which unit they use. */
export const units = ["deaths", "people", "vehicles", "checkpoints", "missions", "km", "days", "weeks", "months", "years", "items", "sentences", "states", "rank"] as const;
export type Unit = (typeof units)[number];

export function measureLabel(key: string): string {
  return key in measures ? measures[key as MeasureKey].label : key;
}
