import { formatNumber } from "../format";
import { citationLines, iterate, type ExportCitation, type ExportColumn, type ExportTable } from "./model";

const fixed = new Map<number, Intl.NumberFormat>();

/** A number as the page shows it: grouped ("286,050"), with a field's fixed decimals, or plain for a year ("2021"). */
export function formatExportNumber(value: number, column?: ExportColumn): string {
  if (column?.plain) return String(value);
  if (column?.decimals !== undefined) {
    const d = column.decimals;
    if (!fixed.has(d)) fixed.set(d, new Intl.NumberFormat("en-GB", { minimumFractionDigits: d, maximumFractionDigits: d }));
    return fixed.get(d)!.format(value);
  }
  return formatNumber(value);
}

/** A pipe table for pasting into reports and notes, with its title, then the sources list and citation. */
export async function* toMarkdown(table: ExportTable, citation: ExportCitation): AsyncIterable<string> {
  const cell = (v: unknown, column?: ExportColumn) =>
    (typeof v === "number" ? formatExportNumber(v, column) : String(v ?? ""))
      .replace(/\\/g, "\\\\")
      .replace(/\|/g, "\\|")
      .replace(/\r?\n/g, "<br>");
  yield `## ${cell(table.title)}\n\n`;
  yield `| ${table.columns.map((c) => cell(c.label)).join(" | ")} |\n`;
  yield `| ${table.columns.map((c) => (c.kind === "number" ? "---:" : "---")).join(" | ")} |\n`;
  let lines: string[] = [];
  for await (const row of iterate(table.rows)) {
    lines.push(`| ${row.map((v, i) => cell(v, table.columns[i])).join(" | ")} |\n`);
    if (lines.length >= 500) {
      yield lines.join("");
      lines = [];
    }
  }
  yield lines.join("");
  yield "\n### Sources\n\n";
  if (citation.sources.length === 0) yield "No source is cited for these values.\n";
  for (const s of citation.sources) {
    yield `- ${cell(s.citation)}${s.version ? ` — version ${cell(s.version)}` : ""}${s.locator ? ` — ${cell(s.locator)}` : ""}${s.licence ? ` — ${cell(s.licence)}` : ""}${s.url ? ` — <${s.url}>` : ""}\n`;
  }
  yield `\n${citationLines({ ...citation, sources: [] })
    .map((l) => `*${cell(l)}*`)
    .join("  \n")}\n`;
}
