import { describe, expect, it } from "vitest";
import { CsvParser, CsvSyntaxError, type ParsedRecord } from "./csv";

/** Parses `text` fed in pieces of `step` characters (so records are cut at every possible place). */
function parseAll(text: string, options: { delimiter?: string; eol?: "\n" | "\r"; step?: number } = {}): ParsedRecord[] {
  const parser = new CsvParser(options.delimiter ?? ",", options.eol ?? "\n");
  const out: ParsedRecord[] = [];
  const step = options.step ?? text.length;
  for (let i = 0; i < text.length; i += step) parser.push(text.slice(i, i + step), out);
  parser.end(out);
  return out;
}

describe("CsvParser", () => {
  const text = 'a,b,c\n1,"x, ""quoted""",3\r\n\n"multi\nline",,"last"\n4,5,6';
  const expected = [
    { line: 1, fields: ["a", "b", "c"] },
    { line: 2, fields: ["1", 'x, "quoted"', "3"] },
    { line: 4, fields: ["multi\nline", "", "last"] },
    { line: 6, fields: ["4", "5", "6"] },
  ];

  it("reads quoted and unquoted fields, doubled quotes, line breaks inside quotes, blank lines, with each record's line", () => {
    expect(parseAll(text)).toEqual(expected);
  });

  it("gives the same records whatever the chunk boundaries", () => {
    for (const step of [1, 2, 3, 5, 7, 16]) expect(parseAll(text, { step })).toEqual(expected);
  });

  it("reads semicolon and tab delimiters, CRLF and CR-only line breaks", () => {
    expect(parseAll('a;b\r\n"1;2";3\r\n', { delimiter: ";" })).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1;2", "3"] },
    ]);
    expect(parseAll("a\tb\r1\t2\r", { delimiter: "\t", eol: "\r" })).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", "2"] },
    ]);
  });

  it("keeps an empty last field and a quote inside an unquoted field", () => {
    expect(parseAll('a,b,\n5" gun,x,')).toEqual([
      { line: 1, fields: ["a", "b", ""] },
      { line: 2, fields: ['5" gun', "x", ""] },
    ]);
  });

  it("reports text after a closing quote and an unclosed quote, with their lines", () => {
    const error = (input: string) => {
      try {
        parseAll(input);
      } catch (e) {
        if (e instanceof CsvSyntaxError) return { line: e.line, message: e.message };
        throw e;
      }
      throw new Error("no syntax error");
    };
    expect(error('a,b\n1,2\n"3"x,4\n')).toEqual({ line: 3, message: 'a comma or the end of the line after a closing quote, found "x,4\\n"' });
    expect(error('a,b\n1,2\n"3,4\n5,6\n')).toEqual({ line: 3, message: "a closing quote: a quoted field runs to the end of the file" });
  });
});
