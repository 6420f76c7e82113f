import Link from "next/link";
import { formatNumber } from "@/lib/format";
import { measures, type MeasureKey } from "@/lib/measures";
import type { Revision, ValueRange } from "@/lib/queries/imports";

const CHANGE_LABEL = { changed: "revised", added: "added", removed: "removed" } as const;

function range(v: ValueRange | null): string {
  if (!v) return "—";
  const main = formatNumber(v.best);
  return v.low !== null && v.high !== null && (v.low !== v.best || v.high !== v.best) ? `${main} (${formatNumber(v.low)}–${formatNumber(v.high)})` : main;
}

function difference(before: ValueRange | null, after: ValueRange | null): string {
  if (!before || !after || before.best === null || after.best === null) return "";
  const d = after.best - before.best;
  if (d === 0) return "best unchanged";
  const pct = before.best !== 0 ? ` (${d > 0 ? "+" : "−"}${Math.abs((d / before.best) * 100).toFixed(1)} %)` : "";
  return `${d > 0 ? "+" : "−"}${formatNumber(Math.abs(d))}${pct}`;
}

function what(r: Extract<Revision, { kind: "figure" }>): string {
  const m = measures[r.measure as MeasureKey];
  return `${m?.label ?? r.measure}${r.variant ? `, ${r.variant}` : ""}`;
}

/**
 * Revised values between two releases, one row per value (a figure, or an ACD conflict-year's
 * coded fields), with both values and the difference. The figures link to their provenance pages.
 */
export function RevisionRows({ rows, fromLabel, toLabel, caption }: { rows: Revision[]; fromLabel: string; toLabel: string; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="plain revisions">
        <caption style={{ textAlign: "left", fontWeight: 600, padding: "0.5rem 0" }}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Change</th>
            <th scope="col" className="num">
              Year
            </th>
            <th scope="col">Row</th>
            <th scope="col">Value</th>
            <th scope="col">{fromLabel}</th>
            <th scope="col">{toLabel}</th>
            <th scope="col">Difference</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) =>
            r.kind === "figure" ? (
              <tr key={`${r.rowKey}|${r.measure}|${r.variant}`} data-change={r.change}>
                <td>{CHANGE_LABEL[r.change]}</td>
                <td className="num">{r.year ?? "—"}</td>
                <td>
                  {r.subject}
                  <br />
                  <code className="muted">{r.rowKey}</code>
                </td>
                <td>{what(r)}</td>
                <td className="num">{r.before ? <Link href={`/figures/${r.before.figureId}`}>{range(r.before)}</Link> : "—"}</td>
                <td className="num">{r.after ? <Link href={`/figures/${r.after.figureId}`}>{range(r.after)}</Link> : "—"}</td>
                <td className="num">{difference(r.before, r.after)}</td>
              </tr>
            ) : (
              r.fields.map((f, i) => (
                <tr key={`${r.rowKey}|${f.field}`} data-change={r.change}>
                  {i === 0 ? (
                    <>
                      <td rowSpan={r.fields.length}>{CHANGE_LABEL[r.change]}</td>
                      <td rowSpan={r.fields.length} className="num">
                        {r.year}
                      </td>
                      <td rowSpan={r.fields.length}>
                        {r.subject}
                        <br />
                        <code className="muted">{r.rowKey}</code>
                      </td>
                    </>
                  ) : null}
                  <td>
                    <code>{f.label}</code>
                  </td>
                  <td>{f.before ?? "—"}</td>
                  <td>{f.after ?? "—"}</td>
                  <td />
                </tr>
              ))
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
