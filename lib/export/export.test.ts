import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../tests/helpers/test-db";
import { toCsv } from "./csv";
import { toMarkdown } from "./markdown";
import { neutralise, type ExportCitation, type ExportTable } from "./model";

const table = (): ExportTable => ({
  name: "t",
  sheet: "Test",
  title: "Test table",
  columns: [
    { key: "name", label: "Name", kind: "text" },
    { key: "deaths", label: "Deaths", kind: "number" },
    { key: "date", label: "Date", kind: "date" },
  ],
  rows: [
    ["Нагорный Карабах, «2020»", 7646, "2020-11-10"],
    ["=HYPERLINK(\"http://evil\")", 1, "1992"],
    ["-2+3", null, null],
    ['He said "44 days"\nthen left', 44.5, "2020-09"],
    ["#not a comment", 0, null],
  ],
  sources: [],
});

const citation: ExportCitation = {
  viewUrl: "http://localhost/conflicts?conflicts.sort=name:asc",
  exportedAt: new Date("2026-11-25T10:00:00Z"),
  sources: [
    { key: "ucdp-brd@24.1", title: "UCDP Battle-Related Deaths Dataset", publisher: "UCDP", version: "24.1", locator: "file x.csv", licence: "CC BY 4.0", accessed: "2026-11-25", citation: "Davies, Pettersson & Öberg (2024)", url: null, outsideDossier: false },
  ],
};

async function text(it: AsyncIterable<string>): Promise<string> {
  let s = "";
  for await (const chunk of it) s += chunk;
  return s;
}

describe("CSV export", () => {
  it("is RFC 4180 with a BOM, a header of human names, neutralised formulas and the citation after the data", async () => {
    const csv = await text(toCsv(table(), citation));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const records = parse(csv.slice(1), { comment: "#", skip_empty_lines: true, relax_column_count: false }) as string[][];
    expect(records[0]).toEqual(["Name", "Deaths", "Date"]);
    expect(records[1]).toEqual(["Нагорный Карабах, «2020»", "7646", "2020-11-10"]);
    expect(records[2]![0]).toBe("'=HYPERLINK(\"http://evil\")");
    expect(records[3]).toEqual(["'-2+3", "", ""]);
    expect(records[4]![0]).toBe('He said "44 days"\nthen left');
    expect(records[5]![0]).toBe("#not a comment");
    expect(records).toHaveLength(6);
    expect(csv).toContain("\r\n# Exported from Parallax on 2026-11-25");
    expect(csv).toContain("# View: http://localhost/conflicts?conflicts.sort=name:asc");
    expect(csv).toContain("# Data-set versions: UCDP Battle-Related Deaths Dataset 24.1");
  });

  it("neutralises every formula trigger but leaves numbers alone", () => {
    for (const v of ["=1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(neutralise(v)).toBe(`'${v}`);
    expect(neutralise(-1)).toBe(-1);
    expect(neutralise("a=1")).toBe("a=1");
  });
});

describe("Markdown export", () => {
  it("is a pipe table with escaped pipes and a sources list", async () => {
    const md = await text(toMarkdown({ ...table(), rows: [["a|b", 1234, null]] }, citation));
    expect(md).toContain("| Name | Deaths | Date |\n| --- | ---: | --- |\n| a\\|b | 1,234 |  |");
    expect(md).toContain("### Sources\n\n- Davies, Pettersson & Öberg (2024) — version 24.1");
    expect(md).toContain("View: http://localhost/conflicts?conflicts.sort=name:asc");
  });
});

describe("XLSX export", () => {
  it("types cells, bolds and freezes the header, and lists the sources on their own sheet", async () => {
    const { toXlsx } = await import("./xlsx");
    const chunks: Buffer[] = [];
    for await (const chunk of toXlsx([table()], citation) as AsyncIterable<Buffer>) chunks.push(chunk);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Test")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Name", "Deaths", "Date"]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getCell("B2").value).toBe(7646);
    expect(sheet.getCell("C2").value).toBeInstanceOf(Date);
    expect(sheet.getCell("C3").value).toBe("1992");
    expect(sheet.getCell("A3").value).toBe("'=HYPERLINK(\"http://evil\")");
    expect(sheet.getColumn(1).width).toBeGreaterThan(10);
    const sources = book.getWorksheet("Sources")!;
    expect(sources.getRow(1).values).toEqual([undefined, "Title", "Publisher", "Version", "Locator", "Licence", "Accessed / imported", "Citation", "Address", "Outside the dossier"]);
    expect(sources.getCell("A2").value).toBe("UCDP Battle-Related Deaths Dataset");
    expect(sources.getCell("C2").value).toBe("24.1");
  });
});

describe("the export API", () => {
  let t: ReturnType<typeof createTestDb>;
  let GET: (req: Request, ctx: { params: Promise<{ table: string }> }) => Promise<Response>;
  beforeAll(async () => {
    t = createTestDb({ seeded: true });
    process.env.DATABASE_URL = `file:${t.file}`;
    ({ GET } = await import("../../app/api/v1/export/[table]/route"));
  });
  afterAll(() => t.cleanup());

  const call = (table: string, query: string) => GET(new Request(`http://localhost/api/v1/export/${table}?${query}`), { params: Promise.resolve({ table }) });

  it("downloads the conflicts table in the page's view, named and cited", async () => {
    const res = await call("conflicts", "format=csv&conflicts.sort=brdTotal:desc&conflicts.f.region=Post-Soviet%20space&conflicts.hide=ucdpIds&view_url=%2Fconflicts%3Fconflicts.sort%3DbrdTotal%3Adesc");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="parallax-conflicts-\d{4}-\d{2}-\d{2}\.csv"$/);
    const body = await res.text();
    const records = parse(body.replace(/^\uFEFF/, ""), { comment: "#", skip_empty_lines: true }) as string[][];
    expect(records[0]).not.toContain("UCDP conflict ids");
    const deaths = records.slice(1).map((r) => Number(r[records[0]!.indexOf("Battle-related deaths, all years (UCDP BRD)")] || 0));
    expect(deaths).toEqual([...deaths].sort((a, b) => b - a));
    expect(records.slice(1).every((r) => r[1] === "Post-Soviet space")).toBe(true);
    expect(body).toContain("# View: http://localhost/conflicts?conflicts.sort=brdTotal:desc");
    expect(body).toMatch(/# Source: .*UCDP/);
  });

  it("gives a conflict's figures with source and locator, and the full table on request", async () => {
    const res = await call("figures", "format=csv&conflict=donbas&curated=true&scope=full");
    const records = parse((await res.text()).replace(/^\uFEFF/, ""), { comment: "#", skip_empty_lines: true }) as string[][];
    const header = records[0]!;
    expect(header).toEqual(expect.arrayContaining(["Subject", "Value", "Source", "Locator", "Quote", "Low", "High"]));
    const row = records.find((r) => r[header.indexOf("Value")] === "4441")!;
    expect(row[header.indexOf("Source")]).toBe("ISPI dossier 2021");
    expect(row[header.indexOf("Quote")]).toContain("4,441 in 2014");
  });

  it("builds the report workbook for a comparison", async () => {
    const res = await call("report", "format=xlsx&c=nagorno-karabakh,donbas");
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Comparison", "Deaths by year", "Mission strength", "Mandate matrix", "Arguments", "Sources"]);
    const sources = book.getWorksheet("Sources")!;
    const titles = sources.getColumn(1).values.filter(Boolean).map(String);
    expect(titles.some((v) => /Battle-Related Deaths/.test(v))).toBe(true);
    expect(titles.some((v) => /Peacekeeping: The Russian Way/.test(v))).toBe(true);
  });

  it("refuses a sorted export too large to hold in memory, and streams the same rows as the full table", async () => {
    const source = t.db
      .prepare(`INSERT INTO "Source" (key, kind, title, "shortTitle", citation, dataset, version) VALUES ('big@1', 'dataset', 'Big', 'BIG 1', 'Big', 'big', '1')`)
      .run().lastInsertRowid;
    t.db
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50001)
         INSERT INTO "Figure" (measure, unit, best, qualifier, year, subject, variant, "sourceId", "rowKey") SELECT 'fatalities', 'deaths', i, 'exact', 2000, 'row ' || i, '', ?, 'id=' || i FROM n`,
      )
      .run(source);
    const sorted = await call("figures", "format=csv&source=big@1&release=all&figures.sort=value:desc");
    expect(sorted.status).toBe(400);
    expect(((await sorted.json()) as { error: { parameter: string; message: string } }).error).toMatchObject({ parameter: "scope", message: expect.stringContaining("scope=full") });
    const full = await call("figures", "format=csv&source=big@1&release=all&scope=full");
    expect(full.status).toBe(200);
    const rows = parse((await full.text()).replace(/^\uFEFF/, ""), { comment: "#", skip_empty_lines: true }) as string[][];
    expect(rows.length - 1).toBe(50001);
  });

  it("answers every table in every format with a named attachment", async () => {
    const tables: [string, string][] = [
      ["conflicts", ""],
      ["missions", ""],
      ["actors", ""],
      ["arguments", "&conflict=donbas"],
      ["figures", "&curated=true"],
      ["comparison", "&c=nagorno-karabakh,transnistria"],
      ["deaths", "&c=nagorno-karabakh,transnistria"],
      ["strength", "&c=transnistria,abkhazia"],
      ["mandates", "&c=nagorno-karabakh,transnistria"],
    ];
    for (const [table, query] of tables) {
      for (const format of ["csv", "xlsx", "md"] as const) {
        const res = await call(table, `format=${format}${query}`);
        expect(res.status, `${table} ${format}`).toBe(200);
        expect(res.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="parallax-${table}-\\d{4}-\\d{2}-\\d{2}\\.${format}"$`));
        const bytes = new Uint8Array(await res.arrayBuffer());
        if (format === "xlsx") {
          const book = new ExcelJS.Workbook();
          await book.xlsx.load(bytes.buffer as ArrayBuffer);
          expect(book.worksheets.at(-1)!.name, `${table} xlsx`).toBe("Sources");
          expect(book.worksheets[0]!.rowCount, `${table} xlsx rows`).toBeGreaterThan(1);
        } else {
          const text = new TextDecoder().decode(bytes);
          expect(text, `${table} ${format}`).toMatch(format === "csv" ? /# Exported from Parallax/ : /### Sources/);
          expect(text.split("\n").length, `${table} ${format} lines`).toBeGreaterThan(4);
        }
      }
    }
  });

  it("answers 400 naming an unknown table, format or parameter", async () => {
    const cases: [string, string, string][] = [
      ["nope", "format=csv", "table"],
      ["conflicts", "format=pdf", "format"],
      ["conflicts", "format=csv&color=red", "color"],
      ["conflicts", "format=csv&conflicts.sort=bogus:asc", "conflicts.sort"],
      ["figures", "format=csv&conflict=atlantis", "conflict"],
      ["comparison", "format=csv", "c"],
      ["report", "format=csv&c=donbas", "format"],
    ];
    for (const [table, query, parameter] of cases) {
      const res = await call(table, query);
      expect(res.status, `${table}?${query}`).toBe(400);
      const body = (await res.json()) as { error: { parameter: string; message: string } };
      expect(body.error.parameter).toBe(parameter);
      expect(body.error.message.length).toBeGreaterThan(10);
    }
  });
});
