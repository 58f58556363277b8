import type { Metadata } from "next";
import { notFound } from "@/lib/http/page-interrupts";
import { Countdown } from "@/components/payments/countdown";
import { CancelReservationButton, PayByTransferButton } from "@/components/payments/order-actions";
import { TransferInstructions } from "@/components/payments/transfer-instructions";
import { TicketCard } from "@/components/tickets/ticket-card";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatEuro } from "@/lib/be/money";
import { stripeConfigured } from "@/lib/env";
import { getMunicipality } from "@/lib/municipality/queries";
import { ORDER_STATUS_LABELS } from "@/lib/payments/labels";
import { getOrderByToken, getTicketsOfOrder } from "@/lib/tickets/queries";

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

/** The order page of a buyer, reached by the unguessable link in their e-mail: no account needed. */
export default async function OrderPage({ params, searchParams }: Props) {
  const [{ token }, query] = await Promise.all([params, searchParams]);
  const order = await getOrderByToken(token);
  if (!order) notFound();
  const [tickets, municipality] = await Promise.all([getTicketsOfOrder(order.id), getMunicipality()]);
  const waitingForStripe = order.status === "PENDING" && query.betaling === "verwerkt";
  // Orders without tickets (a hall booking) hold no seats and get no tickets.
  const hasTickets = order.lines.some((l) => l.itemType === "ticket");
  return (
    <>
      {waitingForStripe && <meta httpEquiv="refresh" content="3" />}
      <PageHeader
        title={`Bestelling ${order.number}`}
        intro={[ORDER_STATUS_LABELS[order.status], order.buyerName, order.buyerEmail]
          .filter(Boolean)
          .join(" · ")}
      />
      {query.fout && ERRORS[query.fout] && (
        <p role="alert" className="mb-6 rounded-md border-l-4 border-red-700 bg-red-50 p-4">
          {ERRORS[query.fout]}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="space-y-6">
          <Card title="Overzicht">
            <table className="w-full text-left">
              <caption className="sr-only">{hasTickets ? "Bestelde tickets" : "Huur en waarborg"}</caption>
              <thead>
                <tr className="border-b-2 border-slate-400">
                  <th scope="col" className="py-2">
                    {hasTickets ? "Ticket" : "Omschrijving"}
                  </th>
                  <th scope="col" className="py-2 pl-2 text-right">
                    Aantal
                  </th>
                  <th scope="col" className="py-2 pl-2 text-right">
                    Bedrag
                  </th>
                </tr>
              </thead>
              <tbody>
                {order.lines.map((l) => (
                  <tr key={l.id} className="border-b border-slate-200">
                    <td className="py-2">
                      {l.description} – {l.tariffLabel} ({formatEuro(l.unitCents)})
                    </td>
                    <td className="py-2 text-right">{l.quantity}</td>
                    <td className="py-2 text-right">{formatEuro(l.totalCents)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2} className="py-2 pr-3 text-right">
                    Totaal
                  </th>
                  <td className="py-2 text-right font-bold">{formatEuro(order.totalCents)}</td>
                </tr>
              </tfoot>
            </table>
          </Card>
          {tickets.length > 0 && (
            <section aria-labelledby="tickets-title">
              <h2 id="tickets-title" className="mb-3 text-2xl font-bold">
                Je tickets
              </h2>
              <p className="mb-4 print:hidden">
                Toon de QR-code aan de ingang, op je gsm of afgedrukt.{" "}
                <a href={`/bestelling/${token}/tickets.pdf`}>Download de tickets als PDF</a> of gebruik de
                afdrukknop van je browser.
              </p>
              <ol className="space-y-4">
                {tickets.map((t, i) => (
                  <TicketCard key={t.id} ticket={t} index={i + 1} count={tickets.length} />
                ))}
              </ol>
            </section>
          )}
        </div>
        <div className="space-y-6 print:hidden">
          {order.status === "PENDING" && !order.ogm && (
            <Card title="Betalen">
              {waitingForStripe ? (
                <p role="status">We verwerken je betaling. Deze pagina vernieuwt vanzelf.</p>
              ) : (
                <div className="space-y-4">
                  {order.expiresAt && (
                    <p>
                      {hasTickets ? "Je plaatsen zijn voor je vastgehouden:" : "Betaal binnen de termijn:"}{" "}
                      <Countdown until={order.expiresAt.toISOString()} />
                    </p>
                  )}
                  {stripeConfigured() ? (
                    <form method="post" action={`/bestelling/${token}/stripe`}>
                      <button type="submit" className={buttonClass("primary")}>
                        Betalen met Bancontact of kaart
                      </button>
                    </form>
                  ) : (
                    <p>
                      Online betalen met Bancontact of kaart is op dit moment niet beschikbaar. Je kan per
                      overschrijving of aan de balie betalen.
                    </p>
                  )}
                  <PayByTransferButton token={token} />
                  <CancelReservationButton token={token} />
                </div>
              )}
            </Card>
          )}
          {order.status === "PENDING" && order.ogm && (
            <Card title="Betalen met overschrijving">
              <TransferInstructions
                ogm={order.ogm}
                amountCents={order.totalCents}
                deadline={order.expiresAt}
                iban={municipality.iban}
                bic={municipality.bic}
                beneficiary={municipality.name}
              />
            </Card>
          )}
          {order.status === "PAID" && (
            <Card title="Betaald">
              <p role="status">
                {!order.buyerEmail
                  ? "Bedankt! Druk de tickets hieronder af of toon ze op je gsm."
                  : hasTickets
                    ? `Bedankt! We stuurden je tickets ook naar ${order.buyerEmail}.`
                    : `Bedankt! We ontvingen je betaling en stuurden een bevestiging naar ${order.buyerEmail}.`}
              </p>
            </Card>
          )}
          {(order.status === "EXPIRED" || order.status === "CANCELLED") && (
            <Card title={ORDER_STATUS_LABELS[order.status]}>
              <p role="status">
                {hasTickets
                  ? "Deze bestelling is niet meer geldig; de plaatsen zijn vrijgegeven. Je kan opnieuw bestellen zolang er plaatsen zijn."
                  : "Deze bestelling is niet meer geldig; de zaal is vrijgegeven. Je kan opnieuw reserveren zolang ze vrij is."}
              </p>
            </Card>
          )}
          {order.status === "REFUNDED" && (
            <Card title="Terugbetaald">
              <p role="status">
                We betaalden deze bestelling terug. Het kan enkele werkdagen duren voor je het bedrag ziet.
              </p>
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
