import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../tests/helpers/test-db";
import { importFile } from "../../lib/importers";
import { FILES, copyOf, scratch, setCell } from "../../lib/importers/test-helpers";

/**
 * <RevisionsTable conflictId=… /> as the conflict page will render it: on the seeded database
 * (ACD 20.1 and 22.1) plus a BRD 24.2 made here with Nagorno-Karabakh 2020 revised.
 */
let t: ReturnType<typeof createTestDb>;
let s: ReturnType<typeof scratch>;
let RevisionsTable: typeof import("./revisions-table").RevisionsTable;
const conflictId = (slug: string) => (t.db.prepare(`SELECT id FROM "Conflict" WHERE slug = ?`).get(slug) as { id: number }).id;

beforeAll(async () => {
  t = createTestDb({ seeded: true });
  s = scratch();
  process.env.DATABASE_URL = `file:${t.file}`;
  const file = copyOf(s.dir, FILES.brd, {
    as: "ucdp-brd-dyadic-v24.2.csv",
    edit: (lines) =>
      lines.map((l, i) => (i === 0 ? l : i === 1631 ? setCell(setCell(l, lines[0]!, "version", "24.2"), lines[0]!, "bd_best", "7000") : setCell(l, lines[0]!, "version", "24.2"))),
  });
  expect((await importFile(t.db, { file })).status).toBe("imported");
  ({ RevisionsTable } = await import("./revisions-table"));
});
afterAll(() => {
  t.cleanup();
  s.cleanup();
});

describe("RevisionsTable", () => {
  it("shows a conflict's revised BRD dyad-year with both releases' values and the difference", () => {
    const html = renderToStaticMarkup(<RevisionsTable conflictId={conflictId("nagorno-karabakh")} />);
    expect(html).toContain("UCDP BRD: 24.1 → 24.2");
    expect(html).toContain("UCDP BRD: 24.1 → 24.2: 1 revised, 0 added, 0 removed");
    expect(html).toContain("conflict_id=388;dyad_id=833;year=2020");
    expect(html).toContain("7,646 (7,548–9,077)");
    expect(html).toContain("7,000 (7,548–9,077)");
    expect(html).toContain("−646 (−8.4 %)");
    expect(html).toContain("UCDP/PRIO ACD: 20.1 → 22.1");
  });

  it("says so when nothing of the conflict changed", () => {
    const html = renderToStaticMarkup(<RevisionsTable conflictId={conflictId("transnistria")} />);
    expect(html).toContain("No value of this conflict changed between UCDP BRD 24.1 and UCDP BRD 24.2.");
  });
});
