import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb } from "../../tests/helpers/test-db";
import { mandateMatrix, matrixCellText, matrixColumnLabel } from "../compare/matrix";
import { parseView } from "../compare/params";
import { buildRows, dataYearExtent, ROW_LABELS, sortComparisonRows } from "../compare/rows";
import { clauseKinds, labels } from "../domain";
import { toCsv, withoutCitation } from "./csv";
import { toMarkdown } from "./markdown";
import { citationLines, neutralise, titleWithVersion, type ExportCitation, type ExportTable } from "./model";

// lib/auth-session reads next/headers for pages; the export route passes the request's headers itself.
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => {} }) }));

/** Strict RFC 4180 parsing (every record as wide as the header), then the data without the citation records. */
const strict = (csv: string) => parse(csv.replace(/^\uFEFF/, ""), { relax_column_count: false }) as string[][];
const csvData = (csv: string) => withoutCitation(strict(csv));

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
    const records = csvData(csv);
    expect(records[0]).toEqual(["Name", "Deaths", "Date"]);
    expect(records[1]).toEqual(["Нагорный Карабах, «2020»", "7646", "2020-11-10"]);
    expect(records[2]![0]).toBe("'=HYPERLINK(\"http://evil\")");
    expect(records[3]).toEqual(["'-2+3", "", ""]);
    expect(records[4]![0]).toBe('He said "44 days"\nthen left');
    expect(records[5]![0]).toBe("#not a comment");
    expect(records).toHaveLength(6);
  });

  it("carries the citation as records as wide as the header, with no blank line, so strict readers read the whole file", async () => {
    const csv = await text(toCsv(table(), citation));
    expect(csv).not.toMatch(/\r\n\r\n/);
    expect(csv.endsWith("\r\n")).toBe(true);
    // csv-parse throws on a record of another width (relax_column_count: false) and on an empty line.
    const records = parse(csv.slice(1), { relax_column_count: false, skip_empty_lines: false }) as string[][];
    expect(records.every((r) => r.length === 3)).toBe(true);
    const footer = records.slice(6);
    expect(footer.map((r) => r[0])).toEqual(citationLines(citation).map((l) => `# ${l}`));
    expect(footer.every((r) => r[1] === "" && r[2] === "")).toBe(true);
    expect(footer[0]![0]).toMatch(/^# Exported from Parallax on 2026-11-25/);
    expect(footer.map((r) => r[0])).toContain("# View: http://localhost/conflicts?conflicts.sort=name:asc");
    expect(footer.map((r) => r[0])).toContain("# Data-set versions: UCDP Battle-Related Deaths Dataset 24.1");
    expect(footer.map((r) => r[0])).toContain("# Source: Davies, Pettersson & Öberg (2024)");
    // Quoted like every field beginning with "#", and comma-safe.
    expect(csv).toContain('\r\n"# Source: Davies, Pettersson & Öberg (2024)",,\r\n');
    // A one-column table: one field per citation record.
    const narrow = parse((await text(toCsv({ ...table(), columns: [{ key: "name", label: "Name", kind: "text" }], rows: [["a"]] }, citation))).slice(1)) as string[][];
    expect(narrow.every((r) => r.length === 1)).toBe(true);
    expect(withoutCitation(narrow)).toEqual([["Name"], ["a"]]);
  });

  it("neutralises every formula trigger but leaves numbers alone", () => {
    for (const v of ["=1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(neutralise(v)).toBe(`'${v}`);
    expect(neutralise(-1)).toBe(-1);
    expect(neutralise("a=1")).toBe("a=1");
  });
});

describe("the citation", () => {
  it("names each data set's version once, whether or not its title carries it", () => {
    const source = citation.sources[0]!;
    const versions = (title: string, version: string | null) => citationLines({ ...citation, sources: [{ ...source, title, version }] }).find((l) => l.startsWith("Data-set versions"));
    expect(versions("UCDP Battle-Related Deaths Dataset, dyadic version 24.1", "24.1")).toBe("Data-set versions: UCDP Battle-Related Deaths Dataset, dyadic version 24.1");
    expect(versions("UCDP Battle-Related Deaths Dataset", "24.1")).toBe("Data-set versions: UCDP Battle-Related Deaths Dataset 24.1");
    expect(versions("Peace operations monthly panel (SIPRI and IPI figures), 1993–2016", "2016")).toBe("Data-set versions: Peace operations monthly panel (SIPRI and IPI figures), 1993–2016");
    expect(versions("Peacekeeping: The Russian Way", null)).toBeUndefined();
    // Another version that merely starts or ends alike is not this one.
    expect(titleWithVersion({ title: "Release 24.10", version: "24.1" })).toBe("Release 24.10 24.1");
    expect(titleWithVersion({ title: "Release 124.1", version: "24.1" })).toBe("Release 124.1 24.1");
  });
});

describe("Markdown export", () => {
  it("is a pipe table with escaped pipes and a sources list", async () => {
    const md = await text(toMarkdown({ ...table(), rows: [["a|b", 1234, null]] }, citation));
    expect(md).toContain("| Name | Deaths | Date |\n| --- | ---: | --- |\n| a\\|b | 1,234 |  |");
    expect(md).toContain("### Sources\n\n- Davies, Pettersson & Öberg (2024) — version 24.1");
    expect(md).toContain("View: http://localhost/conflicts?conflicts.sort=name:asc");
  });

  it("writes years without a thousands separator and a field's fixed decimals", async () => {
    const md = await text(
      toMarkdown(
        {
          ...table(),
          columns: [
            { key: "year", label: "Year", kind: "number", plain: true },
            { key: "deaths", label: "Deaths", kind: "number" },
            { key: "share", label: "Share", kind: "number", decimals: 2 },
          ],
          rows: [[1991, 286050, 0.5]],
        },
        citation,
      ),
    );
    expect(md).toContain("| 1991 | 286,050 | 0.50 |");
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
    // Whole numbers grouped without a trailing point; a fraction shows the digits it has.
    expect(sheet.getCell("B2").numFmt).toBe("#,##0");
    expect(sheet.getCell("B5").value).toBe(44.5);
    expect(sheet.getCell("B5").numFmt).toBe("#,##0.0");
    expect(sheet.getCell("C2").value).toBeInstanceOf(Date);
    expect(sheet.getCell("C3").value).toBe("1992");
    expect(sheet.getCell("A3").value).toBe("'=HYPERLINK(\"http://evil\")");
    expect(sheet.getColumn(1).width).toBeGreaterThan(10);
    const sources = book.getWorksheet("Sources")!;
    expect(sources.getRow(1).values).toEqual([undefined, "Title", "Publisher", "Version", "Locator", "Licence", "Accessed / imported", "Citation", "Address", "Outside the dossier"]);
    expect(sources.getCell("A2").value).toBe("UCDP Battle-Related Deaths Dataset");
    expect(sources.getCell("C2").value).toBe("24.1");
  });

  it("writes years as plain numbers and fixed decimals where a field has them", async () => {
    const { toXlsx } = await import("./xlsx");
    const years: ExportTable = {
      ...table(),
      columns: [
        { key: "year", label: "Year", kind: "number", plain: true },
        { key: "deaths", label: "Deaths", kind: "number" },
        { key: "share", label: "Share", kind: "number", decimals: 2 },
      ],
      rows: [[1991, 286050, 0.5]],
    };
    const chunks: Buffer[] = [];
    for await (const chunk of toXlsx([years], citation) as AsyncIterable<Buffer>) chunks.push(chunk);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Test")!;
    expect([sheet.getCell("A2").value, sheet.getCell("A2").numFmt]).toEqual([1991, "0"]);
    expect([sheet.getCell("B2").value, sheet.getCell("B2").numFmt]).toEqual([286050, "#,##0"]);
    expect([sheet.getCell("C2").value, sheet.getCell("C2").numFmt]).toEqual([0.5, "#,##0.00"]);
  });
});

describe("the export API", () => {
  let t: ReturnType<typeof createTestDb>;
  let GET: (req: Request, ctx: { params: Promise<{ table: string }> }) => Promise<Response>;
  const cookie: Record<string, string> = {};
  const PASSWORD = "correct horse battery staple";
  beforeAll(async () => {
    t = createTestDb({ seeded: true });
    process.env.DATABASE_URL = `file:${t.file}`;
    const { getAuth } = await import("../auth");
    const { getPrisma } = await import("../db");
    const { createUserAccount } = await import("../auth-users");
    const auth = getAuth(false);
    const prisma = getPrisma();
    const ids: Record<string, string> = {};
    for (const who of ["alice", "bob"]) {
      ids[who] = (await createUserAccount(auth, prisma, { email: `${who}@example.org`, password: PASSWORD, role: "analyst", name: who })).id;
      cookie[who] = (await auth.api.signInEmail({ body: { email: `${who}@example.org`, password: PASSWORD }, returnHeaders: true })).headers.get("set-cookie")!.split(";")[0]!;
    }
    const note = (authorId: string, target: [string, string, string, string], body: string, visibility: string, deleted = false) =>
      prisma.annotation.create({
        data: { targetType: target[0], targetKey: target[1], targetLabel: target[2], targetPath: target[3], body, tags: '["casualties","e2e"]', visibility, authorId, updatedById: authorId, deletedAt: deleted ? new Date() : null },
      });
    const donbas: [string, string, string, string] = ["conflict", "donbas", "War in Donbas", "/conflicts/donbas"];
    await note(ids.alice!, donbas, "=1+1 Alice's team note on Donbas", "team");
    await note(ids.alice!, donbas, "Alice's private note", "private");
    await note(ids.bob!, donbas, "Bob's private note", "private");
    await note(ids.bob!, donbas, "Bob's deleted team note", "team", true);
    await note(ids.bob!, ["actor", "russia", "Russia", "/actors/russia"], "Bob's team note on Russia", "team");
    await note(ids.bob!, ["conflict", "kosovo", "Kosovo", "/conflicts/kosovo"], "Bob's team note on Kosovo", "team");
    ({ GET } = await import("../../app/api/v1/export/[table]/route"));
  });
  afterAll(() => t.cleanup());

  const call = (table: string, query: string, who?: string) =>
    GET(new Request(`http://localhost/api/v1/export/${table}?${query}`, { headers: who ? { cookie: cookie[who]! } : {} }), { params: Promise.resolve({ table }) });
  const workbook = async (res: Response) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    return book;
  };
  /** The Sources sheet's rows as objects by header. */
  const sourcesOf = (book: ExcelJS.Workbook) => {
    const sheet = book.getWorksheet("Sources")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const rows: Record<string, string>[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1 || !row.getCell(2).value) return;
      rows.push(Object.fromEntries(header.map((h, i) => [h, String(row.getCell(i + 1).value ?? "")])));
    });
    return rows;
  };

  /** An error answer's body. */
  const errorOf = async (res: Response) => ((await res.json()) as { error: { status: number; parameter: string; message: string } }).error;
  /** The comparison data the page reads for these slugs, as its browser components get it. */
  const pageData = async (slugs: string[]) => {
    const { clientData, getComparisonData } = await import("../queries/compare");
    const full = await getComparisonData(slugs);
    return { full, data: clientData(full) };
  };

  it("exports the mandate matrix as the page shows it: one column per mission, every instrument's words newest first, 'No instrument recorded'", async () => {
    const res = await call("mandates", "format=csv&c=nagorno-karabakh,abkhazia");
    expect(res.status).toBe(200);
    const records = csvData(await res.text());
    const header = records[0]!;
    // The page's columns, headed and filled from lib/compare/matrix.ts.
    const { data } = await pageData(["nagorno-karabakh", "abkhazia"]);
    const columns = mandateMatrix(data);
    const names = new Map(data.conflicts.map((c) => [c.slug, c.shortName]));
    expect(header).toEqual(["Clause", ...columns.map((c) => matrixColumnLabel(c, names.get(c.conflict)!))]);
    expect(records.slice(1)).toEqual(clauseKinds.map((kind) => [labels.clause[kind], ...columns.map((c) => matrixCellText(c, kind))]));
    // The CIS force in Abkhazia is one column with its three instruments; UNOMIG has a column though it has none.
    expect(header.filter((h) => h.includes("CISPKF"))).toEqual(["Abkhazia — CISPKF: 3 instruments, newest first"]);
    expect(header).toContain("Nagorno-Karabakh — Joint Russian–Turkish ceasefire monitoring centre (Nagorno-Karabakh): no instrument recorded");
    const unomig = header.indexOf("Abkhazia — UNOMIG: no instrument recorded");
    expect(unomig).toBeGreaterThan(0);
    expect(records.slice(1).map((r) => r[unomig])).toEqual(clauseKinds.map(() => "No instrument recorded"));
    expect(header).toHaveLength(5);
    const cis = header.indexOf("Abkhazia — CISPKF: 3 instruments, newest first");
    const sizeCap = records.find((r) => r[0] === labels.clause.size_cap)![cis]!.split("\n");
    expect(sizeCap).toHaveLength(3);
    expect(sizeCap[0]).toMatch(/\(26 May 1995\) — Not yet coded/);
    expect(sizeCap[1]).toMatch(/\(14 May 1994\) — Not yet coded/);
    expect(sizeCap[2]).toMatch(/\(1994\) — Specified: .*two to three thousand.*\[CIS decision on Abkhazia, 1994, point 1\]$/);

    // Its sources: the instruments' and their clauses' citations, and nothing else.
    const cited = new Set(columns.flatMap((c) => c.instruments.flatMap((d) => [d.citation?.source.title, ...d.clauses.map((x) => x.citation?.source.title)])).filter((t): t is string => Boolean(t)));
    const book = await workbook(await call("mandates", "format=xlsx&c=nagorno-karabakh,abkhazia"));
    const titles = sourcesOf(book).map((s) => s.Title!);
    expect(new Set(titles)).toEqual(cited);
    expect(titles.some((t) => /Agreement on a Cease-Fire and Separation of Forces/i.test(t))).toBe(true);
    expect(titles.some((t) => /Battle-Related Deaths/.test(t))).toBe(false);

    // The report's "Mandate matrix" sheet is the same matrix.
    const report = await workbook(await call("report", "format=xlsx&c=nagorno-karabakh,abkhazia"));
    const sheet = report.getWorksheet("Mandate matrix")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(header);
    expect(sheet.getRow(2).getCell(unomig + 1).value).toBe("No instrument recorded");
    expect(sheet.getRow(clauseKinds.indexOf("size_cap") + 2).getCell(cis + 1).value).toBe(sizeCap.join("\n"));
  });

  it("sorts the comparison by a conflict as the page does: only rows of one kind change places, and the search applies to the sorted rows", async () => {
    const rowsOf = async (query: string) => csvData(await (await call("comparison", `format=csv&${query}`)).text()).slice(1).map((r) => r[0]);
    // Nagorno-Karabakh's deaths over all years exceed its peak year: the two death rows swap; the others keep their places.
    const ids = ["period", "status", "type", "region", "parties", "backers", "russia", "missions", "size", "mandate", "total", "peak", "war-years", "arguments"] as const;
    expect(await rowsOf("c=nagorno-karabakh,donbas&table.sort=nagorno-karabakh:desc")).toEqual(ids.map((id) => ROW_LABELS[id]));
    // Ascending, the two death rows keep the default order; so does every other row.
    expect(await rowsOf("c=nagorno-karabakh,donbas&table.sort=nagorno-karabakh:asc")).toEqual(await rowsOf("c=nagorno-karabakh,donbas"));
    // Sorted, then searched (as the page's table): the death rows swap among all the visible rows, and the search then keeps two.
    const query = "rows=peak,war-years,total&table.q=ucdp&table.sort=nagorno-karabakh:desc";
    expect(await rowsOf(`c=nagorno-karabakh,donbas&${query}`)).toEqual([ROW_LABELS["war-years"], ROW_LABELS.peak]);
    const { data } = await pageData(["nagorno-karabakh", "donbas"]);
    const view = parseView(new URLSearchParams(query)).view;
    const page = sortComparisonRows(buildRows(data, view).filter((r) => !view.hidden.includes(r.id)), [{ id: "nagorno-karabakh", desc: true }]).filter((r) => r.label.toLowerCase().includes("ucdp"));
    expect(page.map((r) => r.label)).toEqual([ROW_LABELS["war-years"], ROW_LABELS.peak]);
  });

  it("reads the selection as the page does: slugs lower-cased, unknown slugs named before the cap, the cap counting known conflicts", async () => {
    const body = async (query: string) => csvData(await (await call("comparison", `format=csv&${query}`)).text());
    expect(await body("c=Donbas")).toEqual(await body("c=donbas"));
    expect((await body("c=%20Donbas%20,NAGORNO-KARABAKH"))[0]).toEqual(["Attribute", "War in Donbas", "Nagorno-Karabakh conflict"]);
    expect((await call("mandates", "format=csv&c=Abkhazia")).status).toBe(200);

    // Slugs of no conflict are set aside as the page sets them aside, before the cap, and the file
    // names them as the page's notice does: the page's Export menu gets the file the page shows.
    const unknown = await call("comparison", "format=csv&c=a,b,c,d,e,f,g,h,donbas");
    expect(unknown.status).toBe(200);
    const text = await unknown.text();
    expect(csvData(text)[0]).toEqual(["Attribute", "War in Donbas"]);
    expect(strict(text).map((r) => r[0])).toContain("# View note: c: Parallax holds no conflict “a”, “b”, “c”, “d”, “e”, “f”, “g”, “h”; compared without them");
    // Nothing left to compare: refused, naming the slug.
    expect(await errorOf(await call("deaths", "format=csv&c=Atlantis"))).toMatchObject({ parameter: "c", message: expect.stringContaining("“atlantis”") });

    // Nine known conflicts: the page shows eight and names the ninth; so does the file.
    const { listConflictOptions } = await import("../queries/conflicts");
    const nine = listConflictOptions().slice(0, 9).map((o) => o.slug);
    const capped = await (await call("comparison", `format=csv&c=${nine.join(",")}`)).text();
    expect(csvData(capped)[0]).toHaveLength(9);
    expect(strict(capped).map((r) => r[0])).toContain(`# View note: c: at most 8 conflicts side by side; left out: “${nine[8]}”`);
    // A malformed slug is named as the page names it.
    const malformed = await (await call("comparison", "format=csv&c=donbas,no_such")).text();
    expect(strict(malformed).some((r) => r[0]!.startsWith("# View note: c:") && r[0]!.includes("“no_such” is not a conflict slug"))).toBe(true);
    // The page's open matrix cell changes no table.
    expect((await call("mandates", "format=csv&c=abkhazia&cell=unomig.size_cap")).status).toBe(200);
  });

  it("brings years beyond the data to its edge as the page does, and says so in the file; refuses what the page ignores", async () => {
    const slugs = ["nagorno-karabakh", "transnistria"];
    const { full, data } = await pageData(slugs);
    const extent = dataYearExtent(full)!;
    const deaths = await call("deaths", `format=csv&c=${slugs.join(",")}&from=2030`);
    expect(deaths.status).toBe(200);
    const csv = await deaths.text();
    expect(csvData(csv).slice(1).map((r) => r[0])).toEqual([String(extent.last)]);
    expect(strict(csv).map((r) => r[0])).toContain(`# View note: from: 2030 is after the last year with data (${extent.last}); showing ${extent.last}`);
    // The comparison's deaths in the period count the years the page counts.
    const params = new URLSearchParams(`c=${slugs.join(",")}&from=2030`);
    const view = parseView(params, extent).view;
    expect(view.from).toBe(extent.last);
    const total = buildRows(data, view).find((r) => r.id === "total")!;
    const comparison = csvData(await (await call("comparison", `format=csv&${params}`)).text());
    const row = comparison.find((r) => r[0] === ROW_LABELS.total)!;
    expect(row.slice(1)).toEqual(slugs.map((s) => total.cells[s]!.map((i) => (i.sub ? `${i.text} (${i.sub})` : i.text)).join("; ")));
    expect(row[1]).not.toContain("no year recorded");
    const early = await (await call("deaths", `format=md&c=${slugs.join(",")}&to=1900`)).text();
    expect(early).toContain(`View note: to: 1900 is before the first year with data (${extent.first}); showing ${extent.first}`);

    // What the page sets aside with a notice, the file sets aside with the same notice.
    for (const [query, parameter] of [
      ["from=2030&to=2020", "from"],
      ["from=soon", "from"],
      ["metric=bogus", "metric"],
      ["hide=nope", "hide"],
    ] as const) {
      const res = await call("deaths", `format=csv&c=donbas&${query}`);
      expect(res.status, query).toBe(200);
      expect(strict(await res.text()).some((r) => r[0]!.startsWith(`# View note: ${parameter}`)), query).toBe(true);
    }
  });

  it("exports the strength of the months within the view's years, the missions labelled with their conflicts as on the page", async () => {
    const all = csvData(await (await call("strength", "format=csv&c=transnistria,abkhazia")).text());
    expect(all[0]).toContain("JCC — Transnistria: personnel (panel monthly series)");
    expect(all[0]).toContain("CISPKF — Abkhazia: personnel (panel monthly series)");
    expect(all.slice(1).some((r) => r[0]! < "2010")).toBe(true);
    const res = await call("strength", "format=md&c=transnistria,abkhazia&from=2010&to=2011");
    const md = await res.text();
    expect(md).toMatch(/^## Peace-operation strength per month, 2010–2011, /);
    const ranged = csvData(await (await call("strength", "format=csv&c=transnistria,abkhazia&from=2010&to=2011")).text());
    expect(ranged[0]).toEqual(all[0]);
    const months = ranged.slice(1).map((r) => r[0]!);
    expect(months.length).toBeGreaterThan(0);
    expect(months.every((m) => m >= "2010" && m < "2012")).toBe(true);
    expect(months).toEqual(all.slice(1).map((r) => r[0]!).filter((m) => m >= "2010" && m < "2012"));
    // A year beyond the data is brought to its edge, as for the chart.
    const { full } = await pageData(["transnistria", "abkhazia"]);
    const extent = dataYearExtent(full)!;
    const late = csvData(await (await call("strength", "format=csv&c=transnistria,abkhazia&from=2030")).text()).slice(1).map((r) => r[0]!);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((m) => m.startsWith(String(extent.last)))).toBe(true);
  });

  it("downloads the conflicts table in the page's view, named and cited", async () => {
    const res = await call("conflicts", "format=csv&conflicts.sort=brdTotal:desc&conflicts.f.region=Post-Soviet%20space&conflicts.hide=ucdpIds&view_url=%2Fconflicts%3Fconflicts.sort%3DbrdTotal%3Adesc");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="parallax-conflicts-\d{4}-\d{2}-\d{2}\.csv"$/);
    const body = await res.text();
    const records = csvData(body);
    expect(records[0]).not.toContain("UCDP conflict ids");
    const deaths = records.slice(1).map((r) => Number(r[records[0]!.indexOf("Battle-related deaths, all years (UCDP BRD)")] || 0));
    expect(deaths).toEqual([...deaths].sort((a, b) => b - a));
    expect(records.slice(1).every((r) => r[1] === "Post-Soviet space")).toBe(true);
    expect(body).toContain("# View: http://localhost/conflicts?conflicts.sort=brdTotal:desc");
    expect(body).toMatch(/# Source: .*UCDP/);
  });

  it("gives a conflict's figures with source and locator, and the full table on request", async () => {
    const res = await call("figures", "format=csv&conflict=donbas&curated=true&scope=full");
    const records = csvData(await res.text());
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
    const rows = csvData(await full.text());
    expect(rows.length - 1).toBe(50001);
  });

  it("answers every table in every format with a named attachment", async () => {
    const tables: [string, string, string?][] = [
      ["annotations", "", "bob"],
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
    for (const [table, query, who] of tables) {
      for (const format of ["csv", "xlsx", "md"] as const) {
        const res = await call(table, `format=${format}${query}`, who);
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
      ["planets", "", "table"],
      ["planets", "format=pdf", "table"],
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
      const body = (await res.json()) as { error: { status: number; parameter: string; message: string } };
      expect(body.error).toMatchObject({ status: 400, parameter });
      expect(body.error.message.length).toBeGreaterThan(10);
    }
  });

  it("answers 400 naming an unknown view parameter, an unknown column, a repeated parameter, and a bad view even for the full table", async () => {
    const cases: [string, string, string, RegExp][] = [
      ["conflicts", "format=csv&conflicts.zzz=1", "conflicts.zzz", /Unknown view parameter “conflicts\.zzz”/],
      ["conflicts", "format=csv&conflicts.cols=zzz", "conflicts.cols", /Unknown view parameter “conflicts\.cols”/],
      ["conflicts", "format=csv&conflicts.f.zzz=1", "conflicts.f.zzz", /no column “zzz”/],
      ["conflicts", "format=csv&conflicts.hide=zzz", "conflicts.hide", /no column “zzz”/],
      ["conflicts", "format=csv&conflicts.show=name,zzz", "conflicts.show", /no column “zzz”/],
      ["figures", "format=csv&figures.bogus=1", "figures.bogus", /Unknown view parameter/],
      ["missions", "format=csv&conflicts.sort=name:asc", "conflicts.sort", /Unknown parameter/],
      ["comparison", "format=csv&c=donbas&table.zzz=1", "table.zzz", /Unknown view parameter “table\.zzz”/],
      ["comparison", "format=csv&c=donbas&table.f.donbas=1..2", "table.f.donbas", /Unknown view parameter/],
      ["comparison", "format=csv&c=donbas&table.hide=transnistria", "table.hide", /no column “transnistria”/],
      ["report", "format=xlsx&c=donbas&scope=full&table.sort=zzz:asc", "table.sort", /zzz/],
      ["conflicts", "format=csv&scope=full&conflicts.sort=zzz:asc", "conflicts.sort", /zzz:asc/],
      ["annotations", "format=csv&scope=full&notes.sort=zzz:asc", "notes.sort", /zzz:asc/],
      ["conflicts", "format=csv&format=xlsx", "format", /more than once/],
      ["conflicts", "format=csv&conflicts.sort=name:asc&conflicts.sort=name:desc", "conflicts.sort", /more than once/],
      ["report", "format=xlsx&c=donbas&annotations=maybe", "annotations", /include/],
      ["comparison", "format=csv&c=donbas&annotations=include", "annotations", /Unknown parameter/],
    ];
    for (const [table, query, parameter, message] of cases) {
      const res = await call(table, query, "alice");
      expect(res.status, `${table}?${query}`).toBe(400);
      const body = (await res.json()) as { error: { status: number; parameter: string; message: string } };
      expect(body.error, `${table}?${query}`).toMatchObject({ status: 400, parameter });
      expect(body.error.message, `${table}?${query}`).toMatch(message);
    }
    // What the pages write stays accepted.
    const ok = await call("conflicts", "format=csv&conflicts.sort=brdTotal:desc&conflicts.q=a&conflicts.f.region=Post-Soviet%20space&conflicts.hide=ucdpIds&conflicts.show=endDate&conflicts.group=region&conflicts.size=100&conflicts.page=1");
    expect(ok.status).toBe(200);
  });

  it("lists in Sources every source the exported conflicts' values rely on: the dossier, documents and both UCDP releases", async () => {
    const book = await workbook(await call("conflicts", "format=xlsx&scope=full"));
    const keys = sourcesOf(book).map((s) => s.Title);
    expect(keys).toEqual(expect.arrayContaining(["Peacekeeping: The Russian Way", "UCDP Battle-Related Deaths Dataset, dyadic version 24.1", "UCDP/PRIO Armed Conflict Dataset version 22.1", "UNSMIL welcomes agreement between Libyan parties on a permanent country-wide ceasefire"]));
    // The CSV's citation records name them too.
    const csv = strict(await (await call("conflicts", "format=csv")).text()).map((r) => r[0]!);
    expect(csv.some((c) => /^# Source: .*Peacekeeping: The Russian Way/.test(c) || /^# Source: .*ISPI/.test(c))).toBe(true);
    // Only what the exported rows and columns cite: Libya's status alone brings in the UNSMIL statement.
    const libyaless = await workbook(await call("conflicts", "format=xlsx&conflicts.f.region=Post-Soviet%20space"));
    expect(sourcesOf(libyaless).map((s) => s.Title)).not.toContain("UNSMIL welcomes agreement between Libyan parties on a permanent country-wide ceasefire");
    const namesOnly = await workbook(await call("conflicts", "format=xlsx&conflicts.hide=region,type,status,startDate,ucdpIds,brdTotal,brdPeak,brdPeakYear,yearsAtWar,missions,arguments,figures"));
    expect(sourcesOf(namesOnly)).toEqual([]);
  });

  it("lists the missions' document sources and mandates beside the SIPRI/IPI panel", async () => {
    const titles = sourcesOf(await workbook(await call("missions", "format=xlsx&scope=full"))).map((s) => s.Title ?? "");
    expect(titles).toEqual(expect.arrayContaining(["Peacekeeping: The Russian Way", "Peace operations monthly panel (SIPRI and IPI figures), 1993–2016", "NATO's role in Kosovo"]));
    expect(titles.some((t) => /Agreement on a Cease-Fire and Separation of Forces/i.test(t))).toBe(true);
  });

  it("writes years plainly: the conflicts' peak year and the deaths sheet's year", async () => {
    const md = await (await call("conflicts", "format=md&scope=full")).text();
    const header = md.split("\n").find((l) => l.startsWith("| Conflict |"))!.split(" | ");
    const peak = header.findIndex((h) => h === "Peak year");
    const rows = md.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| Conflict |") && !l.startsWith("| ---"));
    const peaks = rows.map((l) => l.split(" | ")[peak]!);
    expect(peaks.filter(Boolean).length).toBeGreaterThan(5);
    for (const year of peaks) expect(year).toMatch(/^((19|20)\d\d)?$/);
    const deaths = await (await call("deaths", "format=md&c=nagorno-karabakh,transnistria")).text();
    expect(deaths).toMatch(/\n\| 1991 \|/);
    expect(deaths).not.toContain("| 1,991 |");
    const book = await workbook(await call("conflicts", "format=xlsx&scope=full"));
    const sheet = book.worksheets[0]!;
    const cols = (sheet.getRow(1).values as unknown[]).slice(1);
    const nk = sheet.getColumn(1).values.findIndex((v) => v === "Nagorno-Karabakh conflict");
    const cell = (label: string) => sheet.getRow(nk).getCell(cols.indexOf(label) + 1);
    expect(typeof cell("Peak year").value).toBe("number");
    expect(cell("Peak year").numFmt).toBe("0");
    expect(cell("Battle-related deaths, all years (UCDP BRD)").numFmt).toBe("#,##0");
  });

  it("exports the notes the caller may read, in the notes table's view, and answers 401 without a session", async () => {
    const anonymous = await call("annotations", "format=csv");
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { status: 401, parameter: "table", message: expect.stringMatching(/Sign in/) } });

    const res = await call("annotations", "format=csv&scope=full", "alice");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="parallax-annotations-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const records = csvData(await res.text());
    const header = records[0]!;
    expect(header).toEqual(["Note", "Entry", "Kind of entry", "Author", "Tags", "Visibility", "Updated", "Written", "Version"]);
    const notes = records.slice(1).map((r) => r[0]).sort();
    expect(notes).toEqual(["'=1+1 Alice's team note on Donbas", "Alice's private note", "Bob's team note on Kosovo", "Bob's team note on Russia"]);
    const bobs = csvData(await (await call("annotations", "format=csv", "bob")).text()).slice(1).map((r) => r[0]).sort();
    expect(bobs).toEqual(["'=1+1 Alice's team note on Donbas", "Bob's private note", "Bob's team note on Kosovo", "Bob's team note on Russia"]);

    // The current view: search, a filter and hidden columns, as the page writes them.
    const view = csvData(await (await call("annotations", "format=csv&notes.q=donbas&notes.f.visibility=private&notes.hide=tags", "alice")).text());
    expect(view[0]).not.toContain("Tags");
    expect(view.slice(1).map((r) => r[0])).toEqual(["Alice's private note"]);
    const book = await workbook(await call("annotations", "format=xlsx", "alice"));
    expect(book.worksheets.map((w) => w.name)).toEqual(["Notes", "Sources"]);
    expect(book.worksheets[0]!.getColumn(1).values).toContain("'=1+1 Alice's team note on Donbas");
  });

  it("adds the team's notes on the report's entries when asked by a signed-in user, and answers 401 naming the parameter otherwise", async () => {
    const anonymous = await call("report", "format=xlsx&c=nagorno-karabakh,donbas&annotations=include");
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { status: 401, parameter: "annotations", message: expect.stringMatching(/sign/i) } });

    const plain = await workbook(await call("report", "format=xlsx&c=nagorno-karabakh,donbas", "alice"));
    expect(plain.worksheets.map((w) => w.name)).not.toContain("Annotations");

    const res = await call("report", "format=xlsx&c=nagorno-karabakh,donbas&annotations=include", "alice");
    expect(res.status).toBe(200);
    const book = await workbook(res);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Comparison", "Deaths by year", "Mission strength", "Mandate matrix", "Arguments", "Annotations", "Sources"]);
    const sheet = book.getWorksheet("Annotations")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(["Author", "Entry", "Kind of entry", "Tags", "Visibility", "Updated", "Note"]);
    const rows: string[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push((row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ""))));
    });
    const texts = rows.map((r) => r[6]).sort();
    // Donbas (compared) and Russia (a party to it): the team's notes and Alice's own private one; not Kosovo's, not Bob's private or deleted ones.
    expect(texts).toEqual(["'=1+1 Alice's team note on Donbas", "Alice's private note", "Bob's team note on Russia"]);
    const russia = rows.find((r) => r[6] === "Bob's team note on Russia")!;
    expect(russia.slice(0, 5)).toEqual(["bob", "Russia", "Actor", "casualties, e2e", "team"]);
    expect(russia[5]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
