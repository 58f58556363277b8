// The paper confirmation of a hall booking, printed at the desk for a resident (also one without
// e-mail): what was booked, for whom, what it costs, how to pay and what cancelling costs.
import { formatEuro } from "@/lib/be/money";
import { formatDateTime, formatLongDate } from "@/lib/be/time";
import { describeInvoice } from "@/lib/payments/invoice-rules";
import type { PdfSpec } from "@/lib/pdf/spec";
import { BOOKING_STATUS_LABELS, HALL_SERVICE } from "./labels";
import type { StaffBooking } from "./queries/staff";

function payment({ booking, order }: StaffBooking): string {
  if (booking.paidAt) return `betaald op ${formatDateTime(booking.paidAt)}`;
  if (order?.invoiceNumber && order.status === "PENDING")
    return describeInvoice({ ...order, invoiceNumber: order.invoiceNumber });
  // A booking of before invoices were orders: its invoice was made outside the portal.
  if (booking.invoiceLater && !order) return "factuur achteraf";
  if (booking.status === "REQUESTED") return "na goedkeuring";
  if (order?.status === "PENDING")
    return order.ogm
      ? `overschrijving met mededeling ${order.ogm}${order.expiresAt ? ` vóór ${formatLongDate(order.expiresAt)}` : ""}`
      : `bestelling ${order.number}: online, met overschrijving of aan de balie`;
  return "niets te betalen";
}

function cancelling({ booking }: StaffBooking): string {
  if (booking.status === "REQUESTED") return "Een aanvraag die nog niet goedgekeurd is, annuleer je gratis.";
  const steps = [...booking.hall.cancellationRules].sort((a, b) => b.minDaysBefore - a.minDaysBefore);
  return `Annuleren kost ${steps
    .map((r) =>
      r.minDaysBefore > 0
        ? `${r.feePercent} % van de huurprijs vanaf ${r.minDaysBefore} dagen op voorhand`
        : `${r.feePercent} % korter bij`,
    )
    .join(", ")}${steps[0]?.minimumCents ? ` (minstens ${formatEuro(steps[0].minimumCents)})` : ""}.`;
}

export function bookingConfirmationSpec(view: StaffBooking): PdfSpec {
  const { booking } = view;
  const hall = booking.hall;
  return {
    title: `Zaalreservatie ${hall.name}`,
    reference: `Reservatie ${booking.id.slice(-8).toUpperCase()}`,
    blocks: [
      { type: "heading", text: `${hall.name}: ${formatLongDate(booking.startsAt)}` },
      {
        type: "facts",
        rows: [
          ["Status", BOOKING_STATUS_LABELS[booking.status]],
          ["Wanneer", `${formatLongDate(booking.startsAt)}, ${booking.slotLabel}`],
          ["Waar", `${hall.name}, ${hall.street}, ${hall.postcode} ${hall.city}`],
          ["Op naam van", booking.user.name ?? booking.user.email ?? "de aanvrager"],
          ["Voor", booking.association?.name ?? "zichzelf"],
          ["Waarvoor", booking.purpose],
          ["Tarief", booking.tariffLabel],
          ["Huur", `${booking.units} × ${formatEuro(booking.unitCents)} = ${formatEuro(booking.priceCents)}`],
          ["Waarborg", `${formatEuro(booking.depositCents)} (terug na controle van de zaal)`],
          ["Betaling", payment(view)],
        ],
      },
      { type: "paragraph", text: cancelling(view) },
      {
        type: "paragraph",
        text: `Vragen of annuleren: aan de balie of bij de ${HALL_SERVICE.toLowerCase()}. Bewaar deze bevestiging.`,
      },
    ],
  };
}
