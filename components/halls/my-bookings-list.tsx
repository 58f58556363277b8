// The resident's hall bookings: a table on a wide screen, cards on a phone; each opens its booking.
import Link from "next/link";
import { DataList } from "@/components/ui/data-list";
import { formatEuro } from "@/lib/be/money";
import { formatDate } from "@/lib/be/time";
import { BOOKING_STATUS_LABELS } from "@/lib/halls/labels";
import type { myHallBookings } from "@/lib/halls/queries/mine";

type Row = Awaited<ReturnType<typeof myHallBookings>>["rows"][number];

function status(b: Row): string {
  const paid = b.paidAt
    ? ", betaald"
    : b.order?.invoiceNumber
      ? `, factuur ${b.order.invoiceNumber}`
      : b.invoiceLater
        ? ", factuur achteraf"
        : ", nog te betalen";
  return `${BOOKING_STATUS_LABELS[b.status]}${b.status === "APPROVED" ? paid : ""}`;
}

export function MyBookingsList({ bookings }: { bookings: Row[] }) {
  return (
    <DataList
      caption="Mijn zaalreservaties"
      rows={bookings}
      rowKey={(b) => b.id}
      empty={
        <>
          Je hebt nog geen zaal gereserveerd. <Link href="/zalen">Bekijk de zalen</Link>.
        </>
      }
      columns={[
        {
          key: "hall",
          label: "Zaal",
          primary: true,
          cell: (b) => <Link href={`/mijn/zalen/${b.id}`}>{b.hall.name}</Link>,
        },
        { key: "when", label: "Wanneer", cell: (b) => `${formatDate(b.startsAt)} ${b.slotLabel}` },
        { key: "for", label: "Voor", cell: (b) => b.association?.name ?? "mezelf" },
        { key: "status", label: "Status", cell: status },
        { key: "rent", label: "Huur", align: "right", cell: (b) => formatEuro(b.priceCents) },
        { key: "deposit", label: "Waarborg", align: "right", cell: (b) => formatEuro(b.depositCents) },
      ]}
    />
  );
}
