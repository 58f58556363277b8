"use client";
// Staff decisions on one booking: approve (one request or a whole series), refuse with a reason
// that is mailed, settle the deposit after use.
import { Form, MoneyField, SubmitButton, TextArea } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { formatEuro } from "@/lib/be/money";
import { depositSchema, refuseSchema } from "@/lib/halls/schema/decisions";
import { approveAction, approveSeriesAction, depositAction, refuseAction } from "@/lib/halls/staff-actions";

export function ApproveForm({ bookingId, label = "Goedkeuren" }: { bookingId: string; label?: string }) {
  return (
    <Form action={approveAction} label={label} className="space-y-2">
      <input type="hidden" name="bookingId" value={bookingId} />
      <SubmitButton pendingText="Bezig…">{label}</SubmitButton>
    </Form>
  );
}

export function ApproveSeriesForm({ seriesId, pending }: { seriesId: string; pending: number }) {
  return (
    <Form
      action={approveSeriesAction}
      label="Hele reeks goedkeuren"
      className="space-y-2"
      success={(r) =>
        [
          `${r.approved} ${r.approved === 1 ? "aanvraag" : "aanvragen"} goedgekeurd; de aanvrager kreeg een e-mail per datum.`,
          ...r.failed.map((f) => `${f.date}: ${f.message}`),
        ].join(" ")
      }
    >
      <input type="hidden" name="seriesId" value={seriesId} />
      <SubmitButton
        kind="secondary"
        pendingText="Bezig…"
      >{`Hele reeks goedkeuren (${pending})`}</SubmitButton>
    </Form>
  );
}

/** Refusing is the second step after "Weigeren…" on the board: it states what happens. */
export function RefuseForm({ bookingId }: { bookingId: string }) {
  return (
    <Form action={refuseAction} schema={refuseSchema} label="Aanvraag weigeren">
      <input type="hidden" name="bookingId" value={bookingId} />
      <TextArea label="Reden (de aanvrager krijgt ze te lezen)" name="reason" rows={3} />
      <Notice tone="warning" className="">
        Weigeren kan je niet ongedaan maken: de aanvrager krijgt de reden per e-mail en het moment komt vrij.
      </Notice>
      <SubmitButton kind="danger" pendingText="Bezig…">
        Aanvraag weigeren
      </SubmitButton>
    </Form>
  );
}

export function DepositForm({ bookingId, depositCents }: { bookingId: string; depositCents: number }) {
  return (
    <Form action={depositAction} schema={depositSchema} label="Waarborg regelen">
      <input type="hidden" name="bookingId" value={bookingId} />
      <MoneyField
        label="In te houden bedrag"
        name="kept"
        optional
        hint="Leeg of 0: de waarborg gaat volledig terug."
      />
      <TextArea label="Reden (schade, schoonmaak)" name="reason" rows={3} optional />
      <Notice tone="warning" className="">
        De aanvrager krijgt een e-mail; wat je niet inhoudt van de waarborg van {formatEuro(depositCents)},
        wordt terugbetaald. Dit regel je één keer.
      </Notice>
      <SubmitButton pendingText="Bezig…">Waarborg regelen</SubmitButton>
    </Form>
  );
}
