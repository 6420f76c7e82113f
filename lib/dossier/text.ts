import fs from "node:fs";
import path from "node:path";

/**
 * The dossier's plain text (../shared/dossier) and the repairs its README asks quotes to
 * allow for. Used by the seed, which checks every quote before storing it, and by the test
 * that keeps stored quotes from drifting away from the text.
 */

export function sharedDir(): string {
  return path.resolve(process.cwd(), process.env.PARALLAX_SHARED_DIR ?? "../shared");
}

export function dossierPath(): string {
  return path.join(sharedDir(), "dossier", "peacekeeping-the-russian-way.txt");
}

/**
 * Drop caps the PDF extraction lost: line → the missing first letter. Each article's first
 * word ("ussian", "ince", "hen" …) and the introduction's "ATO" (NATO) lost their capital.
 */
export const DROP_CAPS: Readonly<Record<number, string>> = {
  1: "R",
  13: "N",
  193: "S",
  351: "W",
  536: "T",
  668: "T",
  873: "R",
  1210: "T",
};

/** Page furniture: running heads and page numbers that stand between paragraphs. */
const FURNITURE = [
  /^PEACEKEEPING: THE RUSSIAN WAY$/,
  /^THE RATIONALE BEHIND RUSSIA.S MILITARY INTERVENTIONS$/,
  /^A RISKY ROLE FOR RUSSIAN PEACEKEEPERS IN NAGORNO-KARABAKH$/,
  /^AZERBAIJAN AND THE RUSSIAN PEACEKEEPING MISSION IN NAGORNO-KARABAKH$/,
  /^\| \d+$/,
  /^COMMENTARY$/,
];

/**
 * Blocks the PDF set inside a sentence: the author's note on Olesya Vartanyan (lines 374–376)
 * interrupts "limited to … 1,960 personnel". A quote may run across them.
 */
const OUT_OF_FLOW: ReadonlyArray<readonly [number, number]> = [[374, 376]];

export type DossierText = {
  /** lines[0] is line 1 of the file */
  lines: string[];
  /** the repaired, normalised running text */
  flat: string;
  /** flatLine[i] is the file line the i-th character of `flat` comes from */
  flatLine: Int32Array;
};

/**
 * Folds what a quote may legitimately differ in: case, typographic quotes and dashes, note
 * markers, hyphens glued by the PDF, spacing. A separator inside a number is kept (as "_"), so
 * "4,441" never matches "44,41" or "4441".
 */
export function normaliseForMatch(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\[\d+\]/g, "")
    .toLowerCase()
    .replace(/(\p{N})[.,](?=\p{N})/gu, "$1_")
    .replace(/[^\p{L}\p{N}_]+/gu, "");
}

let cached: DossierText | undefined;

export function loadDossierText(file: string = dossierPath()): DossierText {
  if (cached && file === dossierPath()) return cached;
  const raw = fs.readFileSync(file, "utf8");
  const lines = raw.replace(/\r\n/g, "\n").split("\n");
  let flat = "";
  const map: number[] = [];
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    const trimmed = line.trim();
    if (FURNITURE.some((re) => re.test(trimmed))) return;
    if (OUT_OF_FLOW.some(([a, b]) => lineNo >= a && lineNo <= b)) return;
    const repaired = (DROP_CAPS[lineNo] ?? "") + trimmed;
    const norm = normaliseForMatch(repaired);
    flat += norm;
    for (let i = 0; i < norm.length; i++) map.push(lineNo);
  });
  const result = { lines, flat, flatLine: Int32Array.from(map) };
  if (file === dossierPath()) cached = result;
  return result;
}

export type QuoteMatch = { found: false } | { found: true; lineStart: number; lineEnd: number };

/** Where a quote occurs in the dossier (first occurrence at or after `fromLine`). */
export function locateQuote(quote: string, text: DossierText = loadDossierText(), fromLine = 1): QuoteMatch {
  const needle = normaliseForMatch(quote);
  if (needle.length === 0) return { found: false };
  let at = text.flat.indexOf(needle);
  while (at !== -1) {
    const lineStart = text.flatLine[at]!;
    const lineEnd = text.flatLine[at + needle.length - 1]!;
    if (lineStart >= fromLine) return { found: true, lineStart, lineEnd };
    at = text.flat.indexOf(needle, at + 1);
  }
  return { found: false };
}

/** True when the quote occurs in the dossier inside the given line range. */
export function quoteWithinLines(quote: string, lineStart: number, lineEnd: number, text: DossierText = loadDossierText()): boolean {
  const match = locateQuote(quote, text, lineStart);
  return match.found && match.lineStart >= lineStart && match.lineEnd <= lineEnd;
}
