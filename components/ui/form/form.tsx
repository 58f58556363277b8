"use client";
// The one form of the portal: react-hook-form with the zod resolver, posting to a server action.
// Without JavaScript it is a plain form that posts to the action, and the page comes back with
// the values and errors. With JavaScript, the same zod schema the action parses checks the
// form's FormData first, so mistakes show without a round trip and focus goes to the first one.
import { zodResolver } from "@hookform/resolvers/zod";
import { type ReactNode, startTransition, useActionState, useEffect, useId, useMemo, useRef } from "react";
import { type FieldValues, FormProvider, type Resolver, useForm } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { type FormValues, formDataToObject } from "@/lib/forms/form-data";
import { FormKitContext } from "./context";
import { FormAnswer } from "./form-answer";
import { listErrors, toHookErrors } from "./errors";
import { focusField } from "./focus";

// zodResolver's generic types recurse through any schema; the kit only needs a plain resolver.
const resolveWith = zodResolver as unknown as (schema: z.ZodType) => Resolver<FieldValues>;

export type FormAction<T> = (
  previous: ActionResult<T> | null,
  formData: FormData,
) => Promise<ActionResult<T>>;

type Props<T> = {
  action: FormAction<T>;
  /** The schema the action parses; checked in the browser before posting. */
  schema?: z.ZodType;
  /** Initial values by field path (`lines.0.quantity`), for forms that edit something. */
  defaultValues?: FormValues;
  children: ReactNode;
  /** What to show after success (the action's data and message). */
  success?: (data: T, message?: string) => ReactNode;
  /** Accessible name of the form. */
  label?: string;
  className?: string;
  /** Clear the fields after success (default), or keep them (settings that stay on screen). */
  keepValues?: boolean;
  /**
   * What the fields show after a success, from the action's data (a form that stays on screen,
   * e.g. the scanner's device name): without JavaScript the page comes back with these.
   */
  valuesAfter?: (data: T) => FormValues;
  /** Called once per success, after the fields were cleared (with JavaScript only). */
  onSuccess?: (data: T) => void;
  /** The form element's id, for controls or tests outside it. */
  id?: string;
  /** A form sent once (the click at opening): after a success only its answer shows, no button. */
  once?: boolean;
};

export function Form<T>({
  action,
  schema,
  defaultValues,
  children,
  success,
  label,
  className,
  keepValues = false,
  valuesAfter,
  onSuccess,
  id,
  once = false,
}: Props<T>) {
  const [state, dispatch, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  // The button that submitted: its name/value is part of what the schema judges (which button).
  const submitterRef = useRef<HTMLElement | null>(null);
  const formId = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const refused = state && !state.ok ? state : null;
  const kept = state?.ok && valuesAfter ? valuesAfter(state.data) : undefined;
  const values = refused?.values ?? kept ?? defaultValues ?? {};
  const serverErrors = useMemo(() => toHookErrors(refused?.fieldErrors), [refused]);

  // No defaultValues for react-hook-form: the fields render their values into the HTML, and a
  // field registering at hydration then takes what the DOM holds, so nothing typed or ticked
  // before the page came alive is overwritten.
  const methods = useForm<FieldValues>({
    errors: serverErrors,
    shouldFocusError: false,
    // The resolver judges the FormData the browser would post, not react-hook-form's copy of the
    // values: checkbox groups, nested names and files then look exactly as the server sees them.
    resolver: schema
      ? (_values, context, options) =>
          resolveWith(schema)(
            formDataToObject(new FormData(formRef.current!, submitterRef.current)),
            context,
            options,
          )
      : undefined,
  });

  // A refusal from the server moves focus to its first field error, like a refusal in the browser.
  useEffect(() => {
    const first = refused?.fieldErrors && Object.keys(refused.fieldErrors).find((k) => k !== "_form");
    if (first) focusField(formId, first);
  }, [refused, formId]);

  // The latest onSuccess, so a new callback on every render does not re-run the effect below.
  const onSuccessRef = useRef(onSuccess);
  useEffect(() => {
    onSuccessRef.current = onSuccess;
  });

  useEffect(() => {
    if (!state?.ok) return;
    if (!keepValues) {
      formRef.current?.reset();
      methods.reset();
    }
    onSuccessRef.current?.(state.data);
  }, [state, keepValues, methods]);

  return (
    <FormKitContext.Provider
      value={{
        formId,
        values,
        posted: Boolean(refused?.values),
        pending,
        errors: methods.formState.errors,
        register: methods.register,
      }}
    >
      <FormProvider {...methods}>
        <form
          ref={formRef}
          id={id}
          action={dispatch}
          noValidate
          aria-label={label}
          className={className ?? "space-y-5"}
          onSubmit={(event) => {
            const submitter = (event.nativeEvent as SubmitEvent).submitter;
            submitterRef.current = submitter;
            void methods.handleSubmit(
              () => {
                const data = new FormData(formRef.current!, submitter);
                startTransition(() => dispatch(data));
              },
              (errors) => focusField(formId, listErrors(errors)[0]?.name),
            )(event);
          }}
        >
          <FormAnswer state={state} success={success} />
          {once && state?.ok ? null : children}
        </form>
      </FormProvider>
    </FormKitContext.Provider>
  );
}
