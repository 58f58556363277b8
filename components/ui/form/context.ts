"use client";
// What the kit's fields need from the form around them, besides react-hook-form's own state.
import { createContext, useContext } from "react";
import type { FormValues } from "@/lib/forms/form-data";

export type FormKit = {
  /** Prefix of every field id in this form, so two forms on a page never share an id. */
  formId: string;
  /** Values to render into the HTML: the defaults, or what was posted when the server refused it. */
  values: FormValues;
  /** True when `values` are what was posted (a refusal): an absent checkbox then means unticked. */
  posted: boolean;
  /** True while the action runs (with JavaScript). */
  pending: boolean;
};

export const FormKitContext = createContext<FormKit | null>(null);

export function useFormKit(): FormKit {
  const kit = useContext(FormKitContext);
  if (!kit) throw new Error("Velden van de formulierkit horen binnen <Form>.");
  return kit;
}

/** The id of a field's control; error summary links point at it. */
export function fieldId(formId: string, name: string): string {
  return `${formId}-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}
