import type { Metadata } from "next";
import Link from "next/link";
import { EventCalendar } from "@/components/events/event-calendar";
import { buttonClass } from "@/components/ui/button-class";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { brusselsParts } from "@/lib/be/time";
import { calendarMonth } from "@/lib/events/calendar-month";
import { bookingsInRange, eventsInRange } from "@/lib/events/queries/calendar";

export const metadata: Metadata = { title: "Evenementenkalender" };

type Search = Record<string, string | string[] | undefined>;

// A month of events, with the hall bookings and loans of those days beside them, to spot clashes.
export default async function EventCalendarPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireStaff("events:manage", "/beheer/aanvragen/kalender");
  const raw = (await searchParams).maand;
  const month = calendarMonth(Array.isArray(raw) ? raw[0] : raw, brusselsParts(new Date()).dateKey);
  const [events, bookings] = await Promise.all([eventsInRange(actor.userId, month), bookingsInRange(month)]);
  return (
    <>
      <PageHeader
        title={`Evenementenkalender ${month.label}`}
        intro="De gemelde evenementen van de maand, met de zaalreservaties en uitleningen van dezelfde dagen."
      >
        <nav aria-label="Maanden" className="mt-4 flex flex-wrap gap-3">
          <Link
            href={`/beheer/aanvragen/kalender?maand=${month.previous}`}
            className={buttonClass("secondary")}
          >
            Vorige maand
          </Link>
          <Link href={`/beheer/aanvragen/kalender?maand=${month.next}`} className={buttonClass("secondary")}>
            Volgende maand
          </Link>
          <a
            href={`/beheer/aanvragen/kalender/export?van=${month.from}&tot=${month.to}`}
            className={buttonClass()}
          >
            Exporteren voor de politie (CSV)
          </a>
        </nav>
      </PageHeader>
      <EventCalendar events={events} halls={bookings.halls} loans={bookings.loans} />
    </>
  );
}
