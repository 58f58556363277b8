"use client";
// Checkbox and radio groups and a select, with their errors tied to them like TextField's.
import { useId, type ReactNode } from "react";
import { useFieldErrors, useSubmittedValue } from "@/components/ui/action-form";

function GroupError({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p id={id} className="mt-1 text-sm font-semibold text-red-800">
      {errors.join(" ")}
    </p>
  ) : null;
}

export function ChoiceGroup({
  legend,
  name,
  type,
  options,
  defaultValues = [],
  hint,
}: {
  legend: string;
  name: string;
  type: "checkbox" | "radio";
  options: { value: string; label: ReactNode }[];
  defaultValues?: string[];
  hint?: string;
}) {
  const id = useId();
  const errors = useFieldErrors(name);
  const submitted = useSubmittedValue(name);
  const checked = submitted !== undefined ? [submitted] : defaultValues;
  const describedBy = [hint ? `${id}-hint` : "", errors ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <fieldset aria-describedby={describedBy || undefined} aria-invalid={errors ? true : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      <div className="mt-2 space-y-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-3">
            <input
              type={type}
              name={name}
              value={o.value}
              defaultChecked={checked.includes(o.value)}
              className="size-5"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <GroupError id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}

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
  const submitted = useSubmittedValue(name);
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={submitted ?? defaultValue}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? `${id}-error` : undefined}
        className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <GroupError id={`${id}-error`} errors={errors} />
    </div>
  );
}
