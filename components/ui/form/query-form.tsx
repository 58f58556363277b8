"use client";
// A form that changes what a page shows (a filter, a choice of service and town hall): a GET form
// to the page itself, with the kit's fields, so its labels and ids are wired like any other form.
// Nothing is posted, so there is no schema: the page reads and checks its own query string.
import { type ReactNode, useId } from "react";
import { type FieldValues, FormProvider, useForm } from "react-hook-form";
import type { FormValues } from "@/lib/forms/form-data";
import { FormKitContext } from "./context";

export function QueryForm({
  action,
  label,
  values = {},
  className,
  children,
}: {
  /** The page the choice leads to. */
  action: string;
  label: string;
  /** What the page shows now, by field name, so the fields show the current choice. */
  values?: FormValues;
  className?: string;
  children: ReactNode;
}) {
  const formId = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const methods = useForm<FieldValues>({ defaultValues: values as FieldValues });
  return (
    <FormKitContext.Provider value={{ formId, values, posted: false, pending: false }}>
      <FormProvider {...methods}>
        <form method="get" action={action} aria-label={label} className={className ?? "space-y-5"}>
          {children}
        </form>
      </FormProvider>
    </FormKitContext.Provider>
  );
}
