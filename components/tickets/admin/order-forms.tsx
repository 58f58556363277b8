"use client";
// Small staff forms around orders: a transfer that arrived, a refund with its reason.
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatEuro } from "@/lib/be/money";
import { refundOrderAction, transferReceivedAction } from "@/lib/tickets/admin-actions";
import { transferReceivedSchema } from "@/lib/tickets/admin-schema";

export function TransferReceivedForm() {
  return (
    <ActionForm
      action={transferReceivedAction}
      schema={transferReceivedSchema}
      label="Overschrijving ontvangen"
      success={(r) =>
        r.outcome === "paid"
          ? "Betaling geboekt; de koper krijgt zijn tickets."
          : r.outcome === "already-paid"
            ? "Deze bestelling was al betaald."
            : "Geboekt, maar de plaatsen zijn intussen weg: betaal terug."
      }
    >
      <TextField
        label="Gestructureerde mededeling"
        name="ogm"
        hint="+++123/4567/89002+++"
        autoComplete="off"
      />
      <TextField label="Ontvangen bedrag (€)" name="amount" inputMode="decimal" autoComplete="off" />
      <SubmitButton>Betaling boeken</SubmitButton>
    </ActionForm>
  );
}

export function RefundForm({
  orderId,
  number,
  totalCents,
}: {
  orderId: string;
  number: string;
  totalCents: number;
}) {
  return (
    <details>
      <summary className="cursor-pointer font-semibold text-red-800">Terugbetalen</summary>
      <ActionForm
        action={refundOrderAction}
        label={`Bestelling ${number} terugbetalen`}
        className="mt-2 space-y-3"
        success={(r) =>
          r.manual ? "Gemarkeerd als terugbetaald; de boekhouding betaalt terug." : "Terugbetaald via Stripe."
        }
      >
        <input type="hidden" name="id" value={orderId} />
        <TextField label="Reden (de koper krijgt ze te lezen)" name="reason" />
        <SubmitButton kind="danger">{`${formatEuro(totalCents)} terugbetalen`}</SubmitButton>
      </ActionForm>
    </details>
  );
}
