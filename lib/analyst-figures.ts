import { z } from "zod";
import { qualifiers } from "./domain";
import { measureKeys, measures, units, type MeasureKey } from "./measures";

/**
 * The forms by which an analyst adds a figure or disputes one, as zod schemas shared by the form
 * (labels, options) and the server actions (lib/actions/figures.ts). No number without a source:
 * every figure names one (an existing source, or a new one with title, publisher and date) and
 * where in it the number stands (the locator).
 */

const partialDate = z
  .string()
  .trim()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "Write the date as a year (2020), a month (2020-11) or a day (2020-11-10).");

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => (v ? v : undefined));

const amount = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const n = Number(v.replace(/[,\s\u00a0]/g, ""));
      if (!Number.isFinite(n) || n < 0) {
        ctx.addIssue({ code: "custom", message: `${label} must be a number of 0 or more, such as 4441 or 4,441.` });
        return z.NEVER;
      }
      return n;
    });

/** A value: best and/or low–high, stated as the source states it. */
export const ValueSchema = z
  .object({
    best: amount("Best estimate"),
    low: amount("Low"),
    high: amount("High"),
    qualifier: z.enum(qualifiers, { message: "Choose how the source states the number (exact, about, over …)." }),
  })
  .superRefine((v, ctx) => {
    if (v.best === null && v.low === null && v.high === null) ctx.addIssue({ code: "custom", path: ["best"], message: "Give the number: a best estimate, or a low and a high." });
    if (v.qualifier === "range" && (v.low === null || v.high === null)) ctx.addIssue({ code: "custom", path: ["low"], message: "A range needs both a low and a high." });
    if (v.low !== null && v.high !== null && v.low > v.high) ctx.addIssue({ code: "custom", path: ["low"], message: "Low is above high; swap them." });
    if (v.best !== null && v.low !== null && v.best < v.low) ctx.addIssue({ code: "custom", path: ["best"], message: "The best estimate is below the low one." });
    if (v.best !== null && v.high !== null && v.best > v.high) ctx.addIssue({ code: "custom", path: ["best"], message: "The best estimate is above the high one." });
  });

/** Where the number comes from: an existing source by key, or a new one described in full. */
export const SourceChoiceSchema = z.discriminatedUnion("sourceMode", [
  z.object({
    sourceMode: z.literal("existing"),
    sourceKey: z.string({ message: "Choose a source." }).trim().min(1, "Choose a source, or describe a new one."),
  }),
  z.object({
    sourceMode: z.literal("new"),
    sourceTitle: z.string({ message: "Give the source's title." }).trim().min(3, "Give the source's title.").max(300, "Keep the title under 300 characters."),
    sourcePublisher: z.string({ message: "Give the publisher." }).trim().min(2, "Give the publisher (a newspaper, an agency, an institute).").max(200, "Keep the publisher under 200 characters."),
    sourceDate: partialDate,
    sourceUrl: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(z.url({ protocol: /^https?$/, message: "The address must start with http:// or https://." }).optional()),
  }),
]);

/** Where in the source: page, paragraph, table, section — and the exact words when there are some. */
export const LocatorSchema = z.object({
  locator: z.string({ message: "Say where in the source the number is." }).trim().min(2, "Say where in the source the number is (a page, paragraph, table or section).").max(300, "Keep the locator under 300 characters."),
  quote: optionalText(2000, "Keep the quote under 2,000 characters."),
});

export const SOURCE_MODES = ["existing", "new"] as const;

/** What a new figure describes: "conflict:donbas", "mission:cis-pkf-abkhazia", "actor:russia". */
export const AboutSchema = z
  .string({ message: "Choose what the figure describes." })
  .regex(/^(conflict|mission|actor):[a-z0-9]+(?:-[a-z0-9]+)*$/, "Choose what the figure describes (a conflict, a mission or an actor).")
  .transform((v) => {
    const [kind, slug] = v.split(":") as ["conflict" | "mission" | "actor", string];
    return { kind, slug };
  });

export const NewFigureSchema = z
  .object({
    about: AboutSchema,
    measure: z.enum(measureKeys, { message: "Choose what the number measures." }),
    unit: z.enum(units, { message: "Choose the unit." }),
    subject: z.string({ message: "Say what the number describes." }).trim().min(3, "Say what the number describes, e.g. “Russian peacekeeping contingent, Nagorno-Karabakh”.").max(300, "Keep the description under 300 characters."),
    periodStart: partialDate,
    periodEnd: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(partialDate.optional()),
    note: optionalText(2000, "Keep the note under 2,000 characters."),
  })
  .superRefine((v, ctx) => {
    const fixed = measures[v.measure as MeasureKey].unit;
    if (!["duration", "count"].includes(v.measure) && v.unit !== fixed) ctx.addIssue({ code: "custom", path: ["unit"], message: `${measures[v.measure as MeasureKey].label} is counted in ${fixed}.` });
    if (v.periodEnd && v.periodEnd < v.periodStart) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "The period ends before it starts." });
  });

export const DisputeSchema = z.object({
  figureId: z.coerce.number({ message: "Which figure? Reload the page." }).int().positive("Which figure? Reload the page."),
  reason: z.string({ message: "Say why the figure is disputed." }).trim().min(10, "Say in a sentence why the figure is disputed.").max(2000, "Keep the reason under 2,000 characters."),
});

/** The fields of a FormData object as plain strings (absent fields stay undefined). */
export function formFields(formData: FormData, names: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(names.map((n) => [n, typeof formData.get(n) === "string" ? (formData.get(n) as string) : undefined]));
}

export const VALUE_FIELDS = ["best", "low", "high", "qualifier"] as const;
export const SOURCE_FIELDS = ["sourceMode", "sourceKey", "sourceTitle", "sourcePublisher", "sourceDate", "sourceUrl"] as const;
export const LOCATOR_FIELDS = ["locator", "quote"] as const;
