import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, tableCounts } from "../../tests/helpers/test-db";
import { DialectEvidence, decideDialect, normaliseDate, normaliseNumber } from "./dialect";
import { importFile, type ImportRequest } from "./index";
import { FILES, dataFile, rowsOf, scratch } from "./test-helpers";

/**
 * Spreadsheet copies of the real files, made here from the files themselves: another delimiter,
 * every cell quoted or none, a BOM, CRLF, dates and numbers as a spreadsheet in another locale
 * writes them. Each copy must import to exactly the rows the original gives; a copy that cannot
 * be read safely must be refused with a reason.
 */

describe("numbers and dates as spreadsheets write them", () => {
  it("reads grouped numbers with the file's decimal mark", () => {
    expect(normaliseNumber("1,234", ".", "int")).toBe("1234");
    expect(normaliseNumber("1,234,567", ".", "int")).toBe("1234567");
    expect(normaliseNumber("7,646.00", ".", "int")).toBe("7646");
    expect(normaliseNumber("7,646.5", ".", "int")).toBeNull();
    expect(normaliseNumber("1.234", ",", "int")).toBe("1234");
    expect(normaliseNumber("1 234", ",", "int")).toBe("1234");
    expect(normaliseNumber("1\u202f234", ".", "int")).toBe("1234");
    expect(normaliseNumber("35,763369", ",", "decimal")).toBe("35.763369");
    expect(normaliseNumber("-9,65", ",", "decimal")).toBe("-9.65");
    expect(normaliseNumber("1.234,5", ",", "decimal")).toBe("1234.5");
    // Not numbers, or grouped wrongly: left to the validator to refuse.
    expect(normaliseNumber("12,34", ".", "int")).toBeNull();
    expect(normaliseNumber("1,234.567.8", ".", "decimal")).toBeNull();
    expect(normaliseNumber("n/a", ".", "int")).toBeNull();
  });

  it("reads day-first and month-first dates, with Excel's two-digit years", () => {
    expect(normaliseDate("29/05/1997", "dmy")).toBe("1997-05-29");
    expect(normaliseDate("5/29/97", "mdy")).toBe("1997-05-29");
    expect(normaliseDate("29.05.1997", "dmy")).toBe("1997-05-29");
    expect(normaliseDate("1/3/13 0:00", "mdy")).toBe("2013-01-03");
    expect(normaliseDate("03/01/2013 00:00:00", "dmy")).toBe("2013-01-03");
    expect(normaliseDate("1/1/46", "mdy")).toBe("1946-01-01");
    expect(normaliseDate("12/31/29", "mdy")).toBe("2029-12-31");
    expect(normaliseDate("1997/05/29", null)).toBe("1997-05-29");
    expect(normaliseDate("2013-01-03 00:00", null)).toBe("2013-01-03");
    expect(normaliseDate("5/29/97", "dmy")).toBeNull(); // month 29
    expect(normaliseDate("5/6/97", null)).toBeNull(); // order unknown
  });

  it("decides per file, refusing mixed or undecidable files with the line that shows it", () => {
    const ev = (cells: [string, "int" | "decimal" | "date", number][]) => {
      const e = new DialectEvidence();
      for (const [raw, kind, line] of cells) e.add(raw, kind, line, kind === "date" ? "start_date" : "latitude");
      return e;
    };
    expect(decideDialect(",", ev([["29/05/1997", "date", 2], ["05/06/1997", "date", 3]]))).toEqual({ dialect: { delimiter: ",", decimal: ".", dateOrder: "dmy" } });
    expect(decideDialect(";", ev([["35,5", "decimal", 2], ["1.234", "int", 3]]))).toEqual({ dialect: { delimiter: ";", decimal: ",", dateOrder: null } });
    expect(decideDialect(";", ev([]))).toEqual({ dialect: { delimiter: ";", decimal: ",", dateOrder: null } });
    expect(decideDialect("\t", ev([["35.5", "decimal", 2]]))).toEqual({ dialect: { delimiter: "\t", decimal: ".", dateOrder: null } });

    const mixed = decideDialect(",", ev([["29/05/1997", "date", 2], ["5/29/1997", "date", 9]]));
    expect(mixed).toMatchObject({ refusal: { line: 9, value: "5/29/1997" } });
    expect("refusal" in mixed && mixed.refusal.expected).toMatch(/^dates in one style: line 2, start_date "29\/05\/1997" can only be day\/month\/year/);

    const ambiguous = decideDialect(",", ev([["05/06/1997", "date", 4], ["01/02/2001", "date", 5]]));
    expect(ambiguous).toMatchObject({ refusal: { line: 4, column: "start_date", value: "05/06/1997" } });
    expect("refusal" in ambiguous && ambiguous.refusal.expected).toMatch(/every date in this file has day and month ≤ 12/);
    expect(decideDialect(",", ev([["05/06/1997", "date", 4]]), { dateOrder: "mdy" })).toMatchObject({ dialect: { dateOrder: "mdy" } });

    expect(decideDialect(";", ev([["35,5", "decimal", 2], ["36.5", "decimal", 7]]))).toMatchObject({ refusal: { line: 7 } });
    expect(decideDialect(";", ev([["1,234", "decimal", 3]]))).toMatchObject({ refusal: { line: 3, value: "1,234" } });
    expect(decideDialect(",", ev([["35,5", "decimal", 2]]))).toMatchObject({ refusal: { line: 2, value: "35,5" } });
  });
});

type Table = { header: string[]; rows: string[][] };

function readTable(name: string): Table {
  const [header, ...rows] = parse(fs.readFileSync(dataFile(name)), { bom: true }) as string[][];
  return { header: header!, rows };
}

type WriteOptions = {
  delimiter: "," | ";" | "\t";
  quote: "all" | "needed";
  eol?: "\n" | "\r\n";
  bom?: boolean;
  /** Rewrites a cell as a spreadsheet would (column name, value) → text. */
  cell?: (column: string, value: string) => string;
};

function writeTable(file: string, t: Table, o: WriteOptions): string {
  const quote = (v: string) =>
    o.quote === "all" || v.includes(o.delimiter) || v.includes('"') || /[\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  const line = (cells: string[]) => cells.map(quote).join(o.delimiter);
  const body = [line(t.header), ...t.rows.map((r) => line(r.map((v, i) => (o.cell ? o.cell(t.header[i]!, v) : v))))];
  fs.writeFileSync(file, `${o.bom ? "\uFEFF" : ""}${body.join(o.eol ?? "\n")}${o.eol ?? "\n"}`);
  return file;
}

const group = (v: string, sep: string) => (/^\d{4,}$/.test(v) ? v.replace(/\B(?=(\d{3})+(?!\d))/g, sep) : v);
const isoToDmy = (v: string, sep = "/") => v.replace(/^(\d{4})-(\d{2})-(\d{2})/, (_, y, m, d) => `${d}${sep}${m}${sep}${y}`);
const isoToMdyShort = (v: string) => v.replace(/^(\d{4})-(\d{2})-(\d{2})/, (_, y: string, m: string, d: string) => `${Number(m)}/${Number(d)}/${y.slice(2)}`);

describe("spreadsheet copies of the real files import to the same rows", () => {
  let s: ReturnType<typeof scratch>;
  const originals = new Map<string, { figures: Record<string, unknown>[]; acd: Record<string, unknown>[]; ged: Record<string, unknown>[] }>();

  function snapshot(db: ReturnType<typeof createTestDb>["db"]) {
    return {
      figures: rowsOf(db, `SELECT * FROM "Figure" ORDER BY "rowKey", measure, variant`),
      acd: rowsOf(db, `SELECT * FROM "AcdConflictYear" ORDER BY "conflictId", year`),
      ged: rowsOf(db, `SELECT * FROM "GedEvent" ORDER BY "gedId"`),
    };
  }

  async function imported(request: ImportRequest) {
    const t = createTestDb();
    try {
      const report = await importFile(t.db, request);
      return { report, rows: snapshot(t.db), counts: tableCounts(t.db) };
    } finally {
      t.cleanup();
    }
  }

  beforeAll(async () => {
    s = scratch();
    for (const name of [FILES.brd, FILES.acd221, FILES.gedSample, FILES.owid]) {
      const { report, rows } = await imported({ file: dataFile(name) });
      expect(report.status).toBe("imported");
      originals.set(name, rows);
    }
  });
  afterAll(() => s.cleanup());

  async function expectSame(name: string, copy: string, request: Partial<ImportRequest> = {}) {
    const { report, rows } = await imported({ file: copy, fileName: name, ...request });
    expect(report.errors).toEqual([]);
    expect(report.status).toBe("imported");
    expect(rows).toEqual(originals.get(name));
    return report;
  }

  it("BRD, semicolon-separated, unquoted, BOM + CRLF, thousands grouped with '.' (European)", async () => {
    const copy = writeTable(path.join(s.dir, "brd-eu.csv"), readTable(FILES.brd), {
      delimiter: ";",
      quote: "needed",
      eol: "\r\n",
      bom: true,
      cell: (c, v) => (c.startsWith("bd_") ? group(v, ".") : v),
    });
    expect(fs.readFileSync(copy, "utf8")).toContain(";7.646;7.548;9.077;");
    const report = await expectSame(FILES.brd, copy);
    expect(report.detected).toBe("detected from the header (the UCDP BRD columns, semicolon-separated)");
  });

  it("BRD, tab-separated, every cell quoted, thousands grouped with ','", async () => {
    const copy = writeTable(path.join(s.dir, "brd-tab.tsv"), readTable(FILES.brd), {
      delimiter: "\t",
      quote: "all",
      cell: (c, v) => (c.startsWith("bd_") ? group(v, ",") : v),
    });
    expect(fs.readFileSync(copy, "utf8")).toContain('\t"7,646"\t"7,548"\t"9,077"\t');
    await expectSame(FILES.brd, copy);
  });

  it("BRD, comma-separated, quoted only where needed: a grouped number is quoted", async () => {
    const copy = writeTable(path.join(s.dir, "brd-us.csv"), readTable(FILES.brd), {
      delimiter: ",",
      quote: "needed",
      cell: (c, v) => (c.startsWith("bd_") ? group(v, ",") : v),
    });
    expect(fs.readFileSync(copy, "utf8")).toContain(',"7,646","7,548","9,077",');
    await expectSame(FILES.brd, copy);
  });

  it("ACD with day-first dates (29/05/1997), semicolon-separated", async () => {
    const copy = writeTable(path.join(s.dir, "acd-dmy.csv"), readTable(FILES.acd221), {
      delimiter: ";",
      quote: "needed",
      cell: (c, v) => (/date/.test(c) ? isoToDmy(v) : v),
    });
    expect(fs.readFileSync(copy, "utf8")).toContain(";29/05/1997;");
    await expectSame(FILES.acd221, copy);
  });

  it("ACD with month-first dates and two-digit years (5/29/97), CRLF", async () => {
    const copy = writeTable(path.join(s.dir, "acd-mdy.csv"), readTable(FILES.acd221), {
      delimiter: ",",
      quote: "needed",
      eol: "\r\n",
      cell: (c, v) => (/date/.test(c) ? isoToMdyShort(v) : v),
    });
    expect(fs.readFileSync(copy, "utf8")).toContain(",5/29/97,");
    await expectSame(FILES.acd221, copy);
  });

  it("GED sample, semicolon-separated with decimal commas and day-first date-times", async () => {
    const copy = writeTable(path.join(s.dir, "ged-eu.csv"), readTable(FILES.gedSample), {
      delimiter: ";",
      quote: "needed",
      cell: (c, v) =>
        c === "latitude" || c === "longitude" ? v.replace(".", ",") : c === "date_start" || c === "date_end" ? isoToDmy(v, ".").replace(":00:00", ":00") : v,
    });
    expect(fs.readFileSync(copy, "utf8")).toMatch(/;35,763369;36,558974;/);
    expect(fs.readFileSync(copy, "utf8")).toContain(";03.01.2013 00:00;");
    await expectSame(FILES.gedSample, copy);
  });

  it("OWID, tab-separated with a BOM", async () => {
    const copy = writeTable(path.join(s.dir, "owid.tsv"), readTable(FILES.owid), { delimiter: "\t", quote: "needed", bom: true });
    await expectSame(FILES.owid, copy);
  });

  it("refuses a copy whose every date has day and month ≤ 12, unless the order is given", async () => {
    const t = readTable(FILES.acd221);
    const dateColumns = t.header.flatMap((c, i) => (/date/.test(c) ? [i] : []));
    const early = { header: t.header, rows: t.rows.filter((r) => dateColumns.every((i) => r[i] === "" || Number(r[i]!.slice(8, 10)) <= 12)) };
    expect(early.rows.length).toBeGreaterThan(50);
    const copy = writeTable(path.join(s.dir, "acd-ambiguous-v22.1.csv"), early, { delimiter: ",", quote: "needed", cell: (c, v) => (/date/.test(c) ? isoToDmy(v) : v) });
    const refused = await imported({ file: copy });
    expect(refused.report.status).toBe("rejected");
    expect(refused.report.errors).toHaveLength(1);
    expect(refused.report.errors[0]).toMatchObject({ line: 2, column: "start_date" });
    expect(refused.report.errors[0]!.expected).toMatch(/every date in this file has day and month ≤ 12, so 05\/06 could be 5 June or 6 May/);
    expect(refused.counts.Source).toBe(0);

    const given = await imported({ file: copy, dateOrder: "dmy" });
    expect(given.report.status).toBe("imported");
    expect(given.rows.acd.length).toBe(early.rows.length);
  });

  it("refuses a copy that mixes day-first and month-first dates, naming both lines", async () => {
    const t = readTable(FILES.acd221);
    const copy = writeTable(path.join(s.dir, "acd-mixed-v22.1.csv"), t, {
      delimiter: ",",
      quote: "needed",
      cell: (c, v) => (c === "start_date" ? isoToDmy(v) : c === "start_date2" ? isoToMdyShort(v) : v),
    });
    const { report } = await imported({ file: copy });
    expect(report.status).toBe("rejected");
    expect(report.errors[0]!.expected).toMatch(/^dates in one style: line \d+, start_date "\d\d\/\d\d\/\d{4}" can only be day\/month\/year, this one only month\/day\/year/);
  });
});
