"use client";
// A repeating group of fields (lines of a basket, household members, tariff rows). Each row's
// fields are named `<name>.<index>.<field>`. Without JavaScript the form shows the rows it has
// plus `spare` empty ones (the schema ignores rows left empty); with JavaScript rows are added
// and removed in place.
import { type ReactNode, useState } from "react";
import { get, useFormContext, useFormState } from "react-hook-form";
import { valueAt } from "@/lib/forms/form-data";
import { buttonClass } from "../button-class";
import { useFormKit } from "./context";
import { ErrorText } from "./field-shell";
import { useHydrated } from "./use-hydrated";

export function Repeater({
  name,
  legend,
  hint,
  rowLabel,
  addLabel,
  removeLabel = "Verwijderen",
  initialRows,
  spare = 1,
  max = 50,
  renderRow,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  /** The heading of row i (1-based), e.g. (i) => `Kind ${i}`. */
  rowLabel: (index: number) => string;
  addLabel: string;
  removeLabel?: string;
  /** How many rows the defaults have. */
  initialRows: number;
  spare?: number;
  max?: number;
  renderRow: (prefix: string, index: number) => ReactNode;
}) {
  const { values, posted } = useFormKit();
  const { unregister } = useFormContext();
  const { errors } = useFormState({ name });
  const postedRows = posted ? ((valueAt(values, name) as unknown[] | undefined)?.length ?? 0) : initialRows;
  // Row keys stay stable while rows are removed, so React keeps each row's typed values.
  const [rows, setRows] = useState(() =>
    Array.from({ length: Math.min(max, postedRows + spare) }, (_, i) => i),
  );
  const [nextKey, setNextKey] = useState(rows.length);
  const hydrated = useHydrated();
  const groupError = (get(errors, name) as { message?: string } | undefined)?.message;

  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">{legend}</legend>
      {hint && <p className="text-sm text-slate-700">{hint}</p>}
      <ErrorText error={groupError} />
      {rows.map((key, index) => (
        <section
          key={key}
          aria-label={rowLabel(index + 1)}
          className="rounded-md border border-slate-300 p-4"
        >
          <h3 className="mb-2 font-semibold">{rowLabel(index + 1)}</h3>
          <div className="space-y-4">{renderRow(`${name}.${index}`, index)}</div>
          {hydrated && (
            <button
              type="button"
              className="mt-3 font-semibold text-red-800 underline"
              onClick={() => {
                unregister(`${name}.${index}`);
                setRows((r) => r.filter((k) => k !== key));
              }}
            >
              {removeLabel}
              <span className="sr-only"> ({rowLabel(index + 1)})</span>
            </button>
          )}
        </section>
      ))}
      {hydrated && rows.length < max && (
        <button
          type="button"
          className={buttonClass("secondary")}
          onClick={() => {
            setRows((r) => [...r, nextKey]);
            setNextKey((k) => k + 1);
          }}
        >
          {addLabel}
        </button>
      )}
    </fieldset>
  );
}
