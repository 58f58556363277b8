"use client";
// Selects, radio groups, checkbox groups and a single checkbox. Groups are fieldsets whose legend
// names them; the first option carries the field's id, so the error summary can link to it.
// Radios and checkboxes are plain named inputs that react-hook-form does not register: it would
// untick an option a person ticked before the page came alive (its first registered option reads
// "nothing chosen" and applies that to the next). The kit's check reads the form's FormData anyway.
import type { ReactNode, SelectHTMLAttributes } from "react";
import { ErrorText, Group, Hint, Label, controlClass, useField } from "./field-shell";

export type Option = { value: string; label: ReactNode; hint?: ReactNode; disabled?: boolean };

export function Select({
  name,
  label,
  hint,
  optional,
  options,
  placeholder,
  defaultValue,
  ...rest
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  options: { value: string; label: string; disabled?: boolean }[];
  /** A first, empty choice ("Kies …"); without it the first option is preselected. */
  placeholder?: string;
  defaultValue?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "defaultValue" | "id">) {
  const f = useField(name, hint);
  return (
    <div>
      <Label htmlFor={f.id} label={label} optional={optional} />
      <Hint id={f.hintId}>{hint}</Hint>
      <select
        id={f.id}
        className={controlClass}
        defaultValue={f.initial[0] ?? defaultValue ?? (placeholder ? "" : undefined)}
        {...f.aria}
        {...rest}
        {...f.register()}
      >
        {placeholder && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
      <ErrorText id={f.errorId} error={f.error} />
    </div>
  );
}

function OptionList({
  type,
  name,
  options,
  checked,
  inline,
}: {
  type: "radio" | "checkbox";
  name: string;
  options: Option[];
  checked: string[];
  inline?: boolean;
}) {
  const f = useField(name);
  return (
    <div className={inline ? "mt-2 flex flex-wrap gap-x-6 gap-y-2" : "mt-2 space-y-2"}>
      {options.map((o, i) => {
        const id = i === 0 ? f.id : `${f.id}-${i}`;
        return (
          <div key={o.value} className="flex items-start gap-3">
            <input
              id={id}
              type={type}
              value={o.value}
              disabled={o.disabled}
              name={name}
              defaultChecked={checked.includes(o.value)}
              aria-invalid={f.error ? true : undefined}
              className="mt-0.5 size-5 shrink-0"
            />
            <label htmlFor={id}>
              {o.label}
              {o.hint && <span className="block text-sm text-slate-700">{o.hint}</span>}
            </label>
          </div>
        );
      })}
    </div>
  );
}

type GroupProps = {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  options: Option[];
  /** Side by side instead of one per line (short labels). */
  inline?: boolean;
};

export function RadioGroup({ defaultValue, ...props }: GroupProps & { defaultValue?: string }) {
  const f = useField(props.name, props.hint);
  const checked = f.posted || f.initial.length ? f.initial : defaultValue !== undefined ? [defaultValue] : [];
  return (
    <Group {...props} hintId={f.hintId} error={f.error} errorId={f.errorId}>
      <OptionList type="radio" {...props} checked={checked} />
    </Group>
  );
}

export function CheckboxGroup({
  defaultValue = [],
  ...props
}: GroupProps & { defaultValue?: readonly string[] }) {
  const f = useField(props.name, props.hint);
  const checked = f.posted || f.initial.length ? f.initial : [...defaultValue];
  return (
    <Group {...props} hintId={f.hintId} error={f.error} errorId={f.errorId}>
      <OptionList type="checkbox" {...props} checked={checked} />
    </Group>
  );
}

/** One yes/no checkbox ("Ik ga akkoord"); the schema's checkbox() reads it as a boolean. */
export function Checkbox({
  name,
  label,
  hint,
  defaultChecked,
  value = "on",
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  defaultChecked?: boolean;
  value?: string;
}) {
  const f = useField(name, hint);
  return (
    <div>
      <div className="flex items-start gap-3">
        <input
          id={f.id}
          type="checkbox"
          value={value}
          name={name}
          defaultChecked={f.posted || f.initial.length ? f.initial.includes(value) : defaultChecked}
          className="mt-0.5 size-5 shrink-0"
          {...f.aria}
        />
        <label htmlFor={f.id} className="font-semibold">
          {label}
        </label>
      </div>
      <Hint id={f.hintId}>{hint}</Hint>
      <ErrorText id={f.errorId} error={f.error} />
    </div>
  );
}
