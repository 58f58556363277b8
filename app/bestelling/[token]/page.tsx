import type { Metadata } from "next";
import { notFound } from "@/lib/http/page-interrupts";
import { OrderLines } from "@/components/payments/order-lines";
import { OrderPayment } from "@/components/payments/order-payment";
import { OrderTickets } from "@/components/tickets/order-tickets";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { paymentSandboxOn, stripeConfigured } from "@/lib/env";
import { kindOfOrder } from "@/lib/payments/item-kinds";
import { ORDER_STATUS_LABELS } from "@/lib/payments/labels";
import { getMunicipality } from "@/lib/municipality/queries";
import { getOrderByToken } from "@/lib/payments/queries";
import { getTicketsOfOrder } from "@/lib/tickets/queries";

// Reached by its token only: rendered per request (a blocking route), never a shared shell.
export const instant = false;

export const metadata: Metadata = { title: "Je bestelling", robots: { index: false } };

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ betaling?: string; fout?: string }>;
};

const ERRORS: Record<string, string> = {
  stripe: "Online betalen is op dit moment niet mogelijk. Kies overschrijving of betaal aan de balie.",
  betalen: "De betaalpagina kon niet geopend worden. Probeer opnieuw of kies een andere betaalwijze.",
};

/**
 * The order page of a buyer, reached by the unguessable link in their e-mail: no account needed.
 * One page for whatever was bought; its words come from the order's item kind.
 */
export default async function OrderPage({ params, searchParams }: Props) {
  const [{ token }, query] = await Promise.all([params, searchParams]);
  const order = await getOrderByToken(token);
  if (!order) notFound();
  const [tickets, municipality] = await Promise.all([getTicketsOfOrder(order.id), getMunicipality()]);
  const kind = kindOfOrder(order.lines);
  const waitingForStripe = order.status === "PENDING" && query.betaling === "verwerkt";
  return (
    <>
      {waitingForStripe && <meta httpEquiv="refresh" content="3" />}
      <PageHeader
        title={`Bestelling ${order.number}`}
        intro={[ORDER_STATUS_LABELS[order.status], order.buyerName, order.buyerEmail]
          .filter(Boolean)
          .join(" · ")}
      />
      {query.fout && ERRORS[query.fout] && <Notice tone="error">{ERRORS[query.fout]}</Notice>}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="space-y-6">
          <Card title="Overzicht">
            <OrderLines lines={order.lines} totalCents={order.totalCents} lineLabel={kind.lineLabel} />
            <p className="mt-4 print:hidden">
              <a href={`/bestelling/${token}/bevestiging.pdf`} download>
                Bevestiging downloaden om af te drukken (PDF)
              </a>
            </p>
          </Card>
          <OrderTickets token={token} tickets={tickets} />
        </div>
        <div className="space-y-6 print:hidden">
          <OrderPayment
            token={token}
            order={order}
            kind={kind}
            onlinePayment={stripeConfigured()}
            demoPayment={paymentSandboxOn()}
            waitingForStripe={waitingForStripe}
            awaitsMailConfirmation={order.totalCents === 0 && order.confirmHash !== null}
            account={{ iban: municipality.iban, bic: municipality.bic, beneficiary: municipality.name }}
          />
        </div>
      </div>
    </>
  );
}
