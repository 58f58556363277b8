"use client";
// Publishing, resizing and cancelling a performance.
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { cancelPerformanceAction, publishAction, resizeAction } from "@/lib/tickets/admin-actions";

export function PublishToggle({ id, published }: { id: string; published: boolean }) {
  return (
    <ActionForm action={publishAction} label="Publicatie" className="space-y-2" success={() => "Bewaard."}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="published" value={published ? "false" : "true"} />
      <SubmitButton>{published ? "Offline halen" : "Publiceren"}</SubmitButton>
    </ActionForm>
  );
}

export function ResizeForm({ id, capacity }: { id: string; capacity: number }) {
  return (
    <ActionForm
      action={resizeAction}
      label="Aantal plaatsen"
      className="space-y-2"
      success={() => "Het aantal plaatsen is aangepast."}
    >
      <input type="hidden" name="id" value={id} />
      <TextField label="Aantal plaatsen" name="seats" inputMode="numeric" defaultValue={String(capacity)} />
      <SubmitButton>Aanpassen</SubmitButton>
    </ActionForm>
  );
}

export function CancelPerformanceForm({ id }: { id: string }) {
  return (
    <ActionForm
      action={cancelPerformanceAction}
      label="Voorstelling annuleren"
      className="space-y-3"
      success={(t) =>
        `Geannuleerd. ${t.refunded} online terugbetaald, ${t.manual} terug te betalen door de boekhouding, ${t.cancelled} onbetaalde reservaties geschrapt. Alle kopers kregen een e-mail.`
      }
    >
      <input type="hidden" name="id" value={id} />
      <TextField label="Reden (de kopers krijgen ze te lezen)" name="reason" />
      <SubmitButton kind="danger">Voorstelling annuleren en kopers terugbetalen</SubmitButton>
    </ActionForm>
  );
}
