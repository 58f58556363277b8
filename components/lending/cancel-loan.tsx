"use client";
// Cancelling a loan until the deadline: the panel says what happens before anything does.
import { ConfirmAction } from "@/components/ui/form";
import { formatEuro } from "@/lib/be/money";
import { cancelMyLoan } from "@/lib/lending/actions";

export function CancelLoan({ loanId, paidCents }: { loanId: string; paidCents: number | null }) {
  return (
    <ConfirmAction
      action={cancelMyLoan}
      fields={{ loanId }}
      trigger="Uitlening annuleren"
      consequence={
        <p>
          {paidCents
            ? `Annuleren is gratis tot de termijn: we betalen ${formatEuro(paidCents)} (huur en waarborg) terug.`
            : "Je betaalde nog niets; de bestelling vervalt."}{" "}
          Het materiaal komt vrij voor anderen.
        </p>
      }
      confirmLabel="Ja, annuleren"
    />
  );
}
