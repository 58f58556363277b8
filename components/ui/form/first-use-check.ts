"use client";
// The check of a <FirstUseForm>, loaded on its first use: react-hook-form's form control (the one
// useForm is built on, without a component) with the zod resolver over the form's FormData, as
// <Form> judges it: on submit, then again on every change of a tracked control once submitted.
import { zodResolver } from "@hookform/resolvers/zod";
import {
  createFormControl,
  type FieldErrors,
  type FieldValues,
  type Resolver,
  type UseFormRegisterReturn,
} from "react-hook-form";
import type { z } from "zod";
import { formDataToObject } from "@/lib/forms/form-data";
import { listErrors } from "./errors";

// zodResolver's generic types recurse through any schema; the kit only needs a plain resolver.
const resolveWith = zodResolver as unknown as (schema: z.ZodType) => Resolver<FieldValues>;

export type FirstUseCheck = {
  /** Judges the form as the pressed button would post it: `valid` posts, `invalid` gets the errors. */
  submit: (submitter: HTMLElement | null, valid: () => void, invalid: (errors: FieldErrors) => void) => void;
  /** The server's answer: its errors replace the browser's. */
  showServerErrors: (errors: FieldErrors) => void;
  /** After a success: a fresh start (checked again only on the next submit). */
  reset: () => void;
};

export function firstUseCheck(
  form: HTMLFormElement,
  schema: z.ZodType,
  tracked: Iterable<string>,
  serverErrors: FieldErrors,
  onErrors: (errors: FieldErrors) => void,
): FirstUseCheck {
  let submitter: HTMLElement | null = null;
  const resolver = resolveWith(schema);
  const control = createFormControl<FieldValues>({
    errors: serverErrors,
    shouldFocusError: false,
    // The FormData the browser would post, not react-hook-form's copy of the values (see <Form>).
    resolver: (_values, context, options) =>
      resolver(formDataToObject(new FormData(form, submitter)), context, options),
  });
  control.subscribe({ formState: { errors: true }, callback: ({ errors }) => onErrors({ ...errors }) });

  // Registered with the element that holds what was typed, so nothing typed before is lost.
  const controls = new Map<string, UseFormRegisterReturn>();
  for (const name of tracked) {
    const element = form.elements.namedItem(name);
    if (!(element instanceof HTMLElement)) continue;
    const registered = control.register(name);
    registered.ref(element);
    controls.set(name, registered);
  }
  const forward = (event: Event) => {
    const registered = controls.get((event.target as HTMLInputElement).name);
    if (registered) void (event.type === "focusout" ? registered.onBlur : registered.onChange)(event);
  };
  form.addEventListener("input", forward);
  form.addEventListener("focusout", forward);

  return {
    submit: (by, valid, invalid) => {
      submitter = by;
      void control.handleSubmit(valid, invalid)();
    },
    showServerErrors: (errors) => {
      control.clearErrors();
      for (const { name, message } of listErrors(errors)) control.setError(name, { type: "server", message });
    },
    reset: () => control.reset(undefined, { keepDefaultValues: true }),
  };
}
