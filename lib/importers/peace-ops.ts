import { z } from "zod";
import { readCsv } from "./csv";
import { codeCell, numberCell, patternCell, shown, textCell, validateRow, yearCell } from "./fields";
import { figureWriter } from "./figures";
import type { ImportContext } from "./run";
import type { MeasureKey } from "../measures";

/**
 * Peace-operations mission-month panel of SIPRI and IPI figures
 * (peace-operations-monthly-sipri-ipi-1993-2016.csv). For every mission-month:
 * - variant "SIPRI": SIPRI_troops/_police/_observers/_totals where the cell is not empty;
 * - variant "IPI": IPI_* likewise;
 * - variant "panel monthly": totals_iepo, the panel's monthly series (see the registry note in
 *   datasets.ts for what the iepo/ipo/backward columns turned out to be).
 *
 * The file repeats a mission-month once per UCDP conflict episode (conflictid, episodenum,
 * activity, incomp change; the figures do not). A repeat is merged when every other column
 * agrees with the first occurrence, and is an error when one differs. Not compared: the episode
 * columns and *_ipo, which the panel interpolates within each episode (so a second episode can
 * leave it blank where the first has a value) and which Parallax does not import.
 *
 * Memory: the first occurrence of each mission-month is kept (its compared cells) to check
 * repeats against, which are not adjacent in the file. That is bounded by the panel's size
 * (6,422 mission-months, under 2 MB), not by the file's rows.
 */
const DATE = /^(\d{4})m(1[0-2]|[1-9])$/;

const series = ["troops", "police", "observers", "totals"] as const;
const measureOf: Record<(typeof series)[number], MeasureKey> = {
  troops: "troops",
  police: "police",
  observers: "observers",
  totals: "personnel",
};
const count = () => numberCell({ min: 0, optional: true });

export const peaceOpsRow = z.object({
  location: textCell({ required: true }),
  date: patternCell(DATE, 'a month as YYYYmM, e.g. "1997m3"'),
  year: yearCell(),
  missionid: patternCell(/^\d+$/, "a mission id (digits)"),
  mission: textCell({ required: true }),
  org: codeCell([1, 2, 3], "UN, regional, EU/other"),
  SIPRI_troops: count(),
  SIPRI_police: count(),
  SIPRI_observers: count(),
  SIPRI_totals: count(),
  IPI_troops: count(),
  IPI_police: count(),
  IPI_observers: count(),
  IPI_totals: count(),
  totals_iepo: numberCell({ min: 0 }),
});

export const peaceOpsColumns = {
  required: Object.keys(peaceOpsRow.shape),
  schema: peaceOpsRow,
} as const;

/** Columns that may differ between the repeats of a mission-month. */
const EPISODE_COLUMNS = new Set(["conflictid", "episodenum", "activity", "incomp"]);
const notCompared = (name: string) => EPISODE_COLUMNS.has(name) || name.endsWith("_ipo");

export async function importPeaceOps(ctx: ImportContext): Promise<void> {
  const figures = figureWriter(ctx.db);
  const seen = new Map<string, { line: number; values: string[] }>();
  let compared: number[] | undefined;

  for await (const { line, cells, record, header, dialect } of readCsv(ctx, peaceOpsColumns)) {
    const parsed = validateRow(peaceOpsRow, cells, line, dialect);
    if (!parsed.ok) {
      ctx.rowErrors(parsed.errors);
      continue;
    }
    const r = parsed.value;
    const [, y, m] = DATE.exec(r.date)!;
    const year = Number(y);
    const month = Number(m);
    if (r.year !== year) {
      ctx.rowErrors([{ line, column: "year", value: cells.year ?? "", expected: `${year}, the year of date ${r.date}` }]);
      continue;
    }

    // Repeats of a mission-month (one per conflict episode).
    compared ??= header.map((name, i) => (notCompared(name) ? -1 : i)).filter((i) => i >= 0);
    const rowKey = `missionid=${r.missionid};date=${r.date}`;
    const values = compared.map((i) => record[i]!);
    const first = seen.get(rowKey);
    if (first) {
      const differing = compared.map((col, k) => (values[k] !== first.values[k] ? col : -1)).filter((col) => col >= 0);
      if (differing.length === 0) {
        ctx.merge();
      } else {
        ctx.rowErrors(
          differing.map((col) => ({
            line,
            column: header[col]!,
            value: shown(record[col]),
            expected: `"${shown(first.values[compared!.indexOf(col)])}" as on line ${first.line}, the same mission-month (${rowKey}) for another conflict episode`,
          })),
        );
      }
      continue;
    }
    seen.set(rowKey, { line, values });
    if (ctx.failed) continue;

    const sourceId = ctx.sourceId();
    const base = {
      year,
      month,
      periodStart: `${y}-${String(month).padStart(2, "0")}`,
      subject: `${r.mission.trim()} (${r.location.trim()})`,
      pkoMissionId: r.missionid,
      sourceId,
      rowKey,
      rowNumber: line,
    };
    let written = 0;
    for (const variant of ["SIPRI", "IPI"] as const) {
      for (const s of series) {
        const value = r[`${variant}_${s}`];
        if (value === null) continue; // no report that month: normal, not counted as skipped
        figures.insert({ ...base, measure: measureOf[s], best: value, variant });
        written++;
      }
    }
    figures.insert({ ...base, measure: "personnel", best: r.totals_iepo, variant: "panel monthly" });
    ctx.wrote("Figure", written + 1);
  }
}
