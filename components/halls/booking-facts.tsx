// The facts of one booking as a summary list, for the requester (Mijn Wingene) and for staff.
import Link from "next/link";
import { SummaryList, type SummaryRow } from "@/components/ui/form/summary-list";
import { formatEuro } from "@/lib/be/money";
import { formatDateTime } from "@/lib/be/time";
import { BOOKING_STATUS_LABELS, DEPOSIT_LABELS } from "@/lib/halls/labels";
import { describeInvoice } from "@/lib/payments/invoice-rules";

type Booking = {
  status: keyof typeof BOOKING_STATUS_LABELS;
  refusalReason: string | null;
  tariffLabel: string;
  purpose: string;
  units: number;
  unitCents: number;
  priceCents: number;
  depositCents: number;
  depositOutcome: keyof typeof DEPOSIT_LABELS | null;
  depositKeptCents: number | null;
  depositReason: string | null;
  paidAt: Date | null;
  invoiceLater: boolean;
  cancellationFeeCents: number | null;
  association: { name: string } | null;
};

type Order = {
  number: string;
  accessToken: string;
  status: string;
  invoiceNumber: string | null;
  invoiceDueOn: Date | null;
  ogm: string | null;
} | null;

function payment(b: Booking, order: Order) {
  if (b.paidAt) return `betaald op ${formatDateTime(b.paidAt)}`;
  if (order?.invoiceNumber && order.status === "PENDING")
    return (
      <>
        {describeInvoice({ ...order, invoiceNumber: order.invoiceNumber })}.{" "}
        <a href={`/bestelling/${order.accessToken}/factuur.pdf`}>Factuur {order.invoiceNumber} (PDF)</a>
      </>
    );
  // A booking of before invoices were orders: its invoice was made outside the portal.
  if (b.invoiceLater && !order) return "factuur achteraf";
  if (order && order.status === "PENDING")
    return (
      <Link href={`/bestelling/${order.accessToken}`}>Bestelling {order.number} bekijken en betalen</Link>
    );
  if (order) return <Link href={`/bestelling/${order.accessToken}`}>Bestelling {order.number}</Link>;
  return b.status === "REQUESTED" ? "na goedkeuring" : "–";
}

export function BookingFacts({
  booking: b,
  order,
  forWhom,
  extra = [],
}: {
  booking: Booking;
  order: Order;
  /** How the party is named: "mezelf" for the requester, "zichzelf" for staff. */
  forWhom: string;
  extra?: SummaryRow[];
}) {
  const deposit = `${formatEuro(b.depositCents)}${b.depositOutcome ? ` – ${DEPOSIT_LABELS[b.depositOutcome]}` : ""}${
    b.depositKeptCents ? ` (${formatEuro(b.depositKeptCents)} ingehouden: ${b.depositReason})` : ""
  }`;
  const rows: (SummaryRow | false)[] = [
    { key: "status", label: "Status", value: BOOKING_STATUS_LABELS[b.status] },
    Boolean(b.refusalReason) && { key: "reason", label: "Reden weigering", value: b.refusalReason },
    { key: "for", label: "Voor", value: b.association?.name ?? forWhom },
    { key: "tariff", label: "Tarief", value: b.tariffLabel },
    { key: "purpose", label: "Waarvoor", value: b.purpose },
    {
      key: "rent",
      label: "Huur",
      value: `${b.units} × ${formatEuro(b.unitCents)} = ${formatEuro(b.priceCents)}`,
    },
    { key: "deposit", label: "Waarborg", value: deposit },
    { key: "payment", label: "Betaling", value: payment(b, order) },
    b.cancellationFeeCents !== null && {
      key: "fee",
      label: "Annuleringskost",
      value: formatEuro(b.cancellationFeeCents),
    },
    ...extra,
  ];
  return <SummaryList rows={rows.filter((r): r is SummaryRow => Boolean(r))} />;
}
