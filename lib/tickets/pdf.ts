// Printable tickets: one page per ticket with its QR code, for buyers who want paper. A template
// of the one PDF layer (lib/pdf).
import { formatLongDate, formatTime } from "@/lib/be/time";
import type { PdfSpec } from "@/lib/pdf/spec";

type PdfTicket = {
  code: string;
  ticketType: { label: string };
  performance: { title: string; startsAt: Date; venueName: string; venueAddress: string };
};

export function ticketsSpec(orderNumber: string, buyerName: string, tickets: PdfTicket[]): PdfSpec {
  return {
    title: `Tickets bestelling ${orderNumber}`,
    reference: `Bestelling ${orderNumber}`,
    blocks: tickets.flatMap((ticket, index) => {
      const p = ticket.performance;
      return [
        ...(index > 0 ? [{ type: "pageBreak" as const }] : []),
        { type: "heading" as const, text: `Ticket ${index + 1} van ${tickets.length}: ${p.title}` },
        {
          type: "facts" as const,
          rows: [
            ["Wanneer", `${formatLongDate(p.startsAt)} om ${formatTime(p.startsAt)}`],
            ["Waar", `${p.venueName}, ${p.venueAddress}`],
            ["Ticket", ticket.ticketType.label],
            ["Op naam van", buyerName],
          ] as [string, string][],
        },
        { type: "qr" as const, value: ticket.code, caption: `Code: ${ticket.code}` },
        {
          type: "paragraph" as const,
          text: "Toon deze QR-code aan de ingang. Elke code geeft één keer toegang.",
        },
      ];
    }),
  };
}
