"use client";
// A file upload. The browser's `accept` only helps choosing; the server checks the type from the
// bytes (lib/uploads) and refuses what is too big. A refused post cannot give a file back, so the
// hint says to choose it again.
import type { ReactNode } from "react";
import { ErrorText, Hint, Label, useField } from "./field-shell";

export function FileField({
  name,
  label,
  hint,
  optional,
  accept,
  multiple,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  /** e.g. "image/jpeg,image/png,application/pdf" */
  accept?: string;
  multiple?: boolean;
}) {
  const f = useField(name, hint);
  return (
    <div>
      <Label htmlFor={f.id} label={label} optional={optional} />
      <Hint id={f.hintId}>
        {hint}
        {f.posted && " Kies je bestand opnieuw: een browser stuurt het niet mee terug."}
      </Hint>
      <input
        id={f.id}
        type="file"
        accept={accept}
        multiple={multiple}
        className="mt-1 block w-full text-base file:mr-3 file:rounded-md file:border-0 file:bg-brand-700 file:px-4 file:py-2 file:font-semibold file:text-white"
        {...f.aria}
        {...f.register()}
      />
      <ErrorText id={f.errorId} error={f.error} />
    </div>
  );
}
