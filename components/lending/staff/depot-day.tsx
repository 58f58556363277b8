// The depot's day: what goes out, what comes back, the technical service's deliveries and
// collections in route order, and what is late (paged), each linking to the loan.
import Link from "next/link";
import { DataList } from "@/components/ui/data-list";
import { Pager } from "@/components/ui/pager";
import { formatDateKey } from "@/lib/be/calendar-date";
import { formatMinutes } from "@/lib/be/time";
import { LOAN_STATUS_LABELS } from "@/lib/lending/labels";
import type { depotDay } from "@/lib/lending/queries/staff";
import { RouteSection } from "./route-section";

type Day = Awaited<ReturnType<typeof depotDay>>;
type Row = Day["pickups"][number];

function LoanRows({
  caption,
  rows,
  slot,
  empty,
}: {
  caption: string;
  rows: Row[];
  slot: "pickupSlot" | "returnSlot";
  empty: string;
}) {
  return (
    <DataList
      caption={caption}
      rows={rows}
      rowKey={(l) => l.id}
      empty={empty}
      columns={[
        {
          key: "who",
          label: "Wie",
          primary: true,
          cell: (l) => (
            <Link href={`/beheer/uitleendienst/${l.id}`}>{l.association?.name ?? l.borrowerName}</Link>
          ),
        },
        {
          key: "when",
          label: "Moment",
          cell: (l) => `${formatMinutes(l[slot].startMinutes)}–${formatMinutes(l[slot].endMinutes)}`,
        },
        {
          key: "what",
          label: "Materiaal",
          cell: (l) => l.lines.map((x) => `${x.quantity} × ${x.item.name.toLowerCase()}`).join(", "),
        },
        { key: "status", label: "Status", cell: (l) => LOAN_STATUS_LABELS[l.shown] },
      ]}
    />
  );
}

/** `latePage`: the address of another page of what is late (the list pages in its query). */
export function DepotDay({
  date,
  day,
  latePage,
}: {
  date: string;
  day: Day;
  latePage: (page: number) => string;
}) {
  return (
    <div className="space-y-8">
      <section aria-labelledby="meegeven">
        <h2 id="meegeven" className="mb-2 text-2xl font-bold">
          Meegeven
        </h2>
        <LoanRows caption="Meegeven" rows={day.pickups} slot="pickupSlot" empty="Niets op te halen." />
      </section>
      <section aria-labelledby="terugnemen">
        <h2 id="terugnemen" className="mb-2 text-2xl font-bold">
          Terugnemen
        </h2>
        <LoanRows caption="Terugnemen" rows={day.returns} slot="returnSlot" empty="Niets terug te brengen." />
      </section>
      <RouteSection day={date} route="DELIVERY" stops={day.deliveries} />
      <RouteSection day={date} route="COLLECTION" stops={day.collections} />
      {day.late.total > 0 && (
        <section aria-labelledby="te-laat">
          <h2 id="te-laat" className="mb-2 text-2xl font-bold">
            Te laat
          </h2>
          <ul className="space-y-1">
            {day.late.rows.map((l) => (
              <li key={l.id}>
                <Link href={`/beheer/uitleendienst/${l.id}`}>{l.association?.name ?? l.borrowerName}</Link>:
                terug verwacht op {formatDateKey(l.returnDate.toISOString().slice(0, 10))}
              </li>
            ))}
          </ul>
          {day.late.pages > 1 && (
            <Pager paging={day.late} noun={["uitlening", "uitleningen"]} href={latePage} />
          )}
        </section>
      )}
    </div>
  );
}
