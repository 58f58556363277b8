"use client";
// Single-line and multi-line text, and the typed variants of a text input (date, e-mail, number).
import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import { ErrorText, Hint, Label, controlClass, useField } from "./field-shell";

type Common = { name: string; label: ReactNode; hint?: ReactNode; optional?: boolean };
type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue" | "id"> & {
  defaultValue?: string | number;
};

export function TextField({
  name,
  label,
  hint,
  optional,
  defaultValue,
  className,
  ...rest
}: Common & InputProps) {
  const f = useField(name, hint);
  return (
    <div className={className}>
      <Label htmlFor={f.id} label={label} optional={optional} />
      <Hint id={f.hintId}>{hint}</Hint>
      <input
        id={f.id}
        className={controlClass}
        required={!optional}
        defaultValue={f.initial[0] ?? defaultValue}
        {...f.aria}
        {...rest}
        {...f.register()}
      />
      <ErrorText id={f.errorId} error={f.error} />
    </div>
  );
}

export function TextArea({
  name,
  label,
  hint,
  optional,
  defaultValue,
  rows = 5,
  ...rest
}: Common &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "defaultValue" | "id"> & {
    defaultValue?: string;
  }) {
  const f = useField(name, hint);
  return (
    <div>
      <Label htmlFor={f.id} label={label} optional={optional} />
      <Hint id={f.hintId}>{hint}</Hint>
      <textarea
        id={f.id}
        rows={rows}
        className={controlClass}
        required={!optional}
        defaultValue={f.initial[0] ?? defaultValue}
        {...f.aria}
        {...rest}
        {...f.register()}
      />
      <ErrorText id={f.errorId} error={f.error} />
    </div>
  );
}

/** A calendar date (YYYY-MM-DD, what the schema's calendarDate expects). */
export function DateField(props: Common & Omit<InputProps, "type">) {
  return <TextField type="date" {...props} />;
}

/** An amount in euro, typed as people write it ("12,50"); the schema's euroCents reads it. */
export function MoneyField({
  defaultCents,
  ...props
}: Common & Omit<InputProps, "type"> & { defaultCents?: number }) {
  const initial =
    defaultCents === undefined ? props.defaultValue : (defaultCents / 100).toFixed(2).replace(".", ",");
  return (
    <TextField
      inputMode="decimal"
      autoComplete="off"
      placeholder="0,00"
      {...props}
      label={<>{props.label} (in euro)</>}
      defaultValue={initial}
    />
  );
}

/** A whole number (people, quantities); the schema's wholeNumber reads it. */
export function NumberField(props: Common & Omit<InputProps, "type">) {
  return <TextField type="number" inputMode="numeric" step={1} {...props} />;
}
