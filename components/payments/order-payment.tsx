// The side of the order page that says where the order stands and what the buyer can do: pay
// (online, by transfer) or cancel while it is open, the transfer details once chosen, the invoice
// of an order paid by invoice, and what happened after. Worded after what was bought (lib/payments/item-kinds.ts).
import type { OrderStatus } from "@/generated/prisma/enums";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { ORDER_STATUS_LABELS } from "@/lib/payments/labels";
import type { ItemKind } from "@/lib/payments/item-kinds";
import { Deadline } from "./deadline";
import { type InvoiceFacts, InvoiceDetails } from "./invoice-details";
import { CancelReservationButton, PayByTransferButton } from "./order-actions";
import { TransferInstructions } from "./transfer-instructions";

export type PayableOrder = {
  status: OrderStatus;
  ogm: string | null;
  totalCents: number;
  expiresAt: Date | null;
  buyerEmail: string | null;
} & Omit<InvoiceFacts, "invoiceNumber" | "status" | "totalCents" | "ogm"> & { invoiceNumber: string | null };

export function OrderPayment({
  token,
  order,
  kind,
  onlinePayment,
  demoPayment,
  waitingForStripe,
  awaitsMailConfirmation,
  account,
}: {
  token: string;
  order: PayableOrder;
  kind: ItemKind;
  /** Stripe is configured. */
  onlinePayment: boolean;
  /** Online payments go to the demo's practice checkout (PAYMENT_SANDBOX). */
  demoPayment: boolean;
  /** Back from Stripe, the webhook not yet in. */
  waitingForStripe: boolean;
  /** A free order placed online, waiting for the click in its confirmation mail. */
  awaitsMailConfirmation: boolean;
  account: { iban: string | null; bic: string | null; beneficiary: string };
}) {
  // Paid by invoice: the invoice says where it stands, open or paid (never a second way to pay).
  if (order.invoiceNumber && (order.status === "PENDING" || order.status === "PAID"))
    return (
      <Card title={order.status === "PAID" ? "Factuur betaald" : "Betalen op factuur"}>
        <InvoiceDetails
          token={token}
          invoice={{ ...order, invoiceNumber: order.invoiceNumber }}
          account={account}
          now={new Date()}
        />
      </Card>
    );
  if (order.status === "PENDING" && awaitsMailConfirmation)
    return (
      <Card title="Bevestigen">
        <div className="space-y-4" data-testid="awaits-confirmation">
          <p>
            Je bestelling is gratis. We stuurden een e-mail naar {order.buyerEmail}: klik op de link erin om
            ze te bevestigen. Pas dan is ze definitief.
          </p>
          {order.expiresAt && (
            <p>
              {kind.holding}: <Deadline until={order.expiresAt.toISOString()} />
            </p>
          )}
          <CancelReservationButton token={token} freed={kind.freed} />
        </div>
      </Card>
    );
  if (order.status === "PENDING" && !order.ogm)
    return (
      <Card title="Betalen">
        {waitingForStripe ? (
          <p role="status">We verwerken je betaling. Deze pagina vernieuwt vanzelf.</p>
        ) : (
          <div className="space-y-4">
            {order.expiresAt && (
              <p>
                {kind.holding}: <Deadline until={order.expiresAt.toISOString()} />
              </p>
            )}
            {onlinePayment ? (
              <form method="post" action={`/bestelling/${token}/stripe`}>
                <button type="submit" className={buttonClass("primary")}>
                  Betalen met Bancontact of kaart
                </button>
                {demoPayment && (
                  <p className="mt-2 text-sm" data-testid="demo-payment">
                    <strong>Demo:</strong> je betaalt op een oefenkassa. Er wordt geen echt geld betaald; je
                    kiest er zelf of de betaling lukt.
                  </p>
                )}
              </form>
            ) : (
              <p>
                Online betalen met Bancontact of kaart is op dit moment niet beschikbaar. Je kan per
                overschrijving of aan de balie betalen.
              </p>
            )}
            <PayByTransferButton token={token} />
            <CancelReservationButton token={token} freed={kind.freed} />
          </div>
        )}
      </Card>
    );
  if (order.status === "PENDING")
    return (
      <Card title="Betalen met overschrijving">
        <TransferInstructions
          ogm={order.ogm!}
          amountCents={order.totalCents}
          deadline={order.expiresAt}
          account={account}
          afterTransfer={kind.afterTransfer}
          mailed={Boolean(order.buyerEmail)}
        />
      </Card>
    );
  if (order.status === "PAID")
    return (
      <Card title="Betaald">
        <p role="status">{order.buyerEmail ? kind.paidMailed(order.buyerEmail) : kind.paidPrinted}</p>
      </Card>
    );
  if (order.status === "REFUNDED")
    return (
      <Card title="Terugbetaald">
        <p role="status">
          We betaalden deze bestelling terug. Het kan enkele werkdagen duren voor je het bedrag ziet.
        </p>
      </Card>
    );
  return (
    <Card title={ORDER_STATUS_LABELS[order.status]}>
      <p role="status">{kind.released}</p>
    </Card>
  );
}
