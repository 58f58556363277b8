"use client";
// A labelled input with its hint and error tied to it for screen readers (WCAG 1.3.1, 3.3.1).
import { useId, type InputHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { useFieldErrors, useSubmittedValue } from "./action-form";

type Common = { label: string; name: string; hint?: string; optional?: boolean };

function useDescribedBy(name: string, hint?: string) {
  const id = useId();
  const errors = useFieldErrors(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return {
    id,
    errors,
    hintId,
    errorId,
    describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined,
  };
}

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:border-2";

function Label({ htmlFor, label, optional }: { htmlFor: string; label: string; optional?: boolean }) {
  return (
    <label htmlFor={htmlFor} className="block font-semibold">
      {label}
      {optional && <span className="font-normal text-slate-700"> (niet verplicht)</span>}
    </label>
  );
}

function Messages({
  hint,
  hintId,
  errors,
  errorId,
}: {
  hint?: string;
  hintId?: string;
  errors?: string[];
  errorId?: string;
}) {
  return (
    <>
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-slate-700">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={errorId} className="mt-1 text-sm font-semibold text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </>
  );
}

export function TextField({
  label,
  name,
  hint,
  optional,
  defaultValue,
  ...rest
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  const { id, errors, hintId, errorId, describedBy } = useDescribedBy(name, hint);
  const submitted = useSubmittedValue(name);
  return (
    <div>
      <Label htmlFor={id} label={label} optional={optional} />
      <input
        id={id}
        name={name}
        className={inputClass}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        required={!optional}
        defaultValue={submitted ?? defaultValue}
        {...rest}
      />
      <Messages hint={hint} hintId={hintId} errors={errors} errorId={errorId} />
    </div>
  );
}

export function TextAreaField({
  label,
  name,
  hint,
  optional,
  defaultValue,
  ...rest
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, errors, hintId, errorId, describedBy } = useDescribedBy(name, hint);
  const submitted = useSubmittedValue(name);
  return (
    <div>
      <Label htmlFor={id} label={label} optional={optional} />
      <textarea
        id={id}
        name={name}
        rows={5}
        className={inputClass}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        required={!optional}
        defaultValue={submitted ?? defaultValue}
        {...rest}
      />
      <Messages hint={hint} hintId={hintId} errors={errors} errorId={errorId} />
    </div>
  );
}
