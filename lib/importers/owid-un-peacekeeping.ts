import { z } from "zod";
import type { MeasureKey } from "../measures";
import { readCsv } from "./csv";
import { intCell, oneOfCell, validateRow, yearCell } from "./fields";
import { figureWriter } from "./figures";
import type { ImportContext } from "./run";

/**
 * Our World in Data, UN peacekeeping worldwide per year (owid-un-peacekeeping-1947-2022.csv):
 * per year up to five figures (missions, total force, police, observers, troops). Empty cells
 * (the incomplete last year) are skipped and counted. The figures belong to the UN: actorId is
 * the Actor with slug "un" when the database has one.
 */
export const owidValueColumns: readonly { column: string; measure: MeasureKey }[] = [
  { column: "Number of peacekeeping missions (United Nations Peacekeeping)", measure: "missions" },
  { column: "Size of total peacekeeping force (United Nations Peacekeeping)", measure: "personnel" },
  { column: "Civilian police (peacekeepers) (United Nations Peacekeeping)", measure: "police" },
  { column: "Military Observers and staff officers (peacekeepers) (United Nations Peacekeeping)", measure: "observers" },
  { column: "Troops (peacekeepers) (United Nations Peacekeeping)", measure: "troops" },
];

const countOrEmpty = () => intCell({ min: 0, nullable: true, expected: "a count (a whole number ≥ 0), or empty" });

export const owidRow = z.object({
  Entity: oneOfCell(["World"]),
  Year: yearCell(),
  ...Object.fromEntries(owidValueColumns.map(({ column }) => [column, countOrEmpty()])),
}) as unknown as z.ZodType<{ Entity: string; Year: number; [column: string]: unknown }, Record<string, string>>;

export const owidColumns = {
  required: ["Entity", "Year", ...owidValueColumns.map(({ column }) => column)],
  schema: owidRow,
} as const;

export async function importOwidUnPeacekeeping(ctx: ImportContext): Promise<void> {
  const figures = figureWriter(ctx.db);
  const un = ctx.db.prepare(`SELECT "id" FROM "Actor" WHERE "slug" = 'un'`).get() as { id: number } | undefined;

  for await (const { line, cells, dialect } of readCsv(ctx, owidColumns)) {
    const parsed = validateRow(owidRow, cells, line, dialect);
    if (!parsed.ok) {
      ctx.rowErrors(parsed.errors);
      continue;
    }
    const r = parsed.value;
    if (ctx.failed) continue;
    const sourceId = ctx.sourceId();
    const rowKey = `year=${r.Year}`;
    for (const { column, measure } of owidValueColumns) {
      const value = r[column] as number | null | undefined;
      if (value === null || value === undefined) {
        ctx.skip();
        continue;
      }
      const ok = figures.insert({
        measure,
        best: value,
        year: r.Year,
        subject: "UN peacekeeping, all missions",
        actorId: un?.id ?? null,
        sourceId,
        rowKey,
        rowNumber: line,
      });
      if (ok) ctx.wrote("Figure");
      else {
        ctx.rowErrors([
          { line, column: "Year", value: String(r.Year), expected: `one row per year (line ${figures.lineOf(sourceId, rowKey) ?? "?"} has the same)` },
        ]);
        break;
      }
    }
  }
}
