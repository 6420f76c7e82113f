import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { locateQuote, quoteWithinLines } from "../lib/dossier/text";
import { createTestDb } from "./helpers/test-db";

/**
 * Every dossier quote stored in the database must occur in the dossier's text, inside the line
 * range it is cited with (allowing only for the PDF artefacts the dossier's README lists), so a
 * quote can never drift from its source.
 */
describe("dossier quotes in the database", () => {
  let t: ReturnType<typeof createTestDb>;
  beforeAll(() => {
    t = createTestDb({ seeded: true });
  });
  afterAll(() => t.cleanup());

  it("occur in the dossier, within their cited lines", () => {
    const rows = t.db
      .prepare(`SELECT c.id, c.quote, c."lineStart", c."lineEnd" FROM "Citation" c WHERE c."articleId" IS NOT NULL`)
      .all() as { id: number; quote: string; lineStart: number; lineEnd: number }[];
    expect(rows.length).toBeGreaterThan(100);
    const drifted = rows.filter((r) => !quoteWithinLines(r.quote, r.lineStart, r.lineEnd)).map((r) => `citation ${r.id}: “${r.quote}” (${r.lineStart}–${r.lineEnd})`);
    expect(drifted).toEqual([]);
  });

  it("are the arguments' own quotes", () => {
    const mismatched = t.db
      .prepare(`SELECT g.slug FROM "Argument" g JOIN "Citation" c ON c.id = g."citationId" WHERE c.quote <> g.quote OR c."articleId" <> g."articleId"`)
      .all();
    expect(mismatched).toEqual([]);
  });

  it("would catch a changed word, a wrong line range and a made-up quote", () => {
    expect(quoteWithinLines("the death toll in the conflict in Ukraine was 4,441 in 2014", 693, 696)).toBe(true);
    expect(quoteWithinLines("the death toll in the conflict in Ukraine was 4,893 in 2014", 693, 696)).toBe(false);
    expect(quoteWithinLines("the death toll in the conflict in Ukraine was 44,41 in 2014", 693, 696)).toBe(false);
    expect(quoteWithinLines("the death toll in the conflict in Ukraine was 4441 in 2014", 693, 696)).toBe(false);
    expect(quoteWithinLines("the death toll in the conflict in Ukraine was 4,441 in 2014", 700, 720)).toBe(false);
    expect(locateQuote("Russia deployed 10,000 peacekeepers to Donbas").found).toBe(false);
  });

  it("allow for the PDF artefacts: lost drop caps, glued hyphens, page furniture, a bio inside a sentence", () => {
    expect(locateQuote("Russian peacekeepers and contractors are active in many conflict areas")).toMatchObject({ found: true, lineStart: 1 });
    expect(locateQuote("from Nagorno-Karabakh or the Central Asian Republic (CAR)").found).toBe(true);
    expect(locateQuote("limited to 1,960 personnel with small arms")).toMatchObject({ found: true, lineStart: 372, lineEnd: 377 });
    expect(locateQuote("and 1,315 in 2015 (making 2014 and2015 the high-intensity stage of the conflict). Meanwhile, the 2014 civil wars in Syria").found).toBe(true);
  });
});
