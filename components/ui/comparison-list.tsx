import type { ComparisonView } from "@/lib/queries/conflicts";
import { describeLocator, sourceLabel } from "@/lib/citation-text";
import { pairLabels, relateStated, stated } from "@/lib/compare/relate";
import { FigureChip } from "./figure-chip";

/**
 * Where several sources give the same quantity: every figure side by side, the reference (the
 * dossier's figure, else the first) in the first row, how each other figure relates to it, and the
 * note on why they differ. Neither overwrites the other. Where the note says the sources agree,
 * the computed words never claim a disagreement (lib/compare/relate.ts).
 */
export function ComparisonList({ items }: { items: ComparisonView[] }) {
  if (items.length === 0) return <p className="muted">No quantity here is given by more than one source.</p>;
  return (
    <div>
      {items.map((c) => {
        const reference = c.figures.find((f) => f.source.kind === "dossier") ?? c.figures[0];
        const figures = reference ? [reference, ...c.figures.filter((f) => f.id !== reference.id)] : c.figures;
        const consistent = c.consistent;
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
                  <th scope="col">Against the reference (first row)</th>
                </tr>
              </thead>
              <tbody>
                {figures.map((f) => {
                  let diff = "reference";
                  if (reference && f.id !== reference.id) {
                    const [refLabel, label] = pairLabels(reference, f);
                    diff = relateStated(stated(reference, refLabel), stated(f, label), { consistent });
                  }
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
