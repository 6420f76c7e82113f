import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parse, CsvError, type Info } from "csv-parse";
import { shown } from "./fields";
import type { ImportContext } from "./run";

export type CsvSpec = {
  /** Columns the importer needs: a file without one is rejected, listing them all. */
  required: readonly string[];
  /** Columns read when present. */
  optional?: readonly string[];
};

export type CsvRow = {
  /** Line of the file where the record starts (header = line 1). */
  line: number;
  /** The cells of the spec's columns that the file has, by column name. */
  cells: Record<string, string>;
  /** All cells of the record, in header order. */
  record: string[];
  /** The header: column names in file order. */
  header: readonly string[];
};

/** Line breaks inside a field (a quoted cell may hold them); CRLF counts once. */
function lineBreaks(field: string): number {
  if (field.indexOf("\n") === -1 && field.indexOf("\r") === -1) return 0;
  let n = 0;
  for (let i = 0; i < field.length; i++) {
    const ch = field.charCodeAt(i);
    if (ch === 10) n++;
    else if (ch === 13) {
      n++;
      if (field.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

class NotUtf8 extends Error {
  constructor(readonly line: number) {
    super(`not UTF-8 (line ${line})`);
  }
}

/**
 * Passes the chunks through, checking that they are UTF-8 (csv-parse would silently turn other
 * bytes into U+FFFD, so a Latin-1 "Côte d'Ivoire" would land garbled).
 */
async function* utf8Checked(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let lines = 0;
  for await (const chunk of chunks) {
    try {
      decoder.decode(chunk, { stream: true });
    } catch {
      const text = new TextDecoder("utf-8").decode(chunk);
      const bad = text.indexOf("\uFFFD");
      throw new NotUtf8(lines + 1 + (text.slice(0, Math.max(bad, 0)).split("\n").length - 1));
    }
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    yield chunk;
  }
  try {
    decoder.decode();
  } catch {
    throw new NotUtf8(lines + 1);
  }
}

/**
 * Streams the data rows of a CSV file (UTF-8, optional BOM, LF or CRLF, RFC 4180 quoting).
 *
 * Checks the header (no duplicate names, every required column present) and the shape of every
 * record (as many fields as the header); problems go to the context as errors and such rows are
 * not yielded. Row counting (ctx.rowRead) happens here.
 *
 * Line numbers: a record starts on the line after the previous record ended, plus the blank
 * lines csv-parse skipped in between (info.empty_lines), and ends as many lines later as its
 * fields hold line breaks. We count those ourselves rather than read info.lines, which counts a
 * CRLF inside a quoted field as two lines (csv-parse 6.2).
 */
export async function* readCsv(ctx: ImportContext, spec: CsvSpec): AsyncGenerator<CsvRow> {
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
  });
  // The pipeline feeds the parser from the (hashed) file stream; iterating the parser pulls records.
  const feeding = pipeline(Readable.from(utf8Checked(ctx.chunks())), parser).catch(() => {
    /* errors surface through the iteration below */
  });

  let header: string[] | undefined;
  let wanted: [string, number][] = [];
  let prevEnd = 0;
  let prevEmpty = 0;
  let failedHeader = false;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      const { record, info } = item;
      const line = prevEnd + 1 + (info.empty_lines - prevEmpty);
      let breaks = 0;
      for (const field of record) breaks += lineBreaks(field);
      prevEnd = line + breaks;
      prevEmpty = info.empty_lines;

      if (!header) {
        header = record.map((name) => name.trim());
        failedHeader = !checkHeader(ctx, header, spec, line);
        if (failedHeader) break;
        const index = new Map(header.map((name, i) => [name, i]));
        wanted = [...spec.required, ...(spec.optional ?? [])].filter((name) => index.has(name)).map((name) => [name, index.get(name)!]);
        continue;
      }

      ctx.rowRead();
      if (record.length !== header.length) {
        ctx.rowErrors([
          {
            line,
            column: "(row)",
            value: `${record.length} field${record.length === 1 ? "" : "s"}`,
            expected: `${header.length} fields, as many as the header has`,
          },
        ]);
        continue;
      }
      const cells: Record<string, string> = {};
      for (const [name, i] of wanted) cells[name] = record[i]!;
      yield { line, cells, record, header };
    }
    if (!header && !failedHeader) ctx.fileError({ line: 1, column: "(file)", value: "", expected: "a header row naming the columns" });
  } catch (error) {
    if (error instanceof NotUtf8) {
      ctx.fileError({ line: error.line, column: "(file)", value: "", expected: "UTF-8 text (save the file as UTF-8)" });
      return;
    }
    if (!(error instanceof CsvError)) throw error;
    const e = error as CsvError & { lines?: number };
    ctx.fileError({
      line: typeof e.lines === "number" && e.lines > 0 ? e.lines : prevEnd + 1,
      column: "(file)",
      value: "",
      expected: `well-formed CSV (${e.message})`,
    });
  } finally {
    parser.destroy();
    await feeding;
  }
}

function checkHeader(ctx: ImportContext, header: string[], spec: CsvSpec, line: number): boolean {
  let ok = true;
  const counts = new Map<string, number>();
  for (const name of header) counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const [name, n] of counts) {
    if (n > 1) {
      ok = false;
      ctx.fileError({ line, column: name, value: shown(name), expected: `unique column names ("${name}" appears ${n} times)` });
    }
  }
  const missing = spec.required.filter((name) => !counts.has(name));
  for (const name of missing) {
    ok = false;
    ctx.fileError({
      line,
      column: name,
      value: "",
      expected: `a column "${name}"; ${ctx.definition.shortName} files need the columns ${spec.required.join(", ")}`,
    });
  }
  return ok;
}
