"use client";
// A form bound to a server action that also works without JavaScript. With JavaScript, the same
// zod schema the action uses checks the input first, so mistakes show without a round trip.
import { createContext, useActionState, useContext, useState, type ReactNode } from "react";
import type { z } from "zod";
import { type ActionResult, type FieldErrors, fieldErrorsOf } from "@/lib/actions/result";
import { type FormValues, formDataToObject, stringsAt } from "@/lib/forms/form-data";

type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

const ErrorsContext = createContext<FieldErrors>({});
const ValuesContext = createContext<FormValues>({});

export function useFieldErrors(name: string): string[] | undefined {
  return useContext(ErrorsContext)[name];
}

/** What the user submitted last time, when the server refused it; fields show it again. */
export function useSubmittedValue(name: string): string | undefined {
  const values = stringsAt(useContext(ValuesContext), name);
  return values.length ? values[0] : undefined;
}

export function ActionForm<T>({
  action,
  schema,
  children,
  success,
  className,
  label,
}: {
  action: FormAction<T>;
  schema?: z.ZodType;
  children: ReactNode;
  success?: (data: T, message?: string) => ReactNode;
  className?: string;
  label?: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const errors = clientErrors ?? (state && !state.ok ? (state.fieldErrors ?? {}) : {});
  const message = clientErrors
    ? "Controleer de gemarkeerde velden."
    : state && !state.ok
      ? state.message
      : null;

  return (
    <form
      action={formAction}
      className={className ?? "space-y-5"}
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        if (!schema) return;
        const parsed = schema.safeParse(formDataToObject(new FormData(event.currentTarget)));
        if (parsed.success) {
          setClientErrors(null);
          return;
        }
        event.preventDefault();
        setClientErrors(fieldErrorsOf(parsed.error));
        const first = event.currentTarget.querySelector<HTMLElement>(
          `[name="${String(parsed.error.issues[0]?.path[0] ?? "")}"]`,
        );
        first?.focus();
      }}
    >
      {message && (
        <div role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          {message}
        </div>
      )}
      {state?.ok && success && !clientErrors && (
        <div role="status" className="rounded-md border-l-4 border-brand-700 bg-brand-50 p-4 text-brand-900">
          {success(state.data, state.message)}
        </div>
      )}
      <ValuesContext.Provider value={state && !state.ok ? (state.values ?? {}) : {}}>
        <ErrorsContext.Provider value={errors}>{children}</ErrorsContext.Provider>
      </ValuesContext.Provider>
    </form>
  );
}
