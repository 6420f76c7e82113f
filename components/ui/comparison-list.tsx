import type { ComparisonView } from "@/lib/queries/conflicts";
import { describeLocator, sourceLabel } from "@/lib/citation-text";
import { describeDiscrepancy } from "@/lib/series";
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
              <thead>
                <tr>
                  <th scope="col">Source</th>
                  <th scope="col" className="num">
                    Value
                  </th>
                  <th scope="col">Locator</th>
                  <th scope="col">Difference</th>
                </tr>
              </thead>
              <tbody>
                {c.figures.map((f) => {
                  const value = f.best ?? f.high ?? f.low;
                  const refValue = reference ? (reference.best ?? reference.high ?? reference.low) : null;
                  const diff =
                    reference && f.id !== reference.id && value !== null && refValue !== null
                      ? describeDiscrepancy({ label: sourceLabel(reference.source), value: refValue }, { label: sourceLabel(f.source), value }).text
                      : "—";
                  return (
                    <tr key={f.id}>
                      <td>
                        {sourceLabel(f.source)}
                        {f.source.outsideDossier ? <span className="badge outside">outside the dossier</span> : null}
                      </td>
                      <td className="num">
                        <FigureChip figure={f} />
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
