"use client";
// Cancelling a booking, by the requester or by staff for them: a confirmation step that says what
// it costs (the fee now, what comes back) before anything happens. Works without JavaScript.
import { ConfirmAction } from "@/components/ui/form";
import { formatEuro } from "@/lib/be/money";
import { cancelMyBooking } from "@/lib/halls/actions";
import { staffCancelAction } from "@/lib/halls/staff-actions";

export type CancelTerms = {
  feeCents: number;
  feePercent: number;
  daysBefore: number;
  paid: boolean;
  depositCents: number;
};

export function cancellationConsequence(t: CancelTerms): string {
  const fee =
    t.feeCents > 0
      ? `Annuleren kost nu ${formatEuro(t.feeCents)} (${t.feePercent} % van de huurprijs, ${t.daysBefore} dagen op voorhand).`
      : "Annuleren kost nu niets.";
  const back = t.paid
    ? t.feeCents > 0
      ? " De rest van wat betaald is, met de volledige waarborg, wordt terugbetaald."
      : " Alles wat betaald is, wordt terugbetaald."
    : t.depositCents > 0 && t.feeCents > 0
      ? " De waarborg valt weg; de annuleringskost wordt gefactureerd."
      : "";
  return `${fee}${back} Het moment komt vrij voor anderen.`;
}

export function CancelBooking({
  bookingId,
  terms,
  byStaff = false,
}: {
  bookingId: string;
  terms: CancelTerms;
  byStaff?: boolean;
}) {
  return (
    <ConfirmAction
      action={byStaff ? staffCancelAction : cancelMyBooking}
      fields={{ bookingId }}
      trigger={byStaff ? "Annuleren namens de aanvrager" : "Reservatie annuleren"}
      consequence={<p>{cancellationConsequence(terms)}</p>}
      confirmLabel={terms.feeCents > 0 ? `Annuleren voor ${formatEuro(terms.feeCents)}` : "Ja, annuleren"}
    />
  );
}
