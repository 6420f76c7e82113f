import type { ComparisonView } from "@/lib/queries/conflicts";
import { describeLocator, sourceLabel } from "@/lib/citation-text";
import { relateFigures } from "@/lib/series";
import { FigureChip } from "./figure-chip";

/**
 * Where several sources give the same quantity: every figure side by side, the difference
 * against the first (curated) one, and the note on why they differ. Neither overwrites the other.
 */
export function ComparisonList({ items }: { items: ComparisonView[] }) {
  if (items.length === 0) return <p className="muted">No quantity here is given by more than one source.</p>;
  return (
    <div>
      {items.map((c) => {
        const reference = c.figures.find((f) => f.source.kind === "dossier") ?? c.figures[0];
        return (
          <div key={c.key} style={{ marginBottom: "1rem" }} data-comparison={c.key}>
            <h3>{c.title}</h3>
            <table className="plain">
              <caption className="sr-only">Sources for: {c.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Source</th>
                  <th scope="col" className="num">
                    Value
                  </th>
                  <th scope="col">Locator</th>
                  <th scope="col">Against the first</th>
                </tr>
              </thead>
              <tbody>
                {c.figures.map((f) => {
                  const stated = (x: typeof f) => ({ best: x.best, low: x.low, high: x.high, qualifier: x.qualifier, unit: x.unit, label: sourceLabel(x.source) });
                  const diff = reference && f.id !== reference.id ? relateFigures(stated(reference), stated(f)) : "reference";
                  return (
                    <tr key={f.id}>
                      <td>
                        {sourceLabel(f.source)}
                        {f.source.outsideDossier ? <span className="badge outside">outside the dossier</span> : null}
                      </td>
                      <td className="num">
                        <FigureChip figure={f} /> <span className="muted small">{f.unit}</span>
                      </td>
                      <td className="locator">{describeLocator(f.locator)}</td>
                      <td className="small">{diff}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p className="small" style={{ marginTop: "0.4rem" }}>
              <strong>Why they differ:</strong> {c.note}
            </p>
          </div>
        );
      })}
    </div>
  );
}
