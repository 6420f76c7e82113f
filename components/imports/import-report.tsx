import type { ImportError, ImportReport } from "@/lib/importers/types";
import { comparedWith, summaryRows } from "@/lib/importers/summary";
import { formatNumber } from "@/lib/format";

/**
 * The report of one import, as the command line prints it: what happened in a sentence, the
 * counts (rows read and rejected; new, updated, unchanged and removed against the release it
 * supersedes; derived figures apart: lib/importers/summary.ts), then the first errors (line,
 * column, value, what was expected) and warnings.
 * Plain props, no data access: the upload form renders it with the action's result.
 */
export function ImportReportView({ report }: { report: ImportReport }) {
  const tone = report.status === "rejected" ? "error" : report.status === "imported" ? "info" : "warn";
  const counts = summaryRows(report);
  const compared = comparedWith(report);
  return (
    <div className="import-report" data-status={report.status}>
      <p className={`notice ${tone}`} role={report.status === "rejected" ? "alert" : "status"}>
        {report.message}
      </p>
      {report.dataset ? (
        <dl className="facts">
          <dt>Data set</dt>
          <dd>
            <code>{report.dataset}</code>
            {report.detected ? <span className="muted"> — {report.detected}</span> : null}
          </dd>
          {report.version ? (
            <>
              <dt>Release</dt>
              <dd>{report.version}</dd>
            </>
          ) : null}
          {compared ? (
            <>
              <dt>Compared with</dt>
              <dd>{compared}</dd>
            </>
          ) : null}
          {counts.map(({ label, value, note }) => (
            <div key={label} style={{ display: "contents" }}>
              <dt>
                {label}
                {report.status === "dry-run" && label !== "Rows read" && label !== "Rejected" ? <span className="muted small"> (would be)</span> : null}
              </dt>
              <dd className="num" style={{ textAlign: "left" }}>
                {formatNumber(value)}
                {note ? <span className="muted small"> — {note}</span> : null}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {report.errors.length ? (
        <ErrorTable
          caption={
            report.dataset
              ? `Errors${report.rejected > report.errors.length ? ` (the first ${report.errors.length} of ${formatNumber(report.rejected)} rows with errors)` : ""}`
              : "What each data set expects"
          }
          rows={report.errors}
        />
      ) : null}
      {report.warningCount ? (
        <ErrorTable
          caption={`Warnings: ${formatNumber(report.warningCount)} row${report.warningCount === 1 ? "" : "s"} kept as published${
            report.warningCount > report.warnings.length ? ` (the first ${report.warnings.length})` : ""
          }`}
          rows={report.warnings}
        />
      ) : null}
    </div>
  );
}

function ErrorTable({ caption, rows }: { caption: string; rows: ImportError[] }) {
  return (
    <div className="table-scroll">
      <table className="plain">
        <caption style={{ textAlign: "left", fontWeight: 600, padding: "0.5rem 0" }}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Line
            </th>
            <th scope="col">Column</th>
            <th scope="col">Value</th>
            <th scope="col">Expected</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e, i) => (
            <tr key={`${e.line}-${e.column}-${i}`}>
              <td className="num">
                {e.line}
                {e.feature ? <span className="muted small"> (feature {e.feature})</span> : null}
              </td>
              <td>
                <code>{e.column}</code>
              </td>
              <td>{e.value ? <code>{e.value}</code> : <span className="muted">empty</span>}</td>
              <td>{e.expected}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
