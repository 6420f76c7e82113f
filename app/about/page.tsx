import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, Section } from "@/components/ui/page-header";
import { clauseKinds, labels } from "@/lib/domain";
import { measures } from "@/lib/measures";

export const metadata: Metadata = { title: "How Parallax works" };

// Nothing here reads the database: the page is built once and served as it is.
export const dynamic = "force-static";

export default function AboutPage() {
  return (
    <>
      <PageHeader
        title="How Parallax works"
        lede="The rules every number, date and clause in Parallax follows, the measures it compares, and how it treats sources that disagree."
      />
      <Section title="Every number has a source">
        <ul className="plain">
          <li>
            A <strong>figure</strong> is a sourced number: a measure, a unit, a best value with low and high where the source gives a range, the words the
            source states it in (“over 7,000”, “at most 400–450”), a date or period, what it describes, and its source with a locator.
          </li>
          <li>
            For the dossier the locator is the article, the line range in the dossier&apos;s text and the exact quote; a test checks every stored quote
            against the text. For a data set it is the release, the file and the row key (for example <code>conflict_id=388;dyad_id=833;year=2020</code>).
          </li>
          <li>Nothing is estimated or filled in. A fact from outside the dossier and the bundled data sets carries a named public source and is marked as such.</li>
          <li>
            Data sets are kept release by release. Pages show the newest release; older ones stay, and the <Link href="/imports">imports page</Link> lists
            what changed between releases.
          </li>
        </ul>
      </Section>
      <Section title="When sources disagree">
        <p>
          Figures that state the same quantity are grouped and shown side by side — the dossier&apos;s 4,441 battle-related deaths in Ukraine in 2014 (citing an
          earlier UCDP release) beside UCDP 24.1&apos;s 4,893 — with the difference or, when one states a bound, whether the other falls within it, and a
          note on why they differ. Neither overwrites the other.
        </p>
      </Section>
      <Section title="Mandates, clause by clause">
        <p>Every instrument behind a mission is coded on the same clauses, so mandates compare row by row:</p>
        <ul>
          {clauseKinds.map((k) => (
            <li key={k}>{labels.clause[k]}</li>
          ))}
        </ul>
        <p>
          Each clause is <strong>specified</strong> (with what the instrument says), <strong>not specified</strong> (the instrument is silent, and a source
          says so) or <strong>not yet coded</strong> (Parallax has no source for it yet): silence and ignorance never look alike.
        </p>
      </Section>
      <Section title="Measures">
        <table className="plain">
          <caption className="sr-only">Measures and their units</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Unit</th>
              <th scope="col">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(measures).map(([key, m]) => (
              <tr key={key}>
                <td>{m.label}</td>
                <td>{m.unit}</td>
                <td>{m.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title="Using what you see">
        <p>
          The address is the view: selections, metrics, year ranges and every table&apos;s sort, filters and columns live in it, so a copied link reproduces
          what you see. Tables export as CSV, XLSX or Markdown and charts as SVG or PNG, each carrying its sources, the export date and the link to the view.
        </p>
      </Section>
    </>
  );
}
