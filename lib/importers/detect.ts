import fs from "node:fs";
import path from "node:path";
import { sniffCsv } from "./csv";
import { datasets } from "./datasets";
import { DELIMITER_NAMES } from "./dialect";
import { acdColumns } from "./ucdp-acd";
import { brdColumns } from "./ucdp-brd";
import { gedColumns } from "./ucdp-ged";
import { peaceOpsColumns } from "./peace-ops";
import { owidColumns } from "./owid-un-peacekeeping";
import type { DatasetKey, ImportError } from "./types";

/**
 * Which data set a file is, from its header, when the caller does not say.
 *
 * Rules, in order:
 * 1. A file whose first non-blank character is "{" is GeoJSON: only UCDP GED is published that
 *    way (its importer then checks every feature's properties).
 * 2. Otherwise it is CSV: the header is read with the delimiter that splits it into the most
 *    known column names (comma, semicolon or tab), and a format matches when every column its
 *    importer requires is there. Formats do not share their required sets (BRD needs dyad_id and
 *    bd_best, ACD intensity_level, GED its 27 event columns, the panel missionid, OWID its five
 *    UN series), so at most one matches; should two ever match, the one requiring more columns
 *    (the more specific) wins.
 * 3. No match: refused, with the columns each known format expects and, for the closest format,
 *    the ones the file lacks.
 */
export const formatColumns: Record<DatasetKey, readonly string[]> = {
  "ucdp-brd": brdColumns.required,
  "ucdp-acd": acdColumns.required,
  "ucdp-ged": gedColumns.required,
  "peace-ops": peaceOpsColumns.required,
  "owid-un-peacekeeping": owidColumns.required,
};

/** Every column name some importer reads: what the delimiter detection counts. */
export const knownColumns: ReadonlySet<string> = new Set([
  ...Object.values(formatColumns).flat(),
  ...(brdColumns.optional ?? []),
  ...(acdColumns.optional ?? []),
]);

export type Detection =
  | { ok: true; dataset: DatasetKey; how: string }
  | { ok: false; message: string; errors: ImportError[] };

function startsWithBrace(file: string): boolean {
  const head = Buffer.alloc(256);
  const fd = fs.openSync(file, "r");
  try {
    const n = fs.readSync(fd, head, 0, head.length, 0);
    return /^(\uFEFF)?\s*\{/.test(head.subarray(0, n).toString("utf8"));
  } finally {
    fs.closeSync(fd);
  }
}

export function detectDataset(file: string, fileName: string = path.basename(file)): Detection {
  const name = path.basename(fileName);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { ok: false, message: `Rejected ${name}: the file cannot be read.`, errors: [] };
  }
  if (!stat.isFile() || stat.size === 0) {
    return {
      ok: false,
      message: `Rejected ${name}: the file is empty, so its format cannot be told.`,
      errors: [{ line: 1, column: "(file)", value: "", expected: "a header row naming the columns" }],
    };
  }
  if (startsWithBrace(file)) {
    return { ok: true, dataset: "ucdp-ged", how: "detected as GeoJSON: a UCDP GED FeatureCollection" };
  }

  const sniff = sniffCsv(file, knownColumns);
  const header = new Set(sniff?.header ?? []);
  const scored = (Object.entries(formatColumns) as [DatasetKey, readonly string[]][]).map(([dataset, required]) => ({
    dataset,
    required,
    missing: required.filter((c) => !header.has(c)),
  }));
  const matches = scored.filter((s) => s.missing.length === 0).sort((a, b) => b.required.length - a.required.length);
  const match = matches[0];
  if (match && sniff) {
    const delimiter = sniff.delimiter === "," ? "" : `, ${DELIMITER_NAMES[sniff.delimiter]}-separated`;
    return { ok: true, dataset: match.dataset, how: `detected from the header (the ${datasets[match.dataset].shortName} columns${delimiter})` };
  }

  const closest = [...scored].sort((a, b) => a.missing.length / a.required.length - b.missing.length / b.required.length)[0]!;
  const shownHeader = [...header].slice(0, 12).join(", ") + (header.size > 12 ? ", …" : "");
  const errors: ImportError[] = scored.map((s) => ({
    line: 1,
    column: "(header)",
    value: shownHeader,
    expected: `${datasets[s.dataset].shortName} (--dataset ${s.dataset}): the columns ${s.required.join(", ")}`,
  }));
  const near =
    closest.missing.length < closest.required.length
      ? ` The closest is ${datasets[closest.dataset].shortName}, which also needs ${closest.missing.slice(0, 8).join(", ")}${closest.missing.length > 8 ? ", …" : ""}.`
      : "";
  return {
    ok: false,
    message: `Rejected ${name}: its header matches no data set Parallax imports (UCDP BRD, UCDP/PRIO ACD, UCDP GED, the SIPRI/IPI panel, OWID UN peacekeeping).${near} The columns each one expects are listed below.`,
    errors,
  };
}
