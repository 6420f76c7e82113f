import Link from "next/link";
import { datasets } from "@/lib/importers/datasets";
import { formatNumber } from "@/lib/format";
import { listReleasesWithCounts } from "@/lib/queries/imports";

function when(iso: string | null): string {
  if (!iso) return "—";
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** Every data-set release: file, rows, who imported it and when, and what it holds. Newest release of each data set first. */
export function ReleasesTable() {
  const releases = listReleasesWithCounts();
  if (releases.length === 0) return <p className="muted">No data set has been imported yet.</p>;
  return (
    <div className="table-scroll">
      <table className="plain" data-table="releases">
        <caption className="sr-only">Data-set releases: {releases.length}</caption>
        <thead>
          <tr>
            <th scope="col">Data set</th>
            <th scope="col">Release</th>
            <th scope="col">File</th>
            <th scope="col" className="num">
              Rows
            </th>
            <th scope="col">Imported</th>
            <th scope="col" className="num">
              Figures
            </th>
            <th scope="col" className="num">
              Conflict-years / events
            </th>
          </tr>
        </thead>
        <tbody>
          {releases.map((r) => (
            <tr key={r.id} data-release={r.key}>
              <td>{datasets[r.dataset]?.shortName ?? r.dataset}</td>
              <td>
                <Link href={`/sources/${encodeURIComponent(r.key)}`}>{r.version}</Link>
                {r.latest ? (
                  <>
                    {" "}
                    <span className="badge">shown</span>
                  </>
                ) : null}
              </td>
              <td className="small">
                {r.fileName ?? "—"}
                {r.fileSha256 ? <div className="muted mono">SHA-256 {r.fileSha256.slice(0, 12)}…</div> : null}
              </td>
              <td className="num">{formatNumber(r.rowCount)}</td>
              <td className="small">
                {when(r.importedAt)}
                {r.importedBy ? <div className="muted">by {r.importedBy}</div> : null}
              </td>
              <td className="num">{r.figures ? formatNumber(r.figures) : "—"}</td>
              <td className="num">{r.acdRows ? formatNumber(r.acdRows) : r.gedEvents ? formatNumber(r.gedEvents) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
