"use client";
// A form of the kit whose answer is an address (method GET): filters, a search, a step that only
// chooses where to go next. The page reads the query string, so it works without JavaScript and
// the result can be bookmarked. The fields are the kit's own: they show the values from the query;
// errors the page found in it come in `errors`, and with JavaScript the schema checks first.
import { type ReactNode, useId, useMemo, useRef } from "react";
import { type FieldValues, FormProvider, useForm } from "react-hook-form";
import type { z } from "zod";
import type { FieldErrors } from "@/lib/actions/result";
import { buttonClass } from "../button-class";
import { type FormValues, formDataToObject } from "@/lib/forms/form-data";
import { FormKitContext } from "./context";
import { ErrorSummary } from "./error-summary";
import { toHookErrors } from "./errors";
import { focusField } from "./focus";

export function QueryForm({
  action,
  values = {},
  errors,
  schema,
  label,
  role,
  className,
  submit,
  children,
}: {
  /** The path the query goes to ("/beheer/audit"). */
  action: string;
  /** What the query says now (searchParams), shown in the fields. */
  values?: FormValues;
  /** Errors the page found in the query. */
  errors?: FieldErrors;
  schema?: z.ZodType;
  label: string;
  /** "search" for a search or filter form. */
  role?: "search";
  className?: string;
  /** The button's words ("Filteren", "Zoeken", "Verder"); leave out to place buttons yourself. */
  submit?: string;
  children: ReactNode;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const formId = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const serverErrors = useMemo(() => toHookErrors(errors), [errors]);
  // As in Form: no defaultValues, so a field registering at hydration keeps what the DOM holds.
  const methods = useForm<FieldValues>({ errors: serverErrors, shouldFocusError: false });
  return (
    <FormKitContext.Provider
      value={{
        formId,
        values,
        posted: Boolean(errors),
        pending: false,
        errors: methods.formState.errors,
        register: methods.register,
      }}
    >
      <FormProvider {...methods}>
        <form
          ref={formRef}
          method="get"
          action={action}
          noValidate
          role={role}
          aria-label={label}
          className={className ?? "space-y-5"}
          onSubmit={(event) => {
            if (!schema) return;
            // Synchronous, so a valid form goes on as a plain GET without being held back.
            const parsed = schema.safeParse(formDataToObject(new FormData(formRef.current!)));
            methods.clearErrors();
            if (parsed.success) return;
            event.preventDefault();
            for (const issue of parsed.error.issues)
              methods.setError(issue.path.join("."), { type: "client", message: issue.message });
            focusField(formId, parsed.error.issues[0]!.path.join("."));
          }}
        >
          <ErrorSummary />
          {children}
          {submit && (
            <div className="flex items-end">
              <button type="submit" className={buttonClass()}>
                {submit}
              </button>
            </div>
          )}
        </form>
      </FormProvider>
    </FormKitContext.Provider>
  );
}
