"use client";

import { useActionState, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { addFigure, disputeFigure, type FigureFormResult } from "@/lib/actions/figures";
import { qualifiers } from "@/lib/domain";
import { measureKeys, measures, units, type MeasureKey } from "@/lib/measures";
import { useSubmit } from "./use-submit";

const idle: FigureFormResult = { ok: false, message: "" };

const QUALIFIER_LABELS: Record<(typeof qualifiers)[number], string> = {
  exact: "exactly",
  approximately: "about",
  more_than: "more than",
  at_least: "at least",
  at_most: "at most",
  range: "a range (low–high)",
};

type Common = { sources: { key: string; label: string }[] };
type AddProps = Common & { mode: "add"; about: { value: string; label: string } };
type DisputeProps = Common & { mode: "dispute"; figure: { id: number; label: string; measureLabel: string; unit: string } };

/**
 * An analyst's figure: a new one about an entry, or an alternative to a figure they dispute. The
 * number, how the source states it, the source (chosen or described) and where in it — nothing is
 * saved without a source and a locator. A refused save keeps every field as typed.
 */
export function FigureForm(props: AddProps | DisputeProps) {
  const [state, dispatch, pending] = useActionState(props.mode === "add" ? addFigure : disputeFigure, idle);
  const onSubmit = useSubmit(dispatch);
  const id = useId();
  const [measure, setMeasure] = useState<MeasureKey>("battle_related_deaths");
  const [unit, setUnit] = useState<string>(measures.battle_related_deaths.unit);
  const [sourceMode, setSourceMode] = useState<"existing" | "new">("new");
  const formRef = useRef<HTMLFormElement>(null);
  // Saved: clear the form so the same figure is not added twice. Refused: every field stays as typed.
  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state]);
  const errors = state.errors ?? {};
  const field = (name: string, label: string, input: ReactNode, hint?: string) => (
    <div className="form-row">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {input}
      {hint ? (
        <span className="hint" id={`${id}-${name}-hint`}>
          {hint}
        </span>
      ) : null}
      {errors[name] ? (
        <span className="field-error" id={`${id}-${name}-error`}>
          {errors[name].join(" ")}
        </span>
      ) : null}
    </div>
  );
  const attrs = (name: string, hint?: boolean) => ({
    id: `${id}-${name}`,
    name,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": [hint ? `${id}-${name}-hint` : "", errors[name] ? `${id}-${name}-error` : ""].filter(Boolean).join(" ") || undefined,
  });

  return (
    <form ref={formRef} onSubmit={onSubmit} method="post" className="editor" aria-label={props.mode === "add" ? `Add a figure about ${props.about.label}` : `Dispute ${props.figure.label}`} data-testid={`figure-form-${props.mode}`}>
      {props.mode === "add" ? (
        <>
          <input type="hidden" name="about" value={props.about.value} />
          <div className="form-grid">
            {field(
              "measure",
              "What it measures",
              <select
                {...attrs("measure")}
                value={measure}
                onChange={(e) => {
                  const m = e.target.value as MeasureKey;
                  setMeasure(m);
                  setUnit(measures[m].unit);
                }}
              >
                {measureKeys.map((k) => (
                  <option key={k} value={k}>
                    {measures[k].label}
                  </option>
                ))}
              </select>,
            )}
            {field(
              "unit",
              "Unit",
              <select {...attrs("unit")} value={unit} onChange={(e) => setUnit(e.target.value)} disabled={!["duration", "count"].includes(measure)}>
                {units.map((u) => (
                  <option key={u} value={u}>
                    {u}
                  </option>
                ))}
              </select>,
            )}
          </div>
          {["duration", "count"].includes(measure) ? null : <input type="hidden" name="unit" value={unit} />}
          {field("subject", "What the number describes", <input type="text" {...attrs("subject", true)} />, "e.g. “Battle-related deaths in Donbas, 2014” or “Russian contingent, Lachin corridor”")}
          <div className="form-grid">
            {field("periodStart", "Date or start of the period", <input type="text" {...attrs("periodStart", true)} inputMode="numeric" />, "2014, 2014-08 or 2014-08-24")}
            {field("periodEnd", "End of the period (if any)", <input type="text" {...attrs("periodEnd")} inputMode="numeric" />)}
          </div>
        </>
      ) : (
        <>
          <input type="hidden" name="figureId" value={props.figure.id} />
          <p className="small">
            Your alternative for <strong>{props.figure.label}</strong> ({props.figure.measureLabel}, {props.figure.unit}). The original figure is kept as it is; yours is shown beside it.
          </p>
        </>
      )}

      <div className="form-grid">
        {field("best", "Best estimate", <input type="text" {...attrs("best")} inputMode="decimal" />)}
        {field("low", "Low", <input type="text" {...attrs("low")} inputMode="decimal" />)}
        {field("high", "High", <input type="text" {...attrs("high")} inputMode="decimal" />)}
        {field(
          "qualifier",
          "The source says",
          <select {...attrs("qualifier")} defaultValue="exact">
            {qualifiers.map((q) => (
              <option key={q} value={q}>
                {QUALIFIER_LABELS[q]}
              </option>
            ))}
          </select>,
        )}
      </div>

      <fieldset className="form-row">
        <legend>Where the number comes from</legend>
        <div style={{ display: "flex", gap: "1rem", flexWrap: "wrap" }}>
          <label>
            <input type="radio" name="sourceMode" value="new" checked={sourceMode === "new"} onChange={() => setSourceMode("new")} /> A source not yet in Parallax
          </label>
          <label>
            <input type="radio" name="sourceMode" value="existing" checked={sourceMode === "existing"} onChange={() => setSourceMode("existing")} /> A source Parallax already lists
          </label>
        </div>
      </fieldset>
      {sourceMode === "existing" ? (
        field(
          "sourceKey",
          "Source",
          <select {...attrs("sourceKey")} defaultValue="">
            <option value="">Choose a source…</option>
            {props.sources.map((s) => (
              <option key={s.key} value={s.key}>
                {s.label}
              </option>
            ))}
          </select>,
        )
      ) : (
        <div className="form-grid">
          {field("sourceTitle", "Title", <input type="text" {...attrs("sourceTitle")} />)}
          {field("sourcePublisher", "Publisher", <input type="text" {...attrs("sourcePublisher")} />)}
          {field("sourceDate", "Published on", <input type="text" {...attrs("sourceDate", true)} inputMode="numeric" />, "2021, 2021-03 or 2021-03-15")}
          {field("sourceUrl", "Address (URL)", <input type="url" {...attrs("sourceUrl", true)} />, "optional for print sources")}
        </div>
      )}
      {field("locator", "Where in the source", <input type="text" {...attrs("locator", true)} />, "page, paragraph, table or section: “p. 14”, “table 2”, “para. 5”")}
      {field("quote", "Exact words (optional)", <textarea {...attrs("quote")} rows={2} />)}
      {props.mode === "add"
        ? field("note", "Note (optional)", <textarea {...attrs("note")} rows={2} />)
        : field("reason", "Why you dispute the figure", <textarea {...attrs("reason")} rows={3} />)}

      <div className="form-actions">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Saving…" : props.mode === "add" ? "Add the figure" : "Mark as disputed"}
        </button>
      </div>
      <p role="status" aria-live="polite" className={`result ${state.message ? (state.ok ? "ok" : "error") : ""}`} data-testid="figure-result">
        {state.message}
        {state.ok && state.figureId ? (
          <>
            {" "}
            <a href={`/figures/${state.figureId}`}>See it</a>.
          </>
        ) : null}
      </p>
    </form>
  );
}
