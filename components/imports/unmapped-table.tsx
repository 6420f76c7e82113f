import Link from "next/link";
import { formatNumber } from "@/lib/format";
import type { UnmappedConflict } from "@/lib/queries/imports";

const REGIONS: Record<string, string> = { "1": "Europe", "2": "Middle East", "3": "Asia", "4": "Africa", "5": "Americas" };
const TYPES: Record<number, string> = { 1: "extrasystemic", 2: "interstate", 3: "intrastate", 4: "internationalised intrastate" };

export function regionName(codes: string | null): string {
  return codes ? codes.split(",").map((c) => REGIONS[c.trim()] ?? c).join(", ") : "—";
}

export function ucdpTypeName(code: number | null): string {
  return code === null ? "—" : (TYPES[code] ?? String(code));
}

/** UCDP conflicts no Parallax conflict maps, with what the newest releases say about each. */
export function UnmappedTable({ rows, caption }: { rows: UnmappedConflict[]; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="plain" data-table="unmapped">
        <caption style={{ textAlign: "left", padding: "0.5rem 0" }} className="muted">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              UCDP id
            </th>
            <th scope="col">Sides and location</th>
            <th scope="col">Region</th>
            <th scope="col">UCDP type</th>
            <th scope="col">Years</th>
            <th scope="col" className="num">
              ACD years (at war)
            </th>
            <th scope="col" className="num">
              Battle deaths (BRD)
            </th>
            <th scope="col" className="num">
              Fatalities (GED)
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.ucdpConflictId} data-ucdp-id={r.ucdpConflictId}>
              <td className="num">
                <Link href={`/unmapped/${r.ucdpConflictId}`}>{r.ucdpConflictId}</Link>
              </td>
              <td>
                <Link href={`/unmapped/${r.ucdpConflictId}`}>{r.name}</Link>
                {r.territory && r.territory !== r.location ? <div className="muted small">territory: {r.territory}</div> : null}
              </td>
              <td>{regionName(r.region)}</td>
              <td>{r.typeOfConflict === null && r.gedViolence && r.gedViolence !== "state-based" ? `${r.gedViolence} (GED)` : ucdpTypeName(r.typeOfConflict)}</td>
              <td>{r.firstYear === null ? "—" : r.firstYear === r.lastYear ? r.firstYear : `${r.firstYear}–${r.lastYear}`}</td>
              <td className="num">{r.acdYears ? `${r.acdYears} (${r.warYears})` : "—"}</td>
              <td className="num">{formatNumber(r.brdDeaths)}</td>
              <td className="num">{formatNumber(r.gedFatalities)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
