"use client";
// Step two: the reviewed request, posted again as hidden fields; the server re-checks everything.
import { Form, SubmitButton } from "@/components/ui/form";
import { confirmBooking } from "@/lib/halls/actions";

export function ConfirmRequestForm({ fields, label }: { fields: [string, string][]; label: string }) {
  return (
    <Form action={confirmBooking} label="Reservatie bevestigen">
      {fields.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pendingText="Bezig met reserveren…">{label}</SubmitButton>
    </Form>
  );
}
