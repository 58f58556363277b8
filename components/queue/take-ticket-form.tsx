"use client";
// Taking a number: the entrance page (redirects to the ticket) and the desk (shows the number).
import type { ReactNode } from "react";
import { Form, type FormAction, RadioGroup, SubmitButton, TextField } from "@/components/ui/form";
import { takeTicketSchema } from "@/lib/queue/schema";

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
    <Form action={action} schema={takeTicketSchema} label="Volgnummer nemen" success={success}>
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
    </Form>
  );
}
