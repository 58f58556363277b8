"use client";
// The buyer's choices on an open order: pay by bank transfer, confirm a free order from its mail,
// or give the reservation up.
import { ConfirmAction, Form, SubmitButton } from "@/components/ui/form";
import { cancelReservation, confirmFreeOrder, payByTransfer } from "@/lib/payments/actions";
import { confirmOrderSchema, orderTokenSchema } from "@/lib/payments/schema";

export function PayByTransferButton({ token }: { token: string }) {
  return (
    <Form
      action={payByTransfer}
      schema={orderTokenSchema}
      label="Betalen met overschrijving"
      className="space-y-2"
    >
      <input type="hidden" name="token" value={token} />
      <SubmitButton>Betalen met overschrijving</SubmitButton>
    </Form>
  );
}

export function CancelReservationButton({ token, freed }: { token: string; freed: string }) {
  return (
    <ConfirmAction
      action={cancelReservation}
      fields={{ token }}
      trigger="Reservatie annuleren"
      consequence={<p>Je bestelling vervalt en {freed}. Je betaalt niets.</p>}
      confirmLabel="Ja, annuleren"
    />
  );
}

/** The page a confirmation mail links to shows this button; the click, not the GET, confirms. */
export function ConfirmFreeOrderButton({ token, code }: { token: string; code: string }) {
  return (
    <Form
      action={confirmFreeOrder}
      schema={confirmOrderSchema}
      label="Bestelling bevestigen"
      className="space-y-2"
    >
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="code" value={code} />
      <SubmitButton>Ja, bevestig mijn bestelling</SubmitButton>
    </Form>
  );
}
