import { describe, expect, it } from "vitest";
import type { CompareClientData, CompareMission } from "../queries/compare";
import type { MandateView } from "../queries/mandates";
import { cellKey, mandateMatrix, matrixCell, matrixCellText, matrixColumnLabel, NO_INSTRUMENT, parseCell } from "./matrix";

const clause = (c: string, status: string, text: string | null): MandateView["clauses"][number] => ({ clause: c, status, text, citation: null });
const mandate = (slug: string, documentDate: string | null, clauses: MandateView["clauses"]): MandateView => ({
  slug,
  title: `Instrument ${slug}`,
  documentDate,
  signatories: "",
  legalBasis: null,
  excerpt: null,
  url: null,
  citation: null,
  clauses,
});
const mission = (slug: string, conflictSlugs: string[], mandates: MandateView[]): CompareMission => ({
  id: slug.length,
  slug,
  name: slug,
  acronym: null,
  kind: "peace_operation",
  category: "peace_operation",
  status: "active",
  startDate: null,
  endDate: null,
  lead: null,
  conflictSlugs,
  mandates,
  sizeFigures: [],
});
const conflict = (slug: string) => ({ slug, shortName: slug }) as CompareClientData["conflicts"][number];

const data = {
  conflicts: [conflict("abkhazia"), conflict("georgia")],
  missions: [
    // As the query orders them: by date, oldest first.
    mission("cispkf", ["abkhazia", "georgia"], [
      mandate("decision-1994", "1994", [clause("size_cap", "specified", "Two to three thousand")]),
      mandate("moscow-1994", "1994-05-14", [clause("size_cap", "not_coded", null)]),
      mandate("mandate-1995", "1995-05-26", []),
    ]),
    mission("unomig", ["abkhazia"], []),
  ],
};

describe("the mandate matrix", () => {
  it("has one column per mission, once, under the first selected conflict it belongs to", () => {
    const columns = mandateMatrix(data);
    expect(columns.map((c) => [c.key, c.conflict])).toEqual([
      ["cispkf", "abkhazia"],
      ["unomig", "abkhazia"],
    ]);
    expect(columns[0]!.instruments.map((d) => d.slug)).toEqual(["mandate-1995", "moscow-1994", "decision-1994"]);
  });

  it("gives each instrument's word on a clause, newest first; none for a mission without an instrument", () => {
    const [cis, unomig] = mandateMatrix(data);
    expect(matrixCell(cis!, "size_cap").map((e) => [e.mandate.slug, e.status, e.clause?.text ?? null])).toEqual([
      ["mandate-1995", "not_coded", null],
      ["moscow-1994", "not_coded", null],
      ["decision-1994", "specified", "Two to three thousand"],
    ]);
    expect(matrixCell(unomig!, "size_cap")).toEqual([]);
    expect(matrixCellText(unomig!, "tasks")).toBe(NO_INSTRUMENT);
    expect(matrixCellText(cis!, "size_cap").split("\n")).toEqual([
      "Instrument mandate-1995 (26 May 1995) — Not yet coded",
      "Instrument moscow-1994 (14 May 1994) — Not yet coded",
      "Instrument decision-1994 (1994) — Specified: Two to three thousand",
    ]);
    expect(matrixColumnLabel(cis!, "Abkhazia")).toBe("Abkhazia — cispkf: 3 instruments, newest first");
    expect(matrixColumnLabel(unomig!, "Abkhazia")).toBe("Abkhazia — unomig: no instrument recorded");
  });

  it("reads the chosen cell from the URL and names a wrong one", () => {
    const columns = mandateMatrix(data);
    expect(parseCell(cellKey("cispkf", "size_cap"), columns).cell?.column.key).toBe("cispkf");
    expect(parseCell(null, columns)).toEqual({ cell: null, problem: null });
    expect(parseCell("atlantis.tasks", columns).problem).toMatch(/^cell: the matrix has no mission “atlantis”/);
    expect(parseCell("cispkf.nope", columns).problem).toMatch(/^cell: “nope” is not a clause of the matrix/);
  });
});
