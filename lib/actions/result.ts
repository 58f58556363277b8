// What every form action returns: success, or a Dutch message with errors per field and the values
// that were sent, so the form comes back filled in (also without JavaScript).
import type { z } from "zod";
import type { FormValues } from "@/lib/forms/form-data";

/** Messages per field path (`lines.0.quantity`); `_form` for what belongs to no single field. */
export type FieldErrors = Record<string, string[]>;
export type ActionResult<T = null> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fieldErrors?: FieldErrors; values?: FormValues };

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
