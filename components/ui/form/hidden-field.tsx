"use client";
// A value the form carries without showing it, such as the id of an existing row in a Repeater.
// Its value is fixed when the row first renders (from the defaults, or from what was posted), so
// it stays with its row when rows above it are removed and the names shift.
import { useState } from "react";
import { useField } from "./field-shell";

export function HiddenField({ name }: { name: string }) {
  const f = useField(name);
  const [value] = useState(() => f.initial[0] ?? "");
  return value ? <input type="hidden" name={name} value={value} /> : null;
}
