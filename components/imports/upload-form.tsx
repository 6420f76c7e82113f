"use client";

import { useActionState, useState } from "react";
import { uploadImport, type UploadState } from "@/lib/actions/imports";
import { datasetKeys } from "@/lib/importers/types";
import { ImportReportView } from "./import-report";

const initial: UploadState = { ok: false, message: "", errors: {}, report: null };

/**
 * The largest upload the server accepts: Next's Server Actions refuse bodies over
 * `experimental.serverActions.bodySizeLimit` (32 MB in next.config.js), less room for the
 * multipart framing. Keep the two in step; larger files go through `npm run import`.
 */
export const MAX_UPLOAD_BYTES = 32 * 1024 * 1024 - 64 * 1024;

const DATASET_LABELS: Record<(typeof datasetKeys)[number], string> = {
  "ucdp-brd": "UCDP Battle-Related Deaths (dyadic)",
  "ucdp-acd": "UCDP/PRIO Armed Conflict Dataset",
  "ucdp-ged": "UCDP Georeferenced Event Dataset (CSV or GeoJSON)",
  "peace-ops": "Peace operations, SIPRI/IPI monthly panel",
  "owid-un-peacekeeping": "OWID UN peacekeeping per year",
};

function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="small" style={{ color: "var(--danger)", margin: "0.2rem 0 0" }}>
      {messages.join(" ")}
    </p>
  );
}

/** Upload a data file: the same detection, validation, transaction and report as `npm run import`. */
export function UploadForm() {
  const [state, formAction, pending] = useActionState(uploadImport, initial);
  const [tooLarge, setTooLarge] = useState<string | null>(null);

  return (
    <div className="upload">
      <form
        action={formAction}
        onSubmit={(event) => {
          if (tooLarge) event.preventDefault();
        }}
        className="upload-form"
        aria-describedby="upload-help"
        style={{ display: "grid", gap: "0.75rem", maxWidth: "44rem" }}
      >
        <p id="upload-help" className="muted small" style={{ margin: 0 }}>
          A UCDP release, or a colleague&apos;s spreadsheet copy of one (comma, semicolon or tab separated; dates and thousands as the
          spreadsheet wrote them). The whole file is imported in one transaction, or nothing is. Files over{" "}
          {Math.floor(MAX_UPLOAD_BYTES / 1024 / 1024)} MB: use <code>npm run import -- &lt;file&gt;</code>.
        </p>
        <div>
          <label htmlFor="upload-file">Data file</label>
          <br />
          <input
            id="upload-file"
            name="file"
            type="file"
            required
            accept=".csv,.tsv,.txt,.geojson,.json,text/csv"
            aria-invalid={Boolean(state.errors.file || tooLarge)}
            aria-describedby="upload-file-error"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              setTooLarge(
                file && file.size > MAX_UPLOAD_BYTES
                  ? `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB, more than the ${Math.floor(MAX_UPLOAD_BYTES / 1024 / 1024)} MB the server accepts: import it with npm run import -- ${file.name}`
                  : null,
              );
            }}
          />
          <FieldError id="upload-file-error" messages={tooLarge ? [tooLarge] : state.errors.file} />
        </div>
        <div style={{ display: "flex", gap: "1rem", flexWrap: "wrap" }}>
          <div>
            <label htmlFor="upload-dataset">Data set</label>
            <br />
            <select id="upload-dataset" name="dataset" defaultValue="" aria-describedby="upload-dataset-error">
              <option value="">Detect from the header</option>
              {datasetKeys.map((key) => (
                <option key={key} value={key}>
                  {DATASET_LABELS[key]}
                </option>
              ))}
            </select>
            <FieldError id="upload-dataset-error" messages={state.errors.dataset} />
          </div>
          <div>
            <label htmlFor="upload-version">Release</label>
            <br />
            <input id="upload-version" name="version" type="text" placeholder="from the file" size={12} aria-describedby="upload-version-error" />
            <FieldError id="upload-version-error" messages={state.errors.version} />
          </div>
          <div>
            <label htmlFor="upload-date-order">Date order</label>
            <br />
            <select id="upload-date-order" name="dateOrder" defaultValue="" aria-describedby="upload-date-order-error">
              <option value="">Decide from the file</option>
              <option value="dmy">Day first (29/05/1997)</option>
              <option value="mdy">Month first (5/29/97)</option>
            </select>
            <FieldError id="upload-date-order-error" messages={state.errors.dateOrder} />
          </div>
        </div>
        <div>
          <label>
            <input type="checkbox" name="dryRun" /> Dry run: validate and report, write nothing
          </label>
        </div>
        <div>
          <button type="submit" className="primary" disabled={pending}>
            {pending ? "Importing…" : "Import"}
          </button>
        </div>
      </form>
      <div aria-live="polite" style={{ marginTop: "1rem" }}>
        {state.report ? <ImportReportView report={state.report} /> : state.message ? <p className="notice error">{state.message}</p> : null}
      </div>
    </div>
  );
}
