"use client";
// Taking a number: the entrance page (redirects to the ticket) and the desk (shows the number).
import type { ReactNode } from "react";
// Every visitor of the entrance page gets this form: its parts come from their own files and its
// check (react-hook-form, the zod resolver and the schema) loads on first use, which keeps the
// page within the JavaScript budget (issue 16).
import { RadioGroup } from "@/components/ui/form/choice-fields";
import { FirstUseForm } from "@/components/ui/form/first-use-form";
import type { FormAction } from "@/components/ui/form/form";
import { SubmitButton } from "@/components/ui/form/submit-button";
import { TextField } from "@/components/ui/form/text-field";

const takeTicketSchema = () => import("@/lib/queue/schema").then((m) => m.takeTicketSchema);

type Option = { id: string; name: string; prefix: string };

export function TakeTicketForm<T>({
  action,
  siteId,
  options,
  submit,
  success,
  emailHint,
}: {
  action: FormAction<T>;
  siteId: string;
  options: Option[];
  submit: string;
  success?: (data: T) => ReactNode;
  emailHint: string;
}) {
  return (
    <FirstUseForm action={action} schema={takeTicketSchema} label="Volgnummer nemen" success={success}>
      <input type="hidden" name="siteId" value={siteId} />
      <RadioGroup
        name="queueServiceId"
        legend="Waarvoor kom je?"
        options={options.map((o) => ({ value: o.id, label: o.name }))}
      />
      <TextField
        label="E-mailadres"
        name="email"
        type="email"
        autoComplete="email"
        optional
        hint={emailHint}
      />
      <SubmitButton pendingText="Even geduld…">{submit}</SubmitButton>
    </FirstUseForm>
  );
}
