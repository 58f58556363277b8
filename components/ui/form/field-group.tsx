"use client";
// A group of the kit's fields that is judged as a whole ("kies minstens één ticket"): a fieldset
// whose legend names it, with the group's own error. It carries the group's id, so the error
// summary's link lands on it.
import type { ReactNode } from "react";
import { Group, useField } from "./field-shell";

export function FieldGroup({
  name,
  legend,
  hint,
  children,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  children: ReactNode;
}) {
  const f = useField(name, hint);
  return (
    <div id={f.id} tabIndex={-1}>
      <Group legend={legend} hint={hint} hintId={f.hintId} error={f.error} errorId={f.errorId}>
        {children}
      </Group>
    </div>
  );
}
