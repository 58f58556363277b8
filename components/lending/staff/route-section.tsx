// One route of the depot's day (Leveringen or Ophalingen): the stops in route order with their
// window, address and material, the form that sets the order, and the printable route.
import Link from "next/link";
import { DataList } from "@/components/ui/data-list";
import { formatMinutes } from "@/lib/be/time";
import { LOAN_STATUS_LABELS } from "@/lib/lending/labels";
import type { Route, RouteStopView } from "@/lib/lending/queries/route";
import { RouteOrderForm } from "./route-order-form";

export const ROUTE_TEXT = {
  DELIVERY: { title: "Leveringen", anchor: "leveringen", empty: "Niets te leveren." },
  COLLECTION: { title: "Ophalingen", anchor: "ophalingen", empty: "Niets op te halen bij leners." },
} as const;

export const stopWho = (s: RouteStopView) => s.association?.name ?? s.borrowerName;
export const stopWindow = (s: RouteStopView) =>
  `${formatMinutes(s.window.startMinutes)}–${formatMinutes(s.window.endMinutes)}`;
export const stopItems = (s: RouteStopView) =>
  s.lines.map((x) => `${x.quantity} × ${x.item.name.toLowerCase()}`).join(", ");

export function RouteSection({ day, route, stops }: { day: string; route: Route; stops: RouteStopView[] }) {
  const text = ROUTE_TEXT[route];
  return (
    <section aria-labelledby={text.anchor} className="space-y-4">
      <h2 id={text.anchor} className="text-2xl font-bold">
        {text.title}
      </h2>
      <DataList
        caption={text.title}
        rows={stops}
        rowKey={(s) => s.id}
        empty={text.empty}
        columns={[
          { key: "pos", label: "Nr.", cell: (s) => stops.indexOf(s) + 1 },
          {
            key: "who",
            label: "Wie",
            primary: true,
            cell: (s) => <Link href={`/beheer/uitleendienst/${s.id}`}>{stopWho(s)}</Link>,
          },
          { key: "when", label: "Moment", cell: stopWindow },
          { key: "where", label: "Adres", cell: (s) => s.address ?? "–" },
          { key: "what", label: "Materiaal", cell: stopItems },
          { key: "status", label: "Status", cell: (s) => LOAN_STATUS_LABELS[s.shown] },
        ]}
      />
      {stops.length > 0 && (
        <>
          <p>
            <Link href={`/beheer/uitleendienst/route?dag=${day}&soort=${text.anchor}`}>
              {text.title} afdrukken
            </Link>
          </p>
          <RouteOrderForm
            day={day}
            route={route}
            stops={stops.map((s) => ({ id: s.id, who: stopWho(s), address: s.address ?? "" }))}
          />
        </>
      )}
    </section>
  );
}
