import Link from "next/link";
import { FigureChip } from "@/components/ui/figure-chip";
import { Section } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth-session";
import { describeLocator, sourceLabel } from "@/lib/citation-text";
import { hasRole } from "@/lib/permissions";
import { getFigure, listAnalystFigures, listCitableSources, listDisputes, type FigureView } from "@/lib/queries/figures";
import { addedLine, AnalystFiguresTable } from "./analyst-figures-table";
import { FigureForm } from "./figure-form";
import "./annotations.css";

/**
 * A conflict's figures from analysts: separate estimates, each with its source, locator and who added
 * it, and for a dispute the figure it disputes beside it (never changed). Analysts add one here.
 */
export async function AnalystEstimates({ conflict }: { conflict: { id: number; slug: string; name: string } }) {
  const user = await getCurrentUser();
  const canWrite = hasRole(user, "analyst");
  // The same query as /compare's: figures about the conflict or its missions, and disputes of their figures.
  const items = listAnalystFigures([conflict.id]);
  if (items.length === 0 && !canWrite) return null;
  return (
    <Section title="Analysts' estimates" hint="added by analysts, each with its source; the figures they dispute are unchanged" id="analyst-figures">
      {items.length ? (
        <AnalystFiguresTable items={items} caption={`Figures added by analysts about ${conflict.name}`} testId="analyst-figures" />
      ) : (
        <p className="muted">No analyst has added a figure about {conflict.name} yet.</p>
      )}
      {canWrite ? (
        <details style={{ marginTop: "0.6rem" }}>
          <summary>Add a figure about {conflict.name}</summary>
          <FigureForm mode="add" about={{ value: `conflict:${conflict.slug}`, label: conflict.name }} sources={listCitableSources()} />
        </details>
      ) : null}
    </Section>
  );
}

/** On a figure's page: who added it (an analyst's), what it disputes, the disputes of it, and the form to dispute it. */
export async function FigureDisputes({ figure }: { figure: FigureView }) {
  const user = await getCurrentUser();
  const canWrite = hasRole(user, "analyst");
  const disputes = listDisputes([figure.id]);
  const original = figure.disputesId !== null ? getFigure(figure.disputesId) : null;
  if (!figure.addedBy && disputes.length === 0 && !canWrite) return null;
  return (
    <Section title={figure.addedBy ? "An analyst's estimate" : "Disputed?"} id="disputes">
      {figure.addedBy ? (
        <p data-testid="added-by">
          <span className="badge analyst">analyst</span> Added by <strong>{figure.addedBy.name}</strong>
          {figure.addedBy.at ? ` on ${figure.addedBy.at.slice(0, 10)}` : ""}.{" "}
          {original ? (
            <>
              It disputes <Link href={`/figures/${original.id}`}>{original.subject}</Link>: <FigureChip figure={original} /> ({sourceLabel(original.source)}), which is
              unchanged.
            </>
          ) : null}
        </p>
      ) : null}
      {disputes.length ? (
        <>
          <p>
            <strong>Disputed by analysts.</strong> Their alternatives, each with its source; this figure stays as its source gives it.
          </p>
          <table className="plain" data-testid="figure-disputes">
            <caption className="sr-only">Alternative estimates of this figure</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Alternative
                </th>
                <th scope="col">Source and locator</th>
                <th scope="col">Why</th>
                <th scope="col">Added by</th>
              </tr>
            </thead>
            <tbody>
              {disputes.map((d) => (
                <tr key={d.id}>
                  <td className="num">
                    <FigureChip figure={d} />
                  </td>
                  <td className="small">
                    {sourceLabel(d.source)} — {describeLocator(d.locator)}
                  </td>
                  <td className="small">{d.note ?? "—"}</td>
                  <td className="small">{addedLine(d)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {canWrite && figure.disputesId === null ? (
        <details style={{ marginTop: "0.6rem" }}>
          <summary>Mark this figure as disputed</summary>
          <FigureForm mode="dispute" figure={{ id: figure.id, label: `${figure.subject}: ${figure.display}`, measureLabel: figure.measureLabel, unit: figure.unit }} sources={listCitableSources()} />
        </details>
      ) : !figure.addedBy && disputes.length === 0 ? (
        <p className="muted">No analyst disputes this figure.</p>
      ) : null}
    </Section>
  );
}
