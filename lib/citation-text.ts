import type { Locator, SourceRef } from "./queries/figures";

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
