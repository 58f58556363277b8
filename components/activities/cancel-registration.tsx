"use client";
// Cancelling a registration: the panel states the fee and what comes back before anything happens.
import { ConfirmAction } from "@/components/ui/form";
import { cancelMyRegistration } from "@/lib/activities/actions";
import { formatEuro } from "@/lib/be/money";

export function CancelRegistration({
  registrationId,
  status,
  priceCents,
  feeCents,
}: {
  registrationId: string;
  status: string;
  priceCents: number;
  feeCents: number;
}) {
  const fee = Math.min(feeCents, priceCents);
  const consequence =
    status === "CONFIRMED"
      ? fee > 0
        ? `We houden ${formatEuro(fee)} annuleringskosten en betalen ${formatEuro(priceCents - fee)} terug.`
        : `We betalen ${formatEuro(priceCents)} terug.`
      : status === "HELD"
        ? "Je betaalde nog niets: de bestelling vervalt, met alle plaatsen die ze vasthoudt."
        : "Je kind verlaat de wachtlijst.";
  return (
    <ConfirmAction
      action={cancelMyRegistration}
      fields={{ registrationId }}
      trigger="Annuleren"
      consequence={<p>{consequence} De plaats gaat naar wie op de wachtlijst staat.</p>}
      confirmLabel="Ja, annuleren"
    />
  );
}
