"use client";
// Moving or cancelling through the personal link (the token travels in a hidden field), and
// moving from Mijn afspraken (the id; the command checks it is the resident's own).
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { cancelAction, moveMineAction, rescheduleAction } from "@/lib/appointments/actions";
import { manageTokenSchema, moveMineSchema, rescheduleSchema } from "@/lib/appointments/schema";
import { TimeChoice, type TimeOption } from "./time-choice";

export function RescheduleForm({
  token,
  legend,
  times,
}: {
  token: string;
  legend: string;
  times: TimeOption[];
}) {
  return (
    <ActionForm action={rescheduleAction} schema={rescheduleSchema} label="Afspraak verplaatsen">
      <input type="hidden" name="token" value={token} />
      <TimeChoice legend={legend} options={times} />
      <SubmitButton pendingText="Afspraak wordt verplaatst…">Naar dit tijdstip verplaatsen</SubmitButton>
    </ActionForm>
  );
}

/** The same choice from Mijn afspraken: the appointment's id instead of the token. */
export function MoveMineForm({ id, legend, times }: { id: string; legend: string; times: TimeOption[] }) {
  return (
    <ActionForm action={moveMineAction} schema={moveMineSchema} label="Afspraak verplaatsen">
      <input type="hidden" name="id" value={id} />
      <TimeChoice legend={legend} options={times} />
      <SubmitButton pendingText="Afspraak wordt verplaatst…">Naar dit tijdstip verplaatsen</SubmitButton>
    </ActionForm>
  );
}

export function CancelForm({ token }: { token: string }) {
  return (
    <ActionForm action={cancelAction} schema={manageTokenSchema} label="Afspraak annuleren">
      <input type="hidden" name="token" value={token} />
      <SubmitButton kind="danger" pendingText="Afspraak wordt geannuleerd…">
        Afspraak annuleren
      </SubmitButton>
    </ActionForm>
  );
}
