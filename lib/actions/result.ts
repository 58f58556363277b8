// What every form action returns: success, or a Dutch message with errors per field.
import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;
export type ActionResult<T = null> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fieldErrors?: FieldErrors; values?: SubmittedValues };

/** What the user typed, sent back with a failure so the form is filled in again (also without JS). */
export type SubmittedValues = Record<string, string>;

const NOT_ECHOED = new Set(["website"]); // the honeypot

export function submittedValues(formData: FormData): SubmittedValues {
  const out: SubmittedValues = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !NOT_ECHOED.has(key)) out[key] = value;
  }
  return out;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** FormData to a plain object; repeated names become arrays, empty strings stay for zod to judge. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value !== "string") continue;
    if (key in out) out[key] = ([] as unknown[]).concat(out[key], value);
    else out[key] = value;
  }
  return out;
}
