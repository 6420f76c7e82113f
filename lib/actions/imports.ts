"use server";

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { SessionUser } from "../auth-session";
import { AuthorisationError, requireRole } from "../permissions";
import { getPrisma } from "../db";
import { openDatabase } from "../db-core";
import { conflictTypes, type ConflictStatus, type ConflictType } from "../domain";
import { datasetKeys, importFile, type ImportReport } from "../importers";
import { getUcdpConflictFacts, type UcdpConflictFacts } from "../queries/imports";

/**
 * Writes of the import pages: uploading a data file (/imports), linking a UCDP conflict to a
 * Parallax conflict and creating a conflict from UCDP data (/unmapped). Each one: permission
 * (refusal: admins only) → validation (one zod schema per form) → write → revalidate the pages that
 * show it. They return { ok, message, errors } for useActionState; a user's mistake is a sentence
 * in `message` or a field's `errors`, never an exception.
 */

export type ActionState = {
  ok: boolean;
  message: string;
  /** Messages per form field. */
  errors: Record<string, string[]>;
  /** Where the result can be seen (the new conflict's page). */
  href?: string;
};

export type UploadState = ActionState & { report: ImportReport | null };

/**
 * Imports and UCDP mappings change what every reader sees: admins only. Returns the signed-in
 * admin, or the refusal to show (sign in; ask for the role).
 */
async function admin(): Promise<{ user: SessionUser; refused: null } | { user: null; refused: string }> {
  try {
    return { user: await requireRole("admin"), refused: null };
  } catch (error) {
    if (error instanceof AuthorisationError) return { user: null, refused: error.message };
    throw error;
  }
}

async function refusal(): Promise<string | null> {
  return (await admin()).refused;
}

/**
 * Source.importedBy of a web upload: who uploaded it, by name ("web upload: Alice Admin"). /imports
 * is public, so an email address — a sign-in name — is never written there; an admin without a
 * name is "an administrator".
 */
function uploader(user: Pick<SessionUser, "name" | "email">): string {
  const name = user.name.trim();
  return `web upload: ${name && name !== user.email && !name.includes("@") ? name : "an administrator"}`;
}

function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/** A form's text field: missing and blank both become undefined. */
const optionalText = z
  .union([z.string(), z.null()])
  .transform((v) => (v === null || v.trim() === "" ? undefined : v.trim()));

const UploadForm = z.object({
  file: z
    .instanceof(File, { message: "Choose a file to import." })
    .refine((f) => f.size > 0, { message: "The file is empty: choose a data file (CSV, or GeoJSON for UCDP GED)." }),
  dataset: optionalText.pipe(z.enum(datasetKeys, { message: "Choose one of the data sets, or leave it to detection." }).optional()),
  version: optionalText.pipe(z.string().max(32, "A release is at most 32 characters, e.g. 24.1.").optional()),
  dryRun: z.union([z.string(), z.null()]).transform((v) => v === "on" || v === "true"),
  dateOrder: optionalText.pipe(z.enum(["dmy", "mdy"], { message: "Date order is dmy (29/05/1997) or mdy (5/29/97)." }).optional()),
});

/**
 * Imports an uploaded file: the same detection, validation, transaction and report as the command
 * line. The upload is streamed to a temporary file and imported from there (the importer streams
 * it again), through a connection of its own: the import holds it inside one transaction.
 */
export async function uploadImport(_previous: UploadState, formData: FormData): Promise<UploadState> {
  const { user, refused } = await admin();
  if (refused !== null) return { ok: false, message: refused, errors: {}, report: null };
  const parsed = UploadForm.safeParse({
    file: formData.get("file"),
    dataset: formData.get("dataset"),
    version: formData.get("version"),
    dryRun: formData.get("dryRun"),
    dateOrder: formData.get("dateOrder"),
  });
  if (!parsed.success) {
    return { ok: false, message: "The upload could not be imported: see the fields marked below.", errors: fieldErrors(parsed.error), report: null };
  }
  const { file, dataset, version, dryRun, dateOrder } = parsed.data;
  const fileName = path.basename(file.name || "upload.csv");
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), "parallax-upload-"));
  const temp = path.join(dir, `upload${path.extname(fileName).toLowerCase().replace(/[^.a-z0-9]/g, "")}`);
  let report: ImportReport;
  try {
    await pipeline(Readable.fromWeb(file.stream() as unknown as WebReadableStream<Uint8Array>), fs.createWriteStream(temp));
    const db = openDatabase();
    try {
      report = await importFile(db, { file: temp, fileName, dataset, version, dryRun, dateOrder, importedBy: uploader(user) });
    } finally {
      db.close();
    }
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
  if (report.status === "imported") revalidatePath("/", "layout");
  return { ok: report.status !== "rejected", message: report.message, errors: {}, report };
}

const optionalYear = optionalText.pipe(
  z
    .string()
    .regex(/^\d{4}$/, "A year, e.g. 2008.")
    .transform(Number)
    .pipe(z.number().min(1946, "A year from 1946 (UCDP's first) on.").max(2100, "A year up to 2100."))
    .optional(),
);
const ucdpId = z.coerce.number({ message: "A UCDP conflict id." }).int("A UCDP conflict id.").positive("A UCDP conflict id.");

const LinkForm = z
  .object({
    ucdpConflictId: ucdpId,
    conflict: optionalText.pipe(z.string({ message: "Choose the Parallax conflict to link it to." })),
    fromYear: optionalYear,
    toYear: optionalYear,
  })
  .refine((f) => f.fromYear === undefined || f.toYear === undefined || f.fromYear <= f.toYear, {
    message: "The first year comes before the last.",
    path: ["toYear"],
  });

/** Links a UCDP conflict id (optionally for some years) to an existing Parallax conflict. */
export async function linkUcdpConflict(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await refusal();
  if (refused) return { ok: false, message: refused, errors: {} };
  const parsed = LinkForm.safeParse({
    ucdpConflictId: formData.get("ucdpConflictId"),
    conflict: formData.get("conflict"),
    fromYear: formData.get("fromYear"),
    toYear: formData.get("toYear"),
  });
  if (!parsed.success) return { ok: false, message: "Nothing was linked: see the fields marked below.", errors: fieldErrors(parsed.error) };
  const { ucdpConflictId, conflict: slug, fromYear, toYear } = parsed.data;

  const facts = getUcdpConflictFacts(ucdpConflictId);
  if (!facts) return { ok: false, message: `UCDP conflict ${ucdpConflictId} is in none of the newest UCDP releases; nothing was linked.`, errors: {} };
  const prisma = getPrisma();
  const conflict = await prisma.conflict.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!conflict) return { ok: false, message: "Nothing was linked.", errors: { conflict: [`There is no conflict "${slug}".`] } };
  if (facts.linkedTo.some((c) => c.slug === slug)) {
    return { ok: false, message: `UCDP conflict ${ucdpConflictId} is already linked to ${conflict.name}.`, errors: {} };
  }
  const years = fromYear || toYear ? ` for ${fromYear ?? "…"}–${toYear ?? "…"}` : "";
  await prisma.conflictUcdpLink.create({
    data: {
      conflictId: conflict.id,
      ucdpConflictId,
      fromYear: fromYear ?? null,
      toYear: toYear ?? null,
      note: `${facts.name}; linked on /unmapped${years}`,
    },
  });
  revalidatePath("/", "layout");
  return {
    ok: true,
    message: `Linked UCDP conflict ${ucdpConflictId} (${facts.name}) to ${conflict.name}${years}: its UCDP figures now count for that conflict.`,
    errors: {},
    href: `/conflicts/${conflict.slug}`,
  };
}

/** UCDP's region codes (ACD `region`) in words. */
const UCDP_REGIONS: Record<string, string> = { "1": "Europe", "2": "Middle East", "3": "Asia", "4": "Africa", "5": "Americas" };
/** UCDP's type_of_conflict → Parallax's conflict type; 1 (extrasystemic, colonial) has no equivalent: the form asks. */
const TYPES: Record<number, ConflictType> = { 2: "interstate", 3: "intrastate", 4: "internationalised_intrastate" };
const INCOMPATIBILITY: Record<number, string> = { 1: "over territory", 2: "over government", 3: "over territory and government" };

const CreateForm = z.object({
  ucdpConflictId: ucdpId,
  name: optionalText.pipe(z.string().max(200, "A name of at most 200 characters.").optional()),
  type: optionalText.pipe(z.enum(conflictTypes).optional()),
});

function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** The conflict Parallax creates from what the UCDP releases say (pure: tested without a database). */
function conflictFromFacts(f: UcdpConflictFacts, type: ConflictType, name: string | undefined) {
  const acd = f.acdRelease && f.acdYears > 0 ? f.acdRelease : null;
  const release = acd ?? f.brdRelease;
  if (!release) return null;
  const acdYears = f.years.filter((y) => y.intensityLevel !== null).map((y) => y.year);
  const lastYear = acd ? acdYears[acdYears.length - 1]! : f.lastYear!;
  const releaseLastYear = acd ? f.acdReleaseLastYear : f.brdReleaseLastYear;
  const status: ConflictStatus = lastYear === releaseLastYear ? "active" : "ended";
  const territory = f.territory && f.territory !== f.location ? f.territory : null;
  const shortName = f.location ? `${f.location}${territory ? `: ${territory}` : ""}` : `UCDP conflict ${f.ucdpConflictId}`;
  const deaths = f.brdDeaths !== null && f.brdRelease ? ` ${f.brdRelease.shortTitle} counts ${f.brdDeaths.toLocaleString("en-GB")} battle-related deaths in ${f.brdYears} year${f.brdYears === 1 ? "" : "s"}.` : "";
  const coded = acd
    ? `${acd.shortTitle} codes UCDP conflict ${f.ucdpConflictId} as ${f.sideA} against ${f.sideB} in ${f.location}${territory ? ` (${territory})` : ""}${
        f.incompatibility ? `, ${INCOMPATIBILITY[f.incompatibility] ?? ""}` : ""
      }: ${f.acdYears} conflict-year${f.acdYears === 1 ? "" : "s"} between ${acdYears[0]} and ${lastYear}, ${f.warYears} at war intensity.`
    : `${release.shortTitle} has UCDP conflict ${f.ucdpConflictId} (${f.name}) from ${f.firstYear} to ${f.lastYear}; the ACD release does not include it.`;
  const statusKey = acd ? `conflict_id=${f.ucdpConflictId};year=${lastYear}` : f.brdLastRowKey;
  const startKey = acd ? `conflict_id=${f.ucdpConflictId};year=${acdYears[0]}` : f.brdFirstRowKey;
  return {
    slugBase: slugify(`${shortName} ucdp ${f.ucdpConflictId}`) || `ucdp-${f.ucdpConflictId}`,
    name: name ?? f.name,
    shortName,
    aliases: JSON.stringify(territory ? [territory] : []),
    region: (f.region ?? "").split(",").map((c) => UCDP_REGIONS[c.trim()]).filter(Boolean).join(" / ") || "Not coded by UCDP",
    countries: JSON.stringify(f.location ? f.location.split(/,\s*/) : []),
    type,
    status,
    statusAsOf: String(releaseLastYear ?? lastYear),
    startDate: acd ? f.startDate : f.firstYear !== null ? String(f.firstYear) : null,
    endDate: status === "ended" ? (f.epEndDate ?? String(lastYear)) : null,
    summary: `Created from UCDP data, not discussed in the dossier. ${coded}${deaths} Status "${status}" as of ${releaseLastYear}: the conflict's last year in ${release.shortTitle} is ${lastYear}.`,
    statusCitation: {
      sourceId: release.id,
      rowKey: statusKey,
      note: `the conflict's last year in ${release.shortTitle}; "active" when it is the release's last year (${releaseLastYear})`,
    },
    startCitation: { sourceId: release.id, rowKey: startKey ? `${startKey}${acd ? " (start_date)" : ""}` : null, note: acd ? "ACD start_date" : "first year in the release" },
  };
}

/** Creates a Parallax conflict from an unmapped UCDP conflict, linked to it, with its status and start cited to the release rows. */
export async function createConflictFromUcdp(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await refusal();
  if (refused) return { ok: false, message: refused, errors: {} };
  const parsed = CreateForm.safeParse({
    ucdpConflictId: formData.get("ucdpConflictId"),
    name: formData.get("name"),
    type: formData.get("type"),
  });
  if (!parsed.success) return { ok: false, message: "No conflict was created: see the fields marked below.", errors: fieldErrors(parsed.error) };
  const { ucdpConflictId, name } = parsed.data;

  const facts = getUcdpConflictFacts(ucdpConflictId);
  if (!facts) return { ok: false, message: `UCDP conflict ${ucdpConflictId} is in none of the newest UCDP releases; no conflict was created.`, errors: {} };
  if (facts.linkedTo.length > 0) {
    return {
      ok: false,
      message: `UCDP conflict ${ucdpConflictId} is already linked to ${facts.linkedTo.map((c) => c.name).join(", ")}; no conflict was created.`,
      errors: {},
    };
  }
  if (facts.acdYears === 0 && facts.brdYears === 0 && facts.gedViolence !== null && facts.gedViolence !== "state-based") {
    // GED's non-state conflicts and one-sided actors have UCDP ids of their own; a Parallax conflict is a state-based one.
    const what = facts.gedViolence === "non-state" ? "a non-state conflict (no government among its sides)" : "one-sided violence against civilians";
    return {
      ok: false,
      message: `UCDP ${ucdpConflictId} is ${what} in UCDP GED, not a state-based conflict; no conflict was created. Link it to the conflict it belongs to instead.`,
      errors: {},
    };
  }
  const type = parsed.data.type ?? (facts.typeOfConflict !== null ? TYPES[facts.typeOfConflict] : undefined);
  if (!type) {
    return {
      ok: false,
      message: "No conflict was created: choose its type.",
      errors: { type: [`UCDP codes it ${facts.typeOfConflict === 1 ? "extrasystemic (type 1), which Parallax has no type for" : "with no type"}: choose one.`] },
    };
  }
  const data = conflictFromFacts(facts, type, name);
  if (!data) return { ok: false, message: `No release holds UCDP conflict ${ucdpConflictId}; no conflict was created.`, errors: {} };

  const prisma = getPrisma();
  const taken = new Set((await prisma.conflict.findMany({ where: { slug: { startsWith: data.slugBase } }, select: { slug: true } })).map((c) => c.slug));
  let slug = data.slugBase;
  for (let n = 2; taken.has(slug); n++) slug = `${data.slugBase}-${n}`;
  const { slugBase: _slugBase, statusCitation, startCitation, ...fields } = data;
  // One nested write: the conflict, its two citations and its UCDP link land together or not at all.
  await prisma.conflict.create({
    data: {
      ...fields,
      slug,
      inDossier: false,
      statusCitation: { create: statusCitation },
      ...(fields.startDate ? { startCitation: { create: startCitation } } : {}),
      ucdpLinks: { create: { ucdpConflictId, note: `${facts.name}; the conflict was created from UCDP data on /unmapped` } },
    },
  });
  revalidatePath("/", "layout");
  return { ok: true, message: `Created ${data.name} from UCDP conflict ${ucdpConflictId}, linked to it.`, errors: {}, href: `/conflicts/${slug}` };
}
