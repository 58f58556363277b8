"use client";
// Label, hint and error wired to a control once, for every field of the kit (WCAG 1.3.1, 3.3.1):
// the control gets its id, aria-describedby (hint, error) and aria-invalid from here.
import type { ReactNode } from "react";
import { stringsAt } from "@/lib/forms/form-data";
import { fieldId, useFormKit } from "./context";
import { errorAt } from "./errors";

export const controlClass =
  "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

export function useField(name: string, hint?: ReactNode) {
  const { formId, values, posted, errors, register } = useFormKit();
  const id = fieldId(formId, name);
  const error = errorAt(errors, name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return {
    id,
    error,
    hintId,
    errorId,
    /** What the control shows first: the posted value after a refusal, else the default. */
    initial: stringsAt(values, name),
    posted,
    register: () => register(name),
    aria: {
      "aria-invalid": error ? true : undefined,
      "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
    },
  };
}

export function Label({
  htmlFor,
  label,
  optional,
}: {
  htmlFor: string;
  label: ReactNode;
  optional?: boolean;
}) {
  return (
    <label htmlFor={htmlFor} className="block font-semibold">
      {label}
      {optional && <span className="font-normal text-slate-700"> (niet verplicht)</span>}
    </label>
  );
}

export function Hint({ id, children }: { id?: string; children?: ReactNode }) {
  return children ? (
    <p id={id} className="mt-1 text-sm text-slate-700">
      {children}
    </p>
  ) : null;
}

export function ErrorText({ id, error }: { id?: string; error?: string }) {
  return error ? (
    <p id={id} className="mt-1 text-sm font-semibold text-red-800">
      {error}
    </p>
  ) : null;
}

/** A group of radio buttons or checkboxes: the legend names it, hint and error describe it. */
export function Group({
  legend,
  hint,
  hintId,
  error,
  errorId,
  children,
  optional,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  hintId?: string;
  error?: string;
  errorId?: string;
  children: ReactNode;
  optional?: boolean;
}) {
  return (
    <fieldset aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}>
      <legend className="font-semibold">
        {legend}
        {optional && <span className="font-normal text-slate-700"> (niet verplicht)</span>}
      </legend>
      <Hint id={hintId}>{hint}</Hint>
      <ErrorText id={errorId} error={error} />
      {children}
    </fieldset>
  );
}
