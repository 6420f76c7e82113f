import fs from "node:fs";
import { parse } from "csv-parse/sync";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { validateRow } from "./fields";
import { acdRow } from "./ucdp-acd";
import { brdRow } from "./ucdp-brd";
import { gedRow } from "./ucdp-ged";
import { peaceOpsRow } from "./peace-ops";
import { owidRow } from "./owid-un-peacekeeping";
import { FILES, dataFile } from "./test-helpers";

/**
 * validateRow calls the cells' parse functions directly (fields.ts, for speed); zod's own
 * safeParse of the same schema must reach the same verdict, value and messages on every row of
 * the real files and on broken cells.
 */
function zodVerdict(schema: z.ZodType, cells: Record<string, string>) {
  const r = schema.safeParse(cells);
  if (r.success) return { ok: true, value: r.data };
  const seen = new Map<string, string>();
  for (const issue of r.error.issues) {
    const column = String(issue.path[0] ?? "(row)");
    if (!seen.has(column)) seen.set(column, issue.message);
  }
  return { ok: false, errors: [...seen].map(([column, expected]) => ({ column, expected })) };
}

function fastVerdict(schema: z.ZodType, cells: Record<string, string>) {
  const r = validateRow(schema, cells, 1);
  return r.ok ? { ok: true, value: r.value } : { ok: false, errors: r.errors.map(({ column, expected }) => ({ column, expected })) };
}

const BROKEN = ["", " ", "x", "-1", "1.5", "99999999999999999999", "1946", "2101", "2020-13-01", "7,646", "n/a"];

describe("validateRow agrees with zod", () => {
  const cases: [string, z.ZodType, string, number][] = [
    ["BRD", brdRow, FILES.brd, 300],
    ["ACD", acdRow, FILES.acd221, 300],
    ["GED", gedRow, FILES.gedSample, 300],
    ["peace-ops", peaceOpsRow, FILES.peaceOps, 300],
    ["OWID", owidRow, FILES.owid, 76],
  ];
  for (const [name, schema, file, n] of cases) {
    it(`on ${n} rows of the ${name} file and on broken cells in every column`, () => {
      const rows = (parse(fs.readFileSync(dataFile(file)), { columns: true, bom: true }) as Record<string, string>[]).slice(0, n);
      const columns = Object.keys((schema as unknown as { shape: Record<string, unknown> }).shape);
      let compared = 0;
      for (const row of rows) {
        const cells = Object.fromEntries(columns.filter((c) => c in row).map((c) => [c, row[c]!]));
        expect(fastVerdict(schema, cells)).toEqual(zodVerdict(schema, cells));
        compared++;
      }
      const first = Object.fromEntries(columns.filter((c) => c in rows[0]!).map((c) => [c, rows[0]![c]!]));
      for (const column of Object.keys(first)) {
        for (const value of BROKEN) {
          const cells = { ...first, [column]: value };
          expect(fastVerdict(schema, cells), `${column} = ${JSON.stringify(value)}`).toEqual(zodVerdict(schema, cells));
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(n);
    });
  }
});
