import type { CitationView } from "./queries/citations";
import type { FigureView, Locator, SourceRef } from "./queries/figures";

/** One line that says where a value comes from: shown in tooltips, tables, chart footers and exports. */
export function describeLocator(locator: Locator): string {
  switch (locator.kind) {
    case "dossier":
      return `article ${locator.articleNumber} (${locator.author}), lines ${locator.lineStart}–${locator.lineEnd}${locator.section ? `, “${locator.section}”` : ""}`;
    case "row":
      return `${locator.fileName ?? "data file"}${locator.rowNumber ? `, line ${locator.rowNumber}` : ""} (${locator.rowKey})`;
    case "document":
      return [locator.section, locator.note].filter(Boolean).join("; ") || "document";
  }
}

export function sourceLabel(source: Pick<SourceRef, "shortTitle" | "version">): string {
  return source.version && !source.shortTitle.includes(source.version) ? `${source.shortTitle} ${source.version}` : source.shortTitle;
}

export function citationLine(source: SourceRef, locator: Locator): string {
  return `${sourceLabel(source)} — ${describeLocator(locator)}`;
}

/** A value Parallax computes from a data-set release (a sum, a peak): the release and how. */
export function derivedTip(release: string | null, how: string): Tip | undefined {
  return release ? { source: release, locator: how, quote: null, outside: false } : undefined;
}

/** What a tooltip says about a value's origin: source, locator, the quote when there is one. */
export type Tip = { source: string; locator: string; quote: string | null; outside: boolean };

export function tipFromCitation(c: CitationView | null): Tip | undefined {
  if (!c) return undefined;
  return { source: sourceLabel(c.source), locator: describeLocator(c.locator), quote: c.locator.kind === "row" ? null : c.locator.quote, outside: c.source.outsideDossier };
}

export function tipFromFigure(f: Pick<FigureView, "source" | "locator">): Tip {
  return { source: sourceLabel(f.source), locator: describeLocator(f.locator), quote: f.locator.kind === "row" ? null : f.locator.quote, outside: f.source.outsideDossier };
}
