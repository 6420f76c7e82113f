import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badges";
import { PageHeader, Section } from "@/components/ui/page-header";
import { formatNumber } from "@/lib/format";
import { listSources } from "@/lib/queries/sources";

// Read from the database at request time, never prerendered at build.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sources" };

export default function SourcesPage() {
  const sources = listSources();
  const groups: [string, typeof sources][] = [
    ["The dossier", sources.filter((s) => s.kind === "dossier")],
    ["Data-set releases", sources.filter((s) => s.kind === "dataset")],
    ["Documents and other sources", sources.filter((s) => s.kind !== "dossier" && s.kind !== "dataset")],
  ];
  return (
    <>
      <PageHeader
        title="Sources"
        lede="Everything a figure, a role, a date or a clause in Parallax is cited to. Data sets are kept release by release: a newer release never erases an older one. Sources from outside the dossier and the bundled data sets are marked."
      />
      {groups.map(([title, items]) =>
        items.length ? (
          <Section key={title} title={title}>
            <table className="plain">
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">Source</th>
                  <th scope="col">Citation</th>
                  <th scope="col">Licence</th>
                  <th scope="col" className="num">
                    Figures
                  </th>
                  <th scope="col" className="num">
                    Citations
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((s) => (
                  <tr key={s.key}>
                    <td>
                      <Link href={`/sources/${encodeURIComponent(s.key)}`}>{s.shortTitle}</Link>
                      {s.outsideDossier ? <Badge tone="outside">outside the dossier</Badge> : null}
                    </td>
                    <td className="small">{s.citation}</td>
                    <td className="small">{s.licence ?? "—"}</td>
                    <td className="num">{formatNumber(s.figures)}</td>
                    <td className="num">{formatNumber(s.citations)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
        ) : null,
      )}
    </>
  );
}
