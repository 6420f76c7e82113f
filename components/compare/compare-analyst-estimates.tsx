import Link from "next/link";
import "@/components/annotations/annotations.css";
import { FigureChip } from "@/components/ui/figure-chip";
import { describeLocator, sourceLabel } from "@/lib/citation-text";
import { formatFigurePeriod } from "@/lib/format";
import type { AnalystFigure } from "@/lib/queries/compare";
import type { FigureView } from "@/lib/queries/figures";

function addedLine(f: FigureView): string {
  return f.addedBy ? `${f.addedBy.name}${f.addedBy.at ? `, ${f.addedBy.at.slice(0, 10)}` : ""}` : "—";
}

/**
 * Figures analysts added about the compared conflicts and their missions — any measure, not only
 * disputes — each with its source and locator, who added it, and the figure it disputes (unchanged).
 * The same table as a conflict page's "Analysts' estimates" (components/annotations/analyst-estimates.tsx),
 * one per conflict, without the form: /compare's HTML is the same for every reader (it is cached
 * for anonymous ones), so it never depends on who is signed in. Adding a figure commits to the
 * database, which drops every cached page (lib/page-cache.ts).
 */
export function CompareAnalystEstimates({ groups, names }: { groups: { slug: string; items: AnalystFigure[] }[]; names: Map<string, string> }) {
  return (
    <div data-testid="compare-analyst-figures">
      {groups
        .filter((g) => g.items.length)
        .map((g) => {
          const name = names.get(g.slug) ?? g.slug;
          return (
            <div key={g.slug} id={`analyst-figures-${g.slug}`} style={{ marginBottom: "1rem" }} data-conflict={g.slug}>
              <h3>
                <Link href={`/conflicts/${g.slug}#analyst-figures`}>{name}</Link> <span className="muted small">({g.items.length})</span>
              </h3>
              <div className="table-scroll">
                <table className="plain">
                  <caption className="sr-only">Figures added by analysts about {name} and its missions</caption>
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
                    {g.items.map(({ figure: f, disputes }) => (
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
            </div>
          );
        })}
    </div>
  );
}
