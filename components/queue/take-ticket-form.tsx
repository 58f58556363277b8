"use client";
import { ActionForm, useFieldErrors } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { takeTicketSchema } from "@/lib/queue/schema";
import type { ReactNode } from "react";

type Option = { id: string; name: string; prefix: string };

function ServiceChoice({ options }: { options: Option[] }) {
  const errors = useFieldErrors("queueServiceId");
  return (
    <fieldset aria-describedby={errors ? "queueServiceId-error" : undefined}>
      <legend className="mb-2 text-lg font-semibold">Waarvoor kom je?</legend>
      {errors && (
        <p id="queueServiceId-error" className="mb-2 font-semibold text-red-800">
          {errors.join(" ")}
        </p>
      )}
      <div className="space-y-2">
        {options.map((o) => (
          <label
            key={o.id}
            className="flex cursor-pointer items-center gap-3 rounded-md border-2 border-slate-400 bg-white px-4 py-3 text-lg has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
          >
            <input type="radio" name="queueServiceId" value={o.id} required className="h-5 w-5" />
            {o.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Used by the entrance page (redirects to the ticket) and the desk (shows the issued number). */
export function TakeTicketForm<T>({
  action,
  siteId,
  options,
  submit,
  success,
  emailHint,
}: {
  action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  siteId: string;
  options: Option[];
  submit: string;
  success?: (data: T) => ReactNode;
  emailHint: string;
}) {
  return (
    <ActionForm action={action} schema={takeTicketSchema} label="Volgnummer nemen" success={success}>
      <input type="hidden" name="siteId" value={siteId} />
      <ServiceChoice options={options} />
      <TextField
        label="E-mailadres"
        name="email"
        type="email"
        autoComplete="email"
        optional
        hint={emailHint}
      />
      <SubmitButton pendingText="Even geduld…">{submit}</SubmitButton>
    </ActionForm>
  );
}
