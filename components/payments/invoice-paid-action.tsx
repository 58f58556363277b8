"use client";
// Staff: "Betaling ontvangen" on an open invoice, confirmed in a second step that states what is booked.
import { ConfirmAction } from "@/components/ui/form/confirm-action";
import { formatEuro } from "@/lib/be/money";
import { invoicePaidAction } from "@/lib/payments/invoice-actions";

export function InvoicePaidAction({
  orderId,
  invoiceNumber,
  addressee,
  totalCents,
}: {
  orderId: string;
  invoiceNumber: string;
  addressee: string;
  totalCents: number;
}) {
  return (
    <ConfirmAction
      action={invoicePaidAction}
      fields={{ orderId }}
      trigger="Betaling ontvangen"
      consequence={
        <p>
          We boeken {formatEuro(totalCents)} van {addressee} als betaling van factuur {invoiceNumber}. De
          factuur is dan betaald en de koper krijgt een bevestiging.
        </p>
      }
      confirmLabel={`${formatEuro(totalCents)} ontvangen`}
      done={(r) => r.message}
    />
  );
}
