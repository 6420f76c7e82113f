import { stringify } from "csv-stringify";
import { citationLines, iterate, neutralise, type ExportCitation, type ExportTable } from "./model";

/**
 * RFC 4180 CSV (csv-stringify): UTF-8 with a BOM so spreadsheet programs read Cyrillic and accents,
 * CRLF line ends, a header row of human column names, formula-like cells neutralised. The citation
 * follows the data after an empty line, each line starting with "#", so a CSV reader with `#`
 * comments (or a person scrolling down) finds it without it disturbing the table; data cells that
 * begin with "#" are quoted so they are never taken for a comment.
 */
export async function* toCsv(table: ExportTable, citation: ExportCitation): AsyncIterable<string> {
  const stringifier = stringify({ record_delimiter: "\r\n", quoted_match: /^#/, cast: { number: (n) => String(n) } });
  let buffered = "";
  stringifier.on("data", (chunk: Buffer | string) => {
    buffered += chunk.toString();
  });
  const take = () => {
    const out = buffered;
    buffered = "";
    return out;
  };

  yield "\uFEFF";
  stringifier.write(table.columns.map((c) => c.label));
  let n = 0;
  for await (const row of iterate(table.rows)) {
    stringifier.write(row.map((v) => neutralise(v) ?? ""));
    // Let the stringifier run and hand its output on every few hundred rows: memory stays flat.
    if (++n % 500 === 0) {
      await new Promise((resolve) => setImmediate(resolve));
      yield take();
    }
  }
  await new Promise<void>((resolve) => stringifier.end(resolve));
  yield take();
  // Comment lines are not CSV-quoted (a quote would hide the "#"); line breaks inside are flattened.
  yield `\r\n${citationLines(citation)
    .map((line) => `# ${line.replace(/[\r\n]+/g, " ")}`)
    .join("\r\n")}\r\n`;
}
