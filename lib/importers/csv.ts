import fs from "node:fs";
import { DELIMITER_NAMES, DialectEvidence, decideDialect, type Delimiter, type Dialect } from "./dialect";
import { columnKinds, shown, type ColumnKind } from "./fields";
import type { ImportContext } from "./run";
import type { z } from "zod";

export type CsvSpec = {
  /** Columns the importer needs: a file without one is rejected, listing them all. */
  required: readonly string[];
  /** Columns read when present. */
  optional?: readonly string[];
  /** The row schema: which columns hold dates and numbers a spreadsheet may have rewritten. */
  schema?: z.ZodType;
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
  /** How the file writes its cells: pass it to validateRow. */
  dialect: Dialect;
};

/** A syntax error at a line (an unclosed quote, text after a closing quote). */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export type ParsedRecord = { line: number; fields: string[] };

const QUOTE = 34;
const CR = 13;
const LF = 10;

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * A streaming RFC 4180 CSV parser: fields separated by the delimiter, optionally quoted with
 * '"' (a doubled quote inside is one quote; a quoted field may hold delimiters and line breaks),
 * records ended by LF, CRLF or (old Mac spreadsheets) CR; blank lines skipped. Each record comes
 * with the line it starts on, counting the line breaks inside quoted fields.
 *
 * Why not csv-parse (which the importers used first): on a 300,000-event GED file it took 11–15 s
 * of a 18 s import, against 2.6 s for the sqlite3 shell's whole `.import`; this parser, which
 * finds field ends with indexOf rather than a character-by-character state machine, takes about
 * 1 s (bench/import.ts). A quote inside an unquoted field is kept as text, as spreadsheets read it.
 */
export class CsvParser {
  private buf = "";
  private line = 1;
  private readonly dc: number;
  private readonly nlc: number;

  constructor(
    private readonly delimiter: string,
    /** The line-break character that ends records: "\n" (LF and CRLF files) or "\r" (CR-only files). */
    private readonly eol: "\n" | "\r" = "\n",
  ) {
    this.dc = delimiter.charCodeAt(0);
    this.nlc = eol.charCodeAt(0);
  }

  /** Parses the complete records in the text so far into `out`; an unfinished one waits for more text. */
  push(text: string, out: ParsedRecord[]): void {
    this.buf = this.buf.length > 0 ? this.buf + text : text;
    this.parse(false, out);
  }

  /** The end of the input: the last record, or a syntax error if it is unfinished. */
  end(out: ParsedRecord[]): void {
    this.parse(true, out);
  }

  private parse(final: boolean, out: ParsedRecord[]): void {
    const { buf, delimiter, eol, dc, nlc } = this;
    const len = buf.length;
    const crlf = eol === "\n";
    let pos = 0;
    let line = this.line;
    let nl = buf.indexOf(eol);

    records: while (pos < len) {
      const startLine = line;
      const fields: string[] = [];
      let i = pos;
      let here = line;
      let blank = true;
      for (;;) {
        if (i < len && buf.charCodeAt(i) === QUOTE) {
          blank = false;
          let j = i + 1;
          let value = "";
          let k: number;
          for (;;) {
            k = buf.indexOf('"', j);
            if (k === -1) {
              if (final) throw new CsvSyntaxError(startLine, "a closing quote: a quoted field runs to the end of the file");
              break records;
            }
            if (k + 1 >= len && !final) break records;
            if (buf.charCodeAt(k + 1) === QUOTE) {
              value += buf.slice(j, k + 1);
              j = k + 2;
              continue;
            }
            value += buf.slice(j, k);
            break;
          }
          here += count(value, eol);
          i = k + 1;
          if (i >= len) {
            if (!final) break records;
            fields.push(value);
            break;
          }
          const c = buf.charCodeAt(i);
          if (c === dc) {
            fields.push(value);
            i++;
            continue;
          }
          if (c === nlc) {
            fields.push(value);
            i++;
            here++;
            break;
          }
          if (crlf && c === CR) {
            if (i + 1 >= len && !final) break records;
            if (i + 1 >= len || buf.charCodeAt(i + 1) === LF) {
              fields.push(value);
              i += 2;
              here++;
              break;
            }
          }
          throw new CsvSyntaxError(
            here,
            `a ${DELIMITER_NAMES[delimiter as Delimiter] ?? "delimiter"} or the end of the line after a closing quote, found ${JSON.stringify(buf.slice(i, i + 12))}`,
          );
        }
        // Unquoted field: it ends at the next delimiter or line break.
        if (nl !== -1 && nl < i) nl = buf.indexOf(eol, i);
        const e = buf.indexOf(delimiter, i);
        const lineEnd = nl === -1 ? (final ? len : -1) : nl;
        if (lineEnd === -1) {
          if (e === -1) break records;
          blank = false;
          fields.push(buf.slice(i, e));
          i = e + 1;
          continue;
        }
        if (e !== -1 && e < lineEnd) {
          blank = false;
          fields.push(buf.slice(i, e));
          i = e + 1;
          continue;
        }
        let end = lineEnd;
        if (crlf && end > i && buf.charCodeAt(end - 1) === CR) end--;
        if (end > i) blank = false;
        fields.push(buf.slice(i, end));
        if (lineEnd < len) here++;
        i = lineEnd + 1;
        break;
      }
      pos = Math.min(i, len);
      line = here;
      if (!(blank && fields.length === 1)) out.push({ line: startLine, fields });
    }
    this.buf = pos >= len ? "" : buf.slice(pos);
    this.line = line;
  }
}

/** What the first part of a CSV file says about it. */
export type CsvSniff = {
  delimiter: Delimiter;
  eol: "\n" | "\r";
  /** Header cells, trimmed. */
  header: string[];
  /** Records after the header within the sniffed part (complete ones only). */
  sample: ParsedRecord[];
};

const SNIFF_BYTES = 128 * 1024;
const DELIMITERS: Delimiter[] = [",", ";", "\t"];

function firstRecord(text: string, delimiter: Delimiter, eol: "\n" | "\r"): string[] {
  const out: ParsedRecord[] = [];
  const parser = new CsvParser(delimiter, eol);
  try {
    parser.push(text, out);
    if (out.length === 0) parser.end(out);
  } catch {
    return [];
  }
  return (out[0]?.fields ?? []).map((f) => f.trim());
}

/**
 * Reads the first 128 KB of a CSV file: its line breaks, its delimiter (the one that splits the
 * header into the most `known` column names, then into the most fields) and a sample of rows.
 * Returns null for an empty file. Not a UTF-8 check: the import's own pass does that.
 */
export function sniffCsv(file: string, known: ReadonlySet<string>): CsvSniff | null {
  const fd = fs.openSync(file, "r");
  let bytes: Buffer;
  let whole: boolean;
  try {
    const size = fs.fstatSync(fd).size;
    bytes = Buffer.alloc(Math.min(size, SNIFF_BYTES));
    const n = fs.readSync(fd, bytes, 0, bytes.length, 0);
    bytes = bytes.subarray(0, n);
    whole = n >= size;
  } finally {
    fs.closeSync(fd);
  }
  const text = new TextDecoder("utf-8").decode(bytes, { stream: !whole });
  if (text.trim() === "") return null;
  const firstBreak = text.search(/[\r\n]/);
  const eol: "\n" | "\r" = firstBreak !== -1 && text[firstBreak] === "\r" && text[firstBreak + 1] !== "\n" ? "\r" : "\n";
  const headerText = firstBreak === -1 ? text : text.slice(0, firstBreak + 1);

  let best: { delimiter: Delimiter; known: number; fields: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const cells = firstRecord(headerText, delimiter, eol);
    const score = { delimiter, known: cells.filter((c) => known.has(c)).length, fields: cells.length };
    if (!best || score.known > best.known || (score.known === best.known && score.fields > best.fields)) best = score;
  }
  const delimiter = best!.delimiter;
  const records: ParsedRecord[] = [];
  const parser = new CsvParser(delimiter, eol);
  try {
    parser.push(text, records);
    if (whole) parser.end(records);
  } catch {
    // A syntax error in the sample: the import's own pass reports it with its line.
  }
  const [head, ...sample] = records;
  return { delimiter, eol, header: (head?.fields ?? firstRecord(headerText, delimiter, eol)).map((f) => f.trim()), sample };
}

class NotUtf8 extends Error {
  constructor(readonly line: number) {
    super(`not UTF-8 (line ${line})`);
  }
}

/** The columns of interest for dialect evidence: [index in the record, kind, name]. */
function evidenceColumns(header: readonly string[], kinds: Record<string, ColumnKind>): [number, ColumnKind, string][] {
  return header.flatMap((name, i): [number, ColumnKind, string][] => {
    const kind = kinds[name];
    return kind && kind !== "text" ? [[i, kind, name]] : [];
  });
}

/** Streams the whole file once, gathering what its dates and numbers say (spreadsheet copies only). */
async function gatherEvidence(file: string, sniff: CsvSniff, columns: [number, ColumnKind, string][], ev: DialectEvidence): Promise<void> {
  const decoder = new TextDecoder("utf-8");
  const parser = new CsvParser(sniff.delimiter, sniff.eol);
  const records: ParsedRecord[] = [];
  let header = true;
  const take = () => {
    for (const { line, fields } of records) {
      if (header) {
        header = false;
        continue;
      }
      for (const [i, kind, name] of columns) {
        const raw = fields[i];
        if (raw !== undefined) ev.add(raw, kind, line, name);
      }
    }
    records.length = 0;
  };
  try {
    for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 16 })) {
      parser.push(decoder.decode(chunk as Buffer, { stream: true }), records);
      take();
    }
    parser.push(decoder.decode(), records);
    parser.end(records);
    take();
  } catch (error) {
    // Syntax errors are reported, with their line, by the import's own pass.
    if (!(error instanceof CsvSyntaxError)) throw error;
    take();
  }
}

/**
 * Streams the data rows of a CSV file (UTF-8, optional BOM, LF, CRLF or CR line breaks, RFC 4180
 * quoting, comma, semicolon or tab delimited: see dialect.ts for how a spreadsheet copy is read).
 *
 * Checks the header (no duplicate names, every required column present) and the shape of every
 * record (as many fields as the header); problems go to the context as errors and such rows are
 * not yielded. Row counting (ctx.rowRead) happens here.
 */
export async function* readCsv(ctx: ImportContext, spec: CsvSpec): AsyncGenerator<CsvRow> {
  const columns = new Set([...spec.required, ...(spec.optional ?? [])]);
  const sniff = sniffCsv(ctx.options.file, columns);
  if (!sniff) {
    ctx.fileError({ line: 1, column: "(file)", value: "", expected: "a header row naming the columns" });
    return;
  }

  // The dialect: UCDP's own comma-separated files are decided from their first rows; a file with
  // another delimiter, or whose first rows show spreadsheet dates or numbers, is read once more in
  // full so the decision rests on every row.
  const kinds = spec.schema ? columnKinds(spec.schema) : {};
  const interesting = evidenceColumns(sniff.header, kinds);
  const ev = new DialectEvidence();
  for (const { line, fields } of sniff.sample) for (const [i, kind, name] of interesting) if (fields[i] !== undefined) ev.add(fields[i], kind, line, name);
  if (interesting.length > 0 && (sniff.delimiter !== "," || ev.unusual)) {
    await gatherEvidence(ctx.options.file, sniff, interesting, ev);
  }
  const decided = decideDialect(sniff.delimiter, ev, { dateOrder: ctx.options.dateOrder });
  if ("refusal" in decided) {
    const { line, column, value, expected } = decided.refusal;
    ctx.fileError({ line, column, value: shown(value), expected });
    return;
  }
  const dialect = decided.dialect;

  const decoder = new TextDecoder("utf-8", { fatal: true });
  const parser = new CsvParser(sniff.delimiter, sniff.eol);
  const records: ParsedRecord[] = [];
  const eolByte = sniff.eol.charCodeAt(0);
  let lines = 0;
  let header: string[] | undefined;
  let wanted: [string, number][] = [];
  let lastLine = 1;

  function* rows(): Generator<CsvRow | false> {
    for (const { line, fields } of records) {
      lastLine = line;
      if (!header) {
        header = fields.map((name) => name.trim());
        if (!checkHeader(ctx, header, spec, line)) {
          yield false;
          return;
        }
        const index = new Map(header.map((name, i) => [name, i]));
        wanted = [...spec.required, ...(spec.optional ?? [])].filter((name) => index.has(name)).map((name) => [name, index.get(name)!]);
        continue;
      }
      ctx.rowRead();
      if (fields.length !== header.length) {
        ctx.rowErrors([
          {
            line,
            column: "(row)",
            value: `${fields.length} field${fields.length === 1 ? "" : "s"}`,
            expected: `${header.length} fields, as many as the header has${
              fields.length > header.length && sniff!.delimiter === "," ? ' (a number with a thousands separator, "1,234", must be quoted)' : ""
            }`,
          },
        ]);
        continue;
      }
      const cells: Record<string, string> = {};
      for (const [name, i] of wanted) cells[name] = fields[i]!;
      yield { line, cells, record: fields, header, dialect };
    }
    records.length = 0;
  }

  try {
    for await (const chunk of ctx.chunks()) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        const partial = new TextDecoder("utf-8").decode(chunk);
        const bad = partial.indexOf("\uFFFD");
        throw new NotUtf8(lines + 1 + count(partial.slice(0, Math.max(bad, 0)), sniff.eol));
      }
      for (let i = chunk.indexOf(eolByte); i !== -1; i = chunk.indexOf(eolByte, i + 1)) lines++;
      parser.push(text, records);
      for (const row of rows()) {
        if (row === false) return;
        yield row;
      }
    }
    try {
      parser.push(decoder.decode(), records);
    } catch {
      throw new NotUtf8(lines + 1);
    }
    parser.end(records);
    for (const row of rows()) {
      if (row === false) return;
      yield row;
    }
    if (!header) ctx.fileError({ line: 1, column: "(file)", value: "", expected: "a header row naming the columns" });
  } catch (error) {
    if (error instanceof NotUtf8) {
      ctx.fileError({ line: error.line, column: "(file)", value: "", expected: "UTF-8 text (save the file as UTF-8)" });
      return;
    }
    if (!(error instanceof CsvSyntaxError)) throw error;
    ctx.fileError({ line: error.line || lastLine, column: "(file)", value: "", expected: `well-formed CSV: ${error.message}` });
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
