"use client";
// Small staff forms around orders: a transfer that arrived, and refunding a paid order.
import { ConfirmAction, Form, MoneyField, SubmitButton, TextField } from "@/components/ui/form";
import { formatEuro } from "@/lib/be/money";
import { refundOrderAction, transferReceivedAction } from "@/lib/tickets/admin-actions";
import { transferReceivedSchema } from "@/lib/tickets/admin-schema";
import { ticketMessages } from "@/lib/tickets/messages";

export function TransferReceivedForm() {
  return (
    <Form
      action={transferReceivedAction}
      schema={transferReceivedSchema}
      label="Overschrijving ontvangen"
      success={(r) => r.message}
    >
      <TextField
        label="Gestructureerde mededeling"
        name="ogm"
        hint="+++123/4567/89002+++"
        autoComplete="off"
      />
      <MoneyField label="Ontvangen bedrag" name="amount" />
      <SubmitButton>Betaling boeken</SubmitButton>
    </Form>
  );
}

/** Refunding states the amount and how it goes back; the buyer is mailed, the tickets stop working. */
export function RefundAction({
  orderId,
  number,
  buyerName,
  totalCents,
  online,
}: {
  orderId: string;
  number: string;
  buyerName: string;
  totalCents: number;
  /** Paid through Stripe: the money goes back automatically; otherwise finance pays it back. */
  online: boolean;
}) {
  return (
    <ConfirmAction
      action={refundOrderAction}
      fields={{ id: orderId, reason: ticketMessages.refundedByStaff }}
      trigger="Terugbetalen"
      consequence={
        <p>
          {buyerName} krijgt {formatEuro(totalCents)} terug
          {online
            ? " via Stripe, op de kaart of rekening waarmee betaald werd"
            : "; de boekhouding betaalt het terug"}
          . De tickets van bestelling {number} worden ongeldig en de plaatsen komen vrij.
        </p>
      }
      confirmLabel={`${formatEuro(totalCents)} terugbetalen`}
      done={(r) =>
        r.manual ? "Gemarkeerd als terugbetaald; de boekhouding betaalt terug." : "Terugbetaald via Stripe."
      }
    />
  );
}
