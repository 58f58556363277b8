"use client";
// A labelled select inside an ActionForm, with its error tied to it.
import { useId } from "react";
import { useFieldErrors, useSubmittedValue } from "@/components/ui/action-form";

export function SelectField({
  label,
  name,
  options,
  defaultValue,
}: {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
}) {
  const id = useId();
  const errors = useFieldErrors(name);
  // After a refused submit the form is reset; a select only takes a new default when it remounts,
  // so the key changes with the value that was sent and the choice stays.
  const submitted = useSubmittedValue(name);
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select
        key={submitted ?? ""}
        id={id}
        name={name}
        defaultValue={submitted ?? defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
