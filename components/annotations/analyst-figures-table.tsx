import Link from "next/link";
import { FigureChip } from "@/components/ui/figure-chip";
import { describeLocator, sourceLabel } from "@/lib/citation-text";
import { formatFigurePeriod } from "@/lib/format";
import type { FigureView } from "@/lib/queries/figures";
import "./annotations.css";

export type AnalystFigureRow = { figure: FigureView; disputes: FigureView | null };

/** "Ana Analyst, 2026-11-25": who added a figure, and when. */
export function addedLine(f: FigureView): string {
  return f.addedBy ? `${f.addedBy.name}${f.addedBy.at ? `, ${f.addedBy.at.slice(0, 10)}` : ""}` : "—";
}

/**
 * Figures analysts added — separate estimates, each with its measure, mission, source and locator,
 * who added it, and for a dispute the figure it disputes (never changed). Used by a conflict's page
 * and by /compare, so the two show the same columns.
 */
export function AnalystFiguresTable({ items, caption, testId }: { items: AnalystFigureRow[]; caption: string; testId?: string }) {
  return (
    <div className="table-scroll">
      <table className="plain" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col" className="num">
              Estimate
            </th>
            <th scope="col">Source and locator</th>
            <th scope="col">Disputes</th>
            <th scope="col">Added by</th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ figure: f, disputes }) => (
            <tr key={f.id} className="estimate" data-figure={f.id}>
              <td>
                {f.subject} <span className="muted small">({formatFigurePeriod(f)})</span>
                <div className="small muted">
                  {f.measureLabel}
                  {f.mission ? (
                    <>
                      {" · "}
                      <Link href={`/missions/${f.mission.slug}`}>{f.mission.name}</Link>
                    </>
                  ) : null}
                </div>
                {f.note ? <div className="small muted">{f.note}</div> : null}
              </td>
              <td className="num">
                <FigureChip figure={f} />
              </td>
              <td className="small">
                <Link href={`/sources/${encodeURIComponent(f.source.key)}`}>{sourceLabel(f.source)}</Link> — {describeLocator(f.locator)}
              </td>
              <td className="small">
                {disputes ? (
                  <>
                    <FigureChip figure={disputes} /> ({sourceLabel(disputes.source)})
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td className="small">
                <span className="badge analyst">analyst</span> {addedLine(f)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
