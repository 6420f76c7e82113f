import { formatNumber } from "../format";
import { citationLines, iterate, type ExportCitation, type ExportTable } from "./model";

/** A pipe table for pasting into reports and notes, with its title, then the sources list and citation. */
export async function* toMarkdown(table: ExportTable, citation: ExportCitation): AsyncIterable<string> {
  const cell = (v: unknown) =>
    (typeof v === "number" ? formatNumber(v) : String(v ?? ""))
      .replace(/\\/g, "\\\\")
      .replace(/\|/g, "\\|")
      .replace(/\r?\n/g, "<br>");
  yield `## ${cell(table.title)}\n\n`;
  yield `| ${table.columns.map((c) => cell(c.label)).join(" | ")} |\n`;
  yield `| ${table.columns.map((c) => (c.kind === "number" ? "---:" : "---")).join(" | ")} |\n`;
  let lines: string[] = [];
  for await (const row of iterate(table.rows)) {
    lines.push(`| ${row.map(cell).join(" | ")} |\n`);
    if (lines.length >= 500) {
      yield lines.join("");
      lines = [];
    }
  }
  yield lines.join("");
  yield "\n### Sources\n\n";
  for (const s of citation.sources) {
    yield `- ${cell(s.citation)}${s.version ? ` — version ${cell(s.version)}` : ""}${s.locator ? ` — ${cell(s.locator)}` : ""}${s.licence ? ` — ${cell(s.licence)}` : ""}${s.url ? ` — <${s.url}>` : ""}\n`;
  }
  yield `\n${citationLines({ ...citation, sources: [] })
    .map((l) => `*${cell(l)}*`)
    .join("  \n")}\n`;
}
