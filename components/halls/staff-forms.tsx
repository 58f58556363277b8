"use client";
// Staff decisions on one booking: approve, refuse with a reason, cancel, settle the deposit.
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import {
  approveAction,
  approveSeriesAction,
  depositAction,
  refuseAction,
  staffCancelAction,
} from "@/lib/halls/staff-actions";
import { depositSchema, refuseSchema } from "@/lib/halls/schema";

export function ApproveForm({ bookingId, label = "Goedkeuren" }: { bookingId: string; label?: string }) {
  return (
    <ActionForm
      action={approveAction}
      label={label}
      success={() => "Goedgekeurd; de aanvrager kreeg een e-mail."}
    >
      <input type="hidden" name="bookingId" value={bookingId} />
      <SubmitButton pendingText="Bezig…">{label}</SubmitButton>
    </ActionForm>
  );
}

export function ApproveSeriesForm({ seriesId, pending }: { seriesId: string; pending: number }) {
  return (
    <ActionForm
      action={approveSeriesAction}
      label="Hele reeks goedkeuren"
      success={(r) =>
        [
          `${r.approved} ${r.approved === 1 ? "aanvraag" : "aanvragen"} goedgekeurd; de aanvrager kreeg een e-mail per datum.`,
          ...r.failed.map((f) => `${f.date}: ${f.message}`),
        ].join(" ")
      }
    >
      <input type="hidden" name="seriesId" value={seriesId} />
      <SubmitButton pendingText="Bezig…">{`Hele reeks goedkeuren (${pending})`}</SubmitButton>
    </ActionForm>
  );
}

export function RefuseForm({ bookingId }: { bookingId: string }) {
  return (
    <ActionForm action={refuseAction} schema={refuseSchema} label="Aanvraag weigeren">
      <input type="hidden" name="bookingId" value={bookingId} />
      <TextAreaField label="Reden (de aanvrager krijgt ze te lezen)" name="reason" rows={3} />
      <SubmitButton kind="danger" pendingText="Bezig…">
        Weigeren
      </SubmitButton>
    </ActionForm>
  );
}

export function StaffCancelForm({ bookingId, feeText }: { bookingId: string; feeText: string }) {
  return (
    <ActionForm action={staffCancelAction} label="Reservatie annuleren namens de aanvrager">
      <input type="hidden" name="bookingId" value={bookingId} />
      <p>{feeText}</p>
      <SubmitButton kind="danger" pendingText="Bezig…">
        Annuleren namens de aanvrager
      </SubmitButton>
    </ActionForm>
  );
}

export function DepositForm({ bookingId }: { bookingId: string }) {
  return (
    <ActionForm action={depositAction} schema={depositSchema} label="Waarborg regelen">
      <input type="hidden" name="bookingId" value={bookingId} />
      <TextField
        label="In te houden bedrag (euro)"
        name="kept"
        inputMode="decimal"
        optional
        hint="Leeg of 0: de waarborg gaat volledig terug."
      />
      <TextAreaField label="Reden (schade, schoonmaak)" name="reason" rows={3} optional />
      <SubmitButton pendingText="Bezig…">Waarborg regelen</SubmitButton>
    </ActionForm>
  );
}
