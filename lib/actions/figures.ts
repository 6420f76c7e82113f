"use server";

import crypto from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  DisputeSchema,
  formFields,
  LOCATOR_FIELDS,
  LocatorSchema,
  NewFigureSchema,
  SOURCE_FIELDS,
  SourceChoiceSchema,
  VALUE_FIELDS,
  ValueSchema,
} from "../analyst-figures";
import { getCurrentUser, type SessionUser } from "../auth-session";
import { getPrisma } from "../db";
import { fieldErrors, type FormResult } from "../form-result";
import { AuthorisationError, requireRole } from "../permissions";

/**
 * Figures from analysts. An analyst adds a figure, or disputes one with an alternative, always with
 * a source and a locator. The new figure is a row of its own, marked with who added it; the figure
 * it disputes is never changed. Analysts' figures have no curated `key`, so a re-seed leaves them be.
 */

export type FigureFormResult = FormResult & { figureId?: number };

async function analyst(): Promise<{ user: SessionUser } | { refused: FigureFormResult }> {
  try {
    return { user: await requireRole("analyst", await getCurrentUser()) };
  } catch (error) {
    if (error instanceof AuthorisationError) return { refused: { ok: false, message: error.message } };
    throw error;
  }
}

function invalid(issues: z.core.$ZodIssue[]): FigureFormResult {
  return { ok: false, message: `The figure was not saved: ${issues[0]?.message ?? "check the form."}`, errors: fieldErrors(issues) };
}

type Tx = Parameters<Parameters<ReturnType<typeof getPrisma>["$transaction"]>[0]>[0];

/** The source and citation a figure points at: an existing source, or a new analyst source. */
async function saveSourceAndCitation(
  tx: Tx,
  user: SessionUser,
  source: z.infer<typeof SourceChoiceSchema>,
  locator: z.infer<typeof LocatorSchema>,
): Promise<{ sourceId: number; citationId: number } | { error: string }> {
  let sourceId: number;
  if (source.sourceMode === "existing") {
    const found = await tx.source.findUnique({ where: { key: source.sourceKey }, select: { id: true, dataset: true, kind: true } });
    if (!found) return { error: `There is no source “${source.sourceKey}”. Choose one from the list, or describe a new source.` };
    if (found.dataset) return { error: "A data-set release cannot be cited by hand: its figures come from its file. Describe the document you read instead." };
    if (found.kind === "dossier") return { error: "The dossier's figures are curated with the exact lines they stand on; cite another source, or write a note on the dossier's passage." };
    sourceId = found.id;
  } else {
    const slug = source.sourceTitle
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40);
    const year = source.sourceDate.slice(0, 4);
    const created = await tx.source.create({
      data: {
        key: `analyst-${slug || "source"}-${crypto.randomBytes(3).toString("hex")}`,
        kind: "analyst",
        title: source.sourceTitle,
        shortTitle: `${source.sourcePublisher} ${year}`,
        publisher: source.sourcePublisher,
        publishedOn: source.sourceDate,
        url: source.sourceUrl ?? null,
        citation: `${source.sourcePublisher}, “${source.sourceTitle}” (${source.sourceDate})${source.sourceUrl ? `, ${source.sourceUrl}` : ""}.`,
        outsideDossier: true,
        accessedOn: new Date().toISOString().slice(0, 10),
        note: `Added by ${user.name} (analyst).`,
      },
      select: { id: true },
    });
    sourceId = created.id;
  }
  const citation = await tx.citation.create({ data: { sourceId, section: locator.locator, quote: locator.quote ?? null }, select: { id: true } });
  return { sourceId, citationId: citation.id };
}

function refresh(): void {
  revalidatePath("/", "layout");
}

export async function addFigure(_prev: FigureFormResult, formData: FormData): Promise<FigureFormResult> {
  const auth = await analyst();
  if ("refused" in auth) return auth.refused;
  const figure = NewFigureSchema.safeParse(formFields(formData, ["about", "measure", "unit", "subject", "periodStart", "periodEnd", "note"]));
  const value = ValueSchema.safeParse(formFields(formData, VALUE_FIELDS));
  const source = SourceChoiceSchema.safeParse(formFields(formData, SOURCE_FIELDS));
  const locator = LocatorSchema.safeParse(formFields(formData, LOCATOR_FIELDS));
  const issues = [figure, value, source, locator].flatMap((r) => (r.success ? [] : r.error.issues));
  if (!figure.success || !value.success || !source.success || !locator.success) return invalid(issues);

  const prisma = getPrisma();
  const { kind, slug } = figure.data.about;
  const entity =
    kind === "conflict"
      ? await prisma.conflict.findUnique({ where: { slug }, select: { id: true } })
      : kind === "mission"
        ? await prisma.mission.findUnique({ where: { slug }, select: { id: true } })
        : await prisma.actor.findUnique({ where: { slug }, select: { id: true } });
  if (!entity) return { ok: false, message: `There is no ${kind} “${slug}” any more; reload the page.`, errors: { about: ["Unknown entry."] } };

  const result = await prisma.$transaction(async (tx) => {
    const cited = await saveSourceAndCitation(tx, auth.user, source.data, locator.data);
    if ("error" in cited) return cited;
    const start = figure.data.periodStart;
    const created = await tx.figure.create({
      data: {
        measure: figure.data.measure,
        unit: figure.data.unit,
        best: value.data.best,
        low: value.data.low,
        high: value.data.high,
        qualifier: value.data.qualifier,
        year: Number(start.slice(0, 4)),
        month: start.length >= 7 ? Number(start.slice(5, 7)) : null,
        periodStart: start,
        periodEnd: figure.data.periodEnd ?? null,
        subject: figure.data.subject,
        conflictId: kind === "conflict" ? entity.id : null,
        missionId: kind === "mission" ? entity.id : null,
        actorId: kind === "actor" ? entity.id : null,
        sourceId: cited.sourceId,
        citationId: cited.citationId,
        note: figure.data.note ?? null,
        addedById: auth.user.id,
        addedAt: new Date(),
      },
      select: { id: true },
    });
    return { id: created.id };
  });
  if ("error" in result) return { ok: false, message: `The figure was not saved: ${result.error}`, errors: { sourceKey: [result.error] } };
  refresh();
  return { ok: true, message: "Figure added. It is shown as your estimate, with its source, beside the others.", figureId: result.id };
}

export async function disputeFigure(_prev: FigureFormResult, formData: FormData): Promise<FigureFormResult> {
  const auth = await analyst();
  if ("refused" in auth) return auth.refused;
  const dispute = DisputeSchema.safeParse(formFields(formData, ["figureId", "reason"]));
  const value = ValueSchema.safeParse(formFields(formData, VALUE_FIELDS));
  const source = SourceChoiceSchema.safeParse(formFields(formData, SOURCE_FIELDS));
  const locator = LocatorSchema.safeParse(formFields(formData, LOCATOR_FIELDS));
  const issues = [dispute, value, source, locator].flatMap((r) => (r.success ? [] : r.error.issues));
  if (!dispute.success || !value.success || !source.success || !locator.success) return invalid(issues);

  const prisma = getPrisma();
  const original = await prisma.figure.findUnique({ where: { id: dispute.data.figureId } });
  if (!original) return { ok: false, message: "This figure no longer exists; reload the page." };
  if (original.disputesId !== null) return { ok: false, message: "This is already an alternative estimate; dispute the original figure instead." };

  const result = await prisma.$transaction(async (tx) => {
    const cited = await saveSourceAndCitation(tx, auth.user, source.data, locator.data);
    if ("error" in cited) return cited;
    // The alternative states the same quantity: same measure, period and subject, and the same
    // comparison when the original belongs to one (so it shows beside the other sources there).
    const created = await tx.figure.create({
      data: {
        measure: original.measure,
        unit: original.unit,
        best: value.data.best,
        low: value.data.low,
        high: value.data.high,
        qualifier: value.data.qualifier,
        year: original.year,
        month: original.month,
        periodStart: original.periodStart,
        periodEnd: original.periodEnd,
        subject: original.subject,
        conflictId: original.conflictId,
        missionId: original.missionId,
        actorId: original.actorId,
        sourceId: cited.sourceId,
        citationId: cited.citationId,
        comparisonKey: original.comparisonKey,
        note: dispute.data.reason,
        addedById: auth.user.id,
        addedAt: new Date(),
        disputesId: original.id,
      },
      select: { id: true },
    });
    return { id: created.id };
  });
  if ("error" in result) return { ok: false, message: `The figure was not saved: ${result.error}`, errors: { sourceKey: [result.error] } };
  refresh();
  return { ok: true, message: "The figure is marked as disputed; your alternative is shown beside it, with its source. The original is unchanged.", figureId: result.id };
}
