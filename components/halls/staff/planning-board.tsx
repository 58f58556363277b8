// The week of every hall for staff: bookings, requests and closures per hall and day. A table on a
// wide screen; on a phone or tablet the same week as a list of days, so nothing scrolls sideways.
import { formatDateKey } from "@/lib/be/calendar-date";
import Link from "next/link";
import { formatTime } from "@/lib/be/time";
import { BOOKING_STATUS_LABELS } from "@/lib/halls/labels";
import type { PlanningDay } from "@/lib/halls/queries/staff";
import { DAY_NAMES_LONG, WeekTable } from "../week-table";

type Entry = PlanningDay["halls"][number]["bookings"][number];

function Booking({ b, hallSlug }: { b: Entry; hallSlug: string }) {
  const time = `${formatTime(b.startsAt)}–${formatTime(b.endsAt)}`;
  if (b.closureId)
    return (
      <li className="rounded border border-slate-700 bg-slate-100 p-1">
        <Link href={`/beheer/zalen/instellingen/${hallSlug}`}>{time}</Link>
        <span className="block font-semibold">Gesloten</span>
        <span className="block">{b.purpose}</span>
      </li>
    );
  return (
    <li
      className={`rounded border p-1 ${b.status === "REQUESTED" ? "border-amber-700 bg-amber-50" : "border-slate-400 bg-slate-50"}`}
    >
      <Link href={`/beheer/zalen/${b.id}`}>{time}</Link>
      <span className="block">{b.association?.name ?? b.user.name}</span>
      <span className="block font-semibold">{BOOKING_STATUS_LABELS[b.status]}</span>
    </li>
  );
}

export function PlanningBoard({ days }: { days: PlanningDay[] }) {
  const halls = days[0]?.halls.map((h) => h.hall) ?? [];
  return (
    <>
      <WeekTable
        caption="Reservaties en aanvragen per zaal en per dag"
        corner="Zaal"
        dates={days.map((d) => d.date)}
        rows={halls}
        rowKey={(h) => h.id}
        rowHeader={(h) => h.name}
        cell={(h, r, d) => (
          <ul className="space-y-1">
            {days[d]!.halls[r]!.bookings.map((b) => (
              <Booking key={b.id} b={b} hallSlug={h.slug} />
            ))}
          </ul>
        )}
        from="lg"
      />
      <ol aria-label="Reservaties en aanvragen per dag" className="space-y-4 lg:hidden">
        {days.map((d, i) => {
          const busy = d.halls.filter((h) => h.bookings.length > 0);
          return (
            <li key={d.date}>
              <p className="font-semibold">
                {DAY_NAMES_LONG[i]} {formatDateKey(d.date)}
              </p>
              {busy.length === 0 ? (
                <p className="text-slate-700">Niets gereserveerd.</p>
              ) : (
                <ul className="mt-1 space-y-2">
                  {busy.map(({ hall, bookings }) => (
                    <li key={hall.id}>
                      <span className="font-semibold">{hall.name}</span>
                      <ul className="mt-1 space-y-1 text-sm">
                        {bookings.map((b) => (
                          <Booking key={b.id} b={b} hallSlug={hall.slug} />
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
