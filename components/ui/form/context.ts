"use client";
// What the kit's fields need from the form around them: ids, the values to render, the errors and
// how a control is tracked. <Form> and <QueryForm> fill it from react-hook-form; <FirstUseForm>
// from its own state until its check (react-hook-form too) has loaded, so the fields themselves
// never import react-hook-form and a page can leave it out of its first load.
import { createContext, useContext } from "react";
import type { FieldErrors as HookErrors, UseFormRegisterReturn } from "react-hook-form";
import type { FormValues } from "@/lib/forms/form-data";

/** What a tracked control (text, select, file) spreads: react-hook-form's register, or its name. */
export type TrackedControl = Pick<UseFormRegisterReturn, "name"> & Partial<UseFormRegisterReturn>;

export type FormKit = {
  /** Prefix of every field id in this form, so two forms on a page never share an id. */
  formId: string;
  /** Values to render into the HTML: the defaults, or what was posted when the server refused it. */
  values: FormValues;
  /** True when `values` are what was posted (a refusal): an absent checkbox then means unticked. */
  posted: boolean;
  /** True while the action runs (with JavaScript). */
  pending: boolean;
  /** The form's errors in react-hook-form's nested shape: the browser's check or the server's. */
  errors: HookErrors;
  /** Tracks a control by name (react-hook-form's register). */
  register: (name: string) => TrackedControl;
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
