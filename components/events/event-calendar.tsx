// The staff event calendar's month: events by first day (with how many other events and hall
// bookings share that day, the clashes to look at), then the hall bookings and loans of the month.
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { DataList } from "@/components/ui/data-list";
import { brusselsParts, formatDate, formatDateTime, formatTime } from "@/lib/be/time";
import type { CalendarEvent, bookingsInRange } from "@/lib/events/queries/calendar";
import { unitsText } from "@/lib/lending/labels";

type Bookings = Awaited<ReturnType<typeof bookingsInRange>>;

const dayOf = (d: Date) => brusselsParts(d).dateKey;

function sameDay(events: CalendarEvent[], halls: Bookings["halls"]) {
  const count = new Map<string, number>();
  for (const day of [...events.map((e) => dayOf(e.firstDay)), ...halls.map((h) => dayOf(h.startsAt))])
    count.set(day, (count.get(day) ?? 0) + 1);
  return (e: CalendarEvent) => (count.get(dayOf(e.firstDay)) ?? 1) - 1;
}

export function EventCalendar({
  events,
  halls,
  loans,
}: {
  events: CalendarEvent[];
  halls: Bookings["halls"];
  loans: Bookings["loans"];
}) {
  const others = sameDay(events, halls);
  return (
    <div className="grid gap-6">
      <Card title="Evenementen">
        <DataList
          caption="Evenementen van de maand, op eerste dag"
          rows={events}
          rowKey={(e) => e.id}
          empty="Geen evenementen gemeld in deze maand."
          tableFrom="lg"
          columns={[
            {
              key: "name",
              label: "Evenement",
              primary: true,
              cell: (e) => (
                <Link href={`/beheer/aanvragen/${e.id}`}>
                  {e.text("eventName") || e.number} ({e.number})
                </Link>
              ),
            },
            { key: "day", label: "Eerste dag", cell: (e) => formatDate(e.firstDay) },
            { key: "where", label: "Plaats", cell: (e) => e.text("streets") || e.text("hall") || "—" },
            { key: "visitors", label: "Bezoekers", cell: (e) => e.text("visitors") || "—" },
            { key: "risk", label: "Risico", cell: (e) => e.risk || "—" },
            { key: "status", label: "Status", cell: (e) => e.statusLabel },
            {
              key: "clash",
              label: "Zelfde dag",
              cell: (e) =>
                others(e) > 0 ? (
                  <strong className="text-amber-900">{others(e)} andere</strong>
                ) : (
                  "Niets anders"
                ),
            },
          ]}
        />
      </Card>
      <Card title="Zaalreservaties">
        <DataList
          caption="Zaalreservaties van de maand"
          rows={halls}
          rowKey={(h) => h.id}
          empty="Geen zaalreservaties in deze maand."
          columns={[
            { key: "hall", label: "Zaal", primary: true, cell: (h) => h.hall.name },
            {
              key: "when",
              label: "Wanneer",
              cell: (h) => `${formatDateTime(h.startsAt)}–${formatTime(h.endsAt)}`,
            },
            { key: "who", label: "Voor", cell: (h) => h.association?.name ?? "Inwoner" },
            {
              key: "status",
              label: "Status",
              cell: (h) => (h.status === "APPROVED" ? "Goedgekeurd" : "Aangevraagd"),
            },
          ]}
        />
      </Card>
      <Card title="Uitleningen van materiaal">
        <DataList
          caption="Uitleningen die in de maand lopen"
          rows={loans}
          rowKey={(l) => l.id}
          empty="Geen uitleningen in deze maand."
          columns={[
            { key: "who", label: "Voor", primary: true, cell: (l) => l.association?.name ?? "Inwoner" },
            {
              key: "when",
              label: "Periode",
              cell: (l) => `${formatDate(l.pickupDate)} – ${formatDate(l.returnDate)}`,
            },
            {
              key: "what",
              label: "Materiaal",
              cell: (l) => l.lines.map((x) => unitsText(x.quantity, x.item)).join(", "),
            },
          ]}
        />
      </Card>
    </div>
  );
}
