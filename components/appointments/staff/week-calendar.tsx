// A site's week per desk. On a wide screen one table: a row per desk (th scope=row) and a column
// per day (th scope=col, linking to that day's view), so a screen reader announces desk and day
// with every cell. On a phone the same week reflows into a list per day, without sideways scrolling.
import Link from "next/link";
import type { AppointmentStatus } from "@/generated/prisma/enums";
import { APPOINTMENT_STATUS_LABELS } from "@/lib/appointments/labels";
import { byDay } from "@/lib/appointments/week";
import { brusselsInstant, formatDate, formatLongDate, formatTime } from "@/lib/be/time";
import { WEEKDAYS } from "@/lib/sites/labels";

type Desk = {
  id: string;
  name: string;
  blocks: { id: string; startsAt: Date; endsAt: Date }[];
  appointments: {
    id: string;
    startsAt: Date;
    name: string;
    status: AppointmentStatus;
    service: { name: string };
  }[];
};

function Items({ desk, day }: { desk: Desk; day: string }) {
  const closed = byDay(desk.blocks, [day]).get(day) ?? [];
  const items = byDay(desk.appointments, [day]).get(day) ?? [];
  if (items.length === 0 && closed.length === 0)
    return <span className="text-slate-700">Geen afspraken</span>;
  return (
    <ul className="space-y-1">
      {closed.map((b) => (
        <li key={b.id} className="rounded bg-slate-100 px-1">
          <strong>Gesloten</strong> {formatTime(b.startsAt)}–{formatTime(b.endsAt)}
        </li>
      ))}
      {items.map((a) => (
        <li key={a.id}>
          <Link href={`/beheer/onthaal/afspraak/${a.id}`}>
            {formatTime(a.startsAt)} {a.name}
          </Link>
          <span className="block text-slate-700">
            {a.service.name}
            {a.status !== "BOOKED" && ` · ${APPOINTMENT_STATUS_LABELS[a.status]}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function WeekCalendar({
  caption,
  desks,
  days,
  today,
  dayHref,
}: {
  caption: string;
  desks: Desk[];
  days: string[];
  today: string;
  dayHref: (dateKey: string) => string;
}) {
  return (
    <>
      <table className="hidden w-full border-collapse text-left text-sm lg:table">
        <caption className="mb-2 text-left text-lg font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="py-2 pr-3">
              Balie
            </th>
            {days.map((d, i) => (
              <th key={d} scope="col" className="py-2 pr-3 align-bottom">
                <Link href={dayHref(d)} aria-current={d === today ? "date" : undefined}>
                  {WEEKDAYS[i]} {formatDate(brusselsInstant(d, 720))}
                </Link>
                {d === today && <span className="block font-normal">(vandaag)</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {desks.map((desk) => (
            <tr key={desk.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-3">
                {desk.name}
              </th>
              {days.map((d) => (
                <td key={d} className="py-2 pr-3">
                  <Items desk={desk} day={d} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-label={caption} className="space-y-4 lg:hidden">
        {days.map((d) => (
          <div key={d} className="rounded-md border border-slate-300 bg-white p-3">
            <h2 className="font-semibold first-letter:uppercase">
              <Link href={dayHref(d)} aria-current={d === today ? "date" : undefined}>
                {formatLongDate(brusselsInstant(d, 720))}
              </Link>
              {d === today && " (vandaag)"}
            </h2>
            <dl className="mt-2 space-y-2">
              {desks.map((desk) => (
                <div key={desk.id}>
                  <dt className="text-sm text-slate-700">{desk.name}</dt>
                  <dd className="text-sm">
                    <Items desk={desk} day={d} />
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </section>
    </>
  );
}
