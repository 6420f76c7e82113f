import { stringify } from "csv-stringify";
import { citationLines, iterate, neutralise, type ExportCitation, type ExportTable } from "./model";

/** What begins the first field of each citation record after the data. */
export const CITATION_MARK = "# ";

/**
 * RFC 4180 CSV (csv-stringify): UTF-8 with a BOM so spreadsheet programs read Cyrillic and accents,
 * CRLF line ends, a header row of human column names, formula-like cells neutralised. The citation
 * follows the data as records of their own, so that every record has as many fields as the header
 * and strict readers (csv-parse, pandas, R) read the file without complaint: each line of the
 * citation is a first field beginning "# " ("# Source: …"), the other fields empty. Every field
 * beginning with "#", the data's included, is quoted, so a reader with `#` comments never drops a
 * data row, and the citation records are easy to tell from the data: they are the last records,
 * with a first field beginning "# " and nothing else.
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
  const empty = table.columns.slice(1).map(() => "");
  // One record per line of the citation, as wide as the header; line breaks inside are flattened.
  for (const line of citationLines(citation)) stringifier.write([`${CITATION_MARK}${line.replace(/[\r\n]+/g, " ")}`, ...empty]);
  await new Promise<void>((resolve) => stringifier.end(resolve));
  yield take();
}

/**
 * The data records of an export's CSV, parsed (the header first), without the citation records
 * at the end: those whose first field begins "# " and whose other fields are empty.
 */
export function withoutCitation(records: string[][]): string[][] {
  let end = records.length;
  while (end > 1 && records[end - 1]![0]!.startsWith(CITATION_MARK) && records[end - 1]!.slice(1).every((v) => v === "")) end--;
  return records.slice(0, end);
}
