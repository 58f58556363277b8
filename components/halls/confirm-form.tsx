"use client";
// Step two: the reviewed request, posted again as hidden fields; the server re-checks everything.
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { confirmBooking } from "@/lib/halls/actions";

export function ConfirmForm({ fields, label }: { fields: [string, string][]; label: string }) {
  return (
    <ActionForm action={confirmBooking} label="Reservatie bevestigen">
      {fields.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pendingText="Bezig met reserveren…">{label}</SubmitButton>
    </ActionForm>
  );
}
