// The tickets of a paid order on its page: one card with a QR code per seat, and the PDF.
import { TicketCard, type TicketView } from "./ticket-card";

type Tickets = (TicketView & { id: string })[];

export function OrderTickets({ token, tickets }: { token: string; tickets: Tickets }) {
  if (tickets.length === 0) return null;
  return (
    <section aria-labelledby="tickets-title">
      <h2 id="tickets-title" className="mb-3 text-2xl font-bold">
        Je tickets
      </h2>
      <p className="mb-4 print:hidden">
        Toon de QR-code aan de ingang, op je gsm of afgedrukt.{" "}
        <a href={`/bestelling/${token}/tickets.pdf`}>Download de tickets als PDF</a> of gebruik de afdrukknop
        van je browser.
      </p>
      <ol className="space-y-4">
        {tickets.map((t, i) => (
          <TicketCard key={t.id} ticket={t} index={i + 1} count={tickets.length} />
        ))}
      </ol>
    </section>
  );
}
