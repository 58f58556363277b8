"use client";
// A fieldset of checkboxes or radio buttons inside an ActionForm, with its error tied to the legend.
import { useId } from "react";
import { useFieldErrors } from "@/components/ui/action-form";

export function ChoiceGroup({
  legend,
  name,
  type,
  options,
  checked,
  hint,
}: {
  legend: string;
  name: string;
  type: "checkbox" | "radio";
  options: { value: string; label: string }[];
  checked: readonly string[];
  hint?: string;
}) {
  const id = useId();
  const errors = useFieldErrors(name);
  const describedBy = [hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <fieldset aria-describedby={describedBy || undefined}>
      <legend className="font-semibold">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input
              type={type}
              name={name}
              value={o.value}
              defaultChecked={checked.includes(o.value)}
              className="h-5 w-5"
              aria-invalid={errors?.length ? true : undefined}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
