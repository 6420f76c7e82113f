import fs from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDb, tableCounts } from "../../tests/helpers/test-db";
import { FILES, copyOf, csvCells, dataFile, scratch, setCell } from "../importers/test-helpers";

/**
 * The server actions of /imports and /unmapped, called directly with FormData as a form posts it,
 * against a copy of the seeded database (DATABASE_URL is set before the modules load).
 * next/cache's revalidatePath needs a Next request; here it is a spy.
 */
const revalidatePath = vi.fn();
vi.mock("next/cache", () => ({ revalidatePath: (...args: unknown[]) => revalidatePath(...args) }));
// These tests are about importing: the caller is an admin. Refusals of viewers and anonymous
// callers are tested with real sessions in actions.test.ts.
vi.mock("../permissions", async (original) => ({
  ...(await original<typeof import("../permissions")>()),
  requireRole: async () => ({ id: "admin-test", email: "admin@example.org", name: "Admin", role: "admin" }),
}));

let t: ReturnType<typeof createTestDb>;
let s: ReturnType<typeof scratch>;
let actions: typeof import("./imports");
let queries: typeof import("../queries/imports");

const upload = { ok: false, message: "", errors: {}, report: null };
const idle = { ok: false, message: "", errors: {} };

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

function fileOf(path: string, name: string): File {
  return new File([fs.readFileSync(path)], name, { type: "text/csv" });
}

/** ACD 20.1 re-labelled 19.1, or another older release (the newest stays the seed's 22.1). */
function acd191(edit?: (lines: string[]) => string[], version = "19.1"): string {
  return copyOf(s.dir, FILES.acd201, {
    as: `acd-${Math.random().toString(36).slice(2)}.csv`,
    edit: (lines) => {
      const relabelled = lines.map((l, i) => (i === 0 ? l : setCell(l, lines[0]!, "version", version)));
      return edit ? edit(relabelled) : relabelled;
    },
  });
}

beforeAll(async () => {
  t = createTestDb({ seeded: true });
  s = scratch();
  process.env.DATABASE_URL = `file:${t.file}`;
  actions = await import("./imports");
  queries = await import("../queries/imports");
});
afterAll(() => {
  t.cleanup();
  s.cleanup();
});
beforeEach(() => revalidatePath.mockClear());

describe("uploadImport", () => {
  it("imports an uploaded file with the same detection and report as the command line", async () => {
    const r = await actions.uploadImport(upload, form({ file: fileOf(acd191(), "ucdp-prio-acd-v19.1.csv"), dataset: "", version: "" }));
    expect(r.ok).toBe(true);
    expect(r.report).toMatchObject({ status: "imported", dataset: "ucdp-acd", version: "19.1", rowsRead: 2448, detected: "detected from the header (the UCDP/PRIO ACD columns)" });
    expect(r.message).toMatch(/^Imported ucdp-prio-acd-v19\.1\.csv as UCDP\/PRIO ACD 19\.1: 2,448 rows read/);
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
    const acd = queries.releasesOf("ucdp-acd");
    expect(acd.map((x) => [x.version, x.latest])).toEqual([
      ["22.1", true],
      ["20.1", false],
      ["19.1", false],
    ]);
    // Who uploaded it: the signed-in admin of the session the action checked.
    expect(acd[2]).toMatchObject({ fileName: "ucdp-prio-acd-v19.1.csv", importedBy: "web upload: Admin", acdRows: 2448 });
    // 19.1 is older than the seed's 20.1 and 22.1: it supersedes nothing, every row is new, and pages keep showing 22.1.
    expect(r.report).toMatchObject({ previous: null, latest: false, new: 2448, updated: 0, unchanged: 0, removed: 0, derivedFigures: 0 });

    // The same bytes again: unchanged, and said so.
    const again = await actions.uploadImport(upload, form({ file: fileOf(acd191(), "again.csv") }));
    expect(again).toMatchObject({ ok: true, report: { status: "unchanged", unchanged: 2448 } });
    expect(again.message).toMatch(/already imported as UCDP\/PRIO ACD 19\.1 .*imported from ucdp-prio-acd-v19\.1\.csv.*nothing changed/);
  });

  it("rejects a bad upload with its errors by line and writes nothing", async () => {
    const before = tableCounts(t.db);
    const broken = acd191(
      (lines) => lines.map((l, i) => (i === 4 ? setCell(l, lines[0]!, "intensity_level", "3") : i === 9 ? setCell(l, lines[0]!, "year", "1890") : l)),
      "18.1",
    );
    const r = await actions.uploadImport(upload, form({ file: fileOf(broken, "ucdp-prio-acd-v18.1.csv"), version: "17.1" }));
    expect(r.ok).toBe(false);
    expect(r.report?.status).toBe("rejected");
    // The file's version column says 18.1 and the form says 17.1: every row disagrees; the two broken rows say more.
    expect(r.report!.errors.slice(0, 4)).toEqual([
      { line: 2, column: "version", value: "18.1", expected: "17.1, the version given for this import" },
      { line: 3, column: "version", value: "18.1", expected: "17.1, the version given for this import" },
      { line: 4, column: "version", value: "18.1", expected: "17.1, the version given for this import" },
      { line: 5, column: "intensity_level", value: "3", expected: "one of 1, 2 (minor, war)" },
    ]);
    expect(tableCounts(t.db)).toEqual(before);
    expect(revalidatePath).not.toHaveBeenCalled();

    const rows = await actions.uploadImport(upload, form({ file: fileOf(broken, "ucdp-prio-acd-v18.1.csv") }));
    expect(rows.report!.errors).toEqual([
      { line: 5, column: "intensity_level", value: "3", expected: "one of 1, 2 (minor, war)" },
      { line: 10, column: "year", value: "1890", expected: `a year from 1946 to ${new Date().getUTCFullYear() + 1} (no later than next year)` },
    ]);
    expect(rows.message).toMatch(/^Rejected ucdp-prio-acd-v18\.1\.csv as UCDP\/PRIO ACD 18\.1: 2 rows have errors; first: line 5, intensity_level "3"/);
    expect(tableCounts(t.db)).toEqual(before);
  });

  it("refuses an unknown format, an empty file, no file and bad fields, writing nothing", async () => {
    const before = tableCounts(t.db);
    const unknown = await actions.uploadImport(upload, form({ file: fileOf(dataFile("geo-pko-v2-deployments.csv"), "geo-pko.csv") }));
    expect(unknown).toMatchObject({ ok: false, report: { status: "rejected", dataset: null } });
    expect(unknown.message).toMatch(/its header matches no data set Parallax imports/);
    expect(unknown.report!.errors.map((e) => e.expected.split(" (")[0])).toContain("UCDP BRD");

    const empty = await actions.uploadImport(upload, form({ file: new File([], "empty.csv") }));
    expect(empty).toMatchObject({ ok: false, report: null, errors: { file: ["The file is empty: choose a data file (CSV, or GeoJSON for UCDP GED)."] } });
    const none = await actions.uploadImport(upload, form({}));
    expect(none.errors.file).toEqual(["Choose a file to import."]);
    const bad = await actions.uploadImport(upload, form({ file: fileOf(dataFile(FILES.owid), "owid.csv"), dataset: "movies", dateOrder: "ymd" }));
    expect(Object.keys(bad.errors).sort()).toEqual(["dataset", "dateOrder"]);
    expect(tableCounts(t.db)).toEqual(before);
  });

  it("validates without writing on a dry run", async () => {
    const before = tableCounts(t.db);
    const r = await actions.uploadImport(upload, form({ file: fileOf(dataFile(FILES.gedSample), "ucdp-ged-v23.2-sample.csv"), dryRun: "on" }));
    expect(r).toMatchObject({ ok: true, report: { status: "dry-run", dataset: "ucdp-ged", version: "23.2", rowsRead: 1000 } });
    expect(tableCounts(t.db)).toEqual(before);
  });

  it("summarises a new release against the one it supersedes, as the revisions table counts it", async () => {
    // ACD 20.1 with two intensities recoded, one conflict-year dropped and one added, as 21.1: it
    // supersedes the seed's 20.1, and 22.1 stays the release pages show (the tests below use it).
    const file = copyOf(s.dir, FILES.acd201, {
      as: "ucdp-prio-acd-v21.1.csv",
      edit: (lines) => {
        const header = lines[0]!;
        const out = lines.map((l, i) => (i === 0 ? l : setCell(l, header, "version", "21.1")));
        for (const i of [3, 30]) out[i] = setCell(out[i]!, header, "intensity_level", csvCells(out[i]!)[csvCells(header).indexOf("intensity_level")] === "1" ? "2" : "1");
        const added = setCell(out[5]!, header, "year", "2020");
        out.splice(7, 1);
        return [...out, added];
      },
    });
    const r = await actions.uploadImport(upload, form({ file: fileOf(file, "ucdp-prio-acd-v21.1.csv") }));
    expect(r.ok).toBe(true);
    expect(r.report).toMatchObject({
      status: "imported",
      rowsRead: 2448,
      rejected: 0,
      previous: { version: "20.1", shortTitle: "UCDP/PRIO ACD 20.1" },
      latest: false,
      new: 1,
      updated: 2,
      unchanged: 2448 - 3,
      removed: 1,
    });
    const pair = queries.listRevisionPairs().find((p) => p.dataset === "ucdp-acd" && p.to.version === "21.1")!;
    expect(pair.from.version).toBe("20.1");
    expect(pair.counts).toEqual({ added: r.report!.new, changed: r.report!.updated, removed: r.report!.removed });
  });
});

describe("linkUcdpConflict", () => {
  it("links an unmapped UCDP conflict to an existing conflict, which takes it off the unmapped list", async () => {
    expect(queries.listUnmappedConflicts({ q: "11342" }).rows).toHaveLength(1);
    const r = await actions.linkUcdpConflict(idle, form({ ucdpConflictId: "11342", conflict: "kosovo", fromYear: "2012", toYear: "2014" }));
    expect(r).toMatchObject({ ok: true, href: "/conflicts/kosovo", errors: {} });
    expect(r.message).toBe(
      "Linked UCDP conflict 11342 (Government of India – GNLA (India)) to Kosovo conflict for 2012–2014: its UCDP figures now count for that conflict.",
    );
    expect(t.db.prepare(`SELECT "fromYear", "toYear" FROM "ConflictUcdpLink" WHERE "ucdpConflictId" = 11342`).all()).toEqual([{ fromYear: 2012, toYear: 2014 }]);
    expect(queries.listUnmappedConflicts({ q: "11342" }).rows).toHaveLength(0);
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");

    const again = await actions.linkUcdpConflict(idle, form({ ucdpConflictId: "11342", conflict: "kosovo" }));
    expect(again).toMatchObject({ ok: false, message: "UCDP conflict 11342 is already linked to Kosovo conflict." });
  });

  it("explains what is wrong with a link and writes nothing", async () => {
    const before = tableCounts(t.db);
    expect((await actions.linkUcdpConflict(idle, form({ ucdpConflictId: "204" }))).errors).toEqual({ conflict: ["Choose the Parallax conflict to link it to."] });
    expect((await actions.linkUcdpConflict(idle, form({ ucdpConflictId: "204", conflict: "atlantis" }))).errors).toEqual({ conflict: ['There is no conflict "atlantis".'] });
    expect((await actions.linkUcdpConflict(idle, form({ ucdpConflictId: "204", conflict: "kosovo", fromYear: "1950", toYear: "1948" }))).errors).toEqual({
      toYear: ["The first year comes before the last."],
    });
    expect((await actions.linkUcdpConflict(idle, form({ ucdpConflictId: "abc", conflict: "kosovo" }))).errors).toEqual({ ucdpConflictId: ["A UCDP conflict id."] });
    expect((await actions.linkUcdpConflict(idle, form({ ucdpConflictId: "999999", conflict: "kosovo" }))).message).toBe(
      "UCDP conflict 999999 is in none of the newest UCDP releases; nothing was linked.",
    );
    expect(tableCounts(t.db)).toEqual(before);
  });
});

describe("createConflictFromUcdp", () => {
  const conflict = (slug: string) => t.db.prepare(`SELECT * FROM "Conflict" WHERE slug = ?`).get(slug) as Record<string, unknown> | undefined;
  const citation = (id: unknown) => t.db.prepare(`SELECT c."rowKey", s.key FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId" WHERE c.id = ?`).get(id);

  it("creates a conflict from an ended ACD conflict, with region, type, status and citations from the release rows", async () => {
    const r = await actions.createConflictFromUcdp(idle, form({ ucdpConflictId: "203" }));
    expect(r).toMatchObject({ ok: true, href: "/conflicts/greece-ucdp-203" });
    const c = conflict("greece-ucdp-203")!;
    expect(c).toMatchObject({
      name: "Government of Greece – DSE (Greece)",
      shortName: "Greece",
      region: "Europe",
      type: "intrastate",
      status: "ended",
      statusAsOf: "2021",
      startDate: expect.stringMatching(/^1946/),
      inDossier: 0,
    });
    expect(c.summary).toMatch(
      /^Created from UCDP data, not discussed in the dossier\. UCDP\/PRIO ACD 22\.1 codes UCDP conflict 203 as Government of Greece against DSE in Greece, over government: 4 conflict-years between 1946 and 1949, \d at war intensity\./,
    );
    expect(citation(c.statusCitationId)).toEqual({ rowKey: "conflict_id=203;year=1949", key: "ucdp-acd@22.1" });
    expect(citation(c.startCitationId)).toEqual({ rowKey: "conflict_id=203;year=1946 (start_date)", key: "ucdp-acd@22.1" });
    expect(c.endDate).toMatch(/^1949/);
    expect(t.db.prepare(`SELECT "ucdpConflictId" FROM "ConflictUcdpLink" WHERE "conflictId" = ?`).all(c.id)).toEqual([{ ucdpConflictId: 203 }]);
    expect((await actions.createConflictFromUcdp(idle, form({ ucdpConflictId: "203" }))).message).toBe(
      "UCDP conflict 203 is already linked to Government of Greece – DSE (Greece); no conflict was created.",
    );
  });

  it("creates an active conflict from BRD alone when ACD does not have it", async () => {
    const r = await actions.createConflictFromUcdp(idle, form({ ucdpConflictId: "15256", name: "Benin: JNIM insurgency", type: "intrastate" }));
    expect(r.ok).toBe(true);
    const c = conflict(r.href!.replace("/conflicts/", ""))!;
    expect(c).toMatchObject({ name: "Benin: JNIM insurgency", status: "active", statusAsOf: "2023", startDate: "2022", region: "Not coded by UCDP" });
    expect(citation(c.statusCitationId)).toMatchObject({ key: "ucdp-brd@24.1", rowKey: expect.stringMatching(/^conflict_id=15256;dyad_id=\d+;year=2023$/) });
  });

  it("creates no conflict from GED's non-state conflicts (their own UCDP ids): they are linked instead", async () => {
    const before = tableCounts(t.db);
    const r = await actions.createConflictFromUcdp(idle, form({ ucdpConflictId: "13384", type: "intrastate" }));
    expect(r).toMatchObject({ ok: false, errors: {} });
    expect(r.message).toBe(
      "UCDP 13384 is a non-state conflict (no government among its sides) in UCDP GED, not a state-based conflict; no conflict was created. Link it to the conflict it belongs to instead.",
    );
    expect(tableCounts(t.db)).toEqual(before);
  });

  it("asks for the type of an extrasystemic conflict, which Parallax has no type for", async () => {
    const before = tableCounts(t.db);
    const r = await actions.createConflictFromUcdp(idle, form({ ucdpConflictId: "204" }));
    expect(r).toMatchObject({ ok: false, errors: { type: ["UCDP codes it extrasystemic (type 1), which Parallax has no type for: choose one."] } });
    expect(tableCounts(t.db)).toEqual(before);
    const typed = await actions.createConflictFromUcdp(idle, form({ ucdpConflictId: "204", type: "interstate" }));
    expect(typed).toMatchObject({ ok: true, href: "/conflicts/indonesia-ucdp-204" });
    expect(conflict("indonesia-ucdp-204")).toMatchObject({ type: "interstate", region: "Asia" });
  });
});
