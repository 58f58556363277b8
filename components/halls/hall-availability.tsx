// The availability section of a hall page: a week and the month around it. The cached page shows
// this week (lib/halls/queries/cached-availability.ts); the per-request page shows the week asked
// for, read from the bookings as they are now (HallAvailability).
import Link from "next/link";
import { connection } from "next/server";
import { buttonClass } from "@/components/ui/button-class";
import { formatDateKey, isCalendarDate } from "@/lib/be/calendar-date";
import { addBrusselsDays, brusselsParts, MONTHS } from "@/lib/be/time";
import { type CatalogueHall, hallAvailability } from "@/lib/halls/queries/catalogue";
import { AvailabilityCalendar } from "./availability-calendar";
import { MonthOverview } from "./month-overview";

export type AvailabilityQuery = { week?: string; datum?: string };
type Availability = Awaited<ReturnType<typeof hallAvailability>>;

/** The week asked for in the address (or this week), read per request. */
export async function HallAvailability({
  hall,
  query,
}: {
  hall: CatalogueHall;
  query: Promise<AvailabilityQuery>;
}) {
  // Bookings and today are read per request, never in a prerender of this page.
  await connection();
  const { week, datum } = await query;
  const now = new Date();
  const anchor = [week, datum].find((k) => k && isCalendarDate(k)) ?? brusselsParts(now).dateKey;
  return <HallAvailabilityView hall={hall} availability={await hallAvailability(hall, anchor, now)} />;
}

export function HallAvailabilityView({
  hall,
  availability: { monday, week: days, month },
}: {
  hall: Pick<CatalogueHall, "slug" | "name">;
  availability: Availability;
}) {
  const weekLink = (offset: number) =>
    `/zalen/${hall.slug}?week=${addBrusselsDays(monday, offset)}#beschikbaarheid`;
  return (
    <section aria-labelledby="beschikbaarheid">
      <h2 id="beschikbaarheid" className="mb-2 text-2xl font-bold">
        Beschikbaarheid
      </h2>
      <nav aria-label="Andere week" className="mb-3 flex flex-wrap items-center gap-3">
        <Link className={buttonClass("secondary")} href={weekLink(-7)}>
          Vorige week
        </Link>
        <p className="font-semibold" aria-live="polite">
          Week van {formatDateKey(monday)} tot {formatDateKey(addBrusselsDays(monday, 6))}
        </p>
        <Link className={buttonClass("secondary")} href={weekLink(7)}>
          Volgende week
        </Link>
      </nav>
      <AvailabilityCalendar
        days={days}
        slug={hall.slug}
        caption={`Beschikbaarheid van ${hall.name}, week van ${formatDateKey(monday)}`}
      />
      <h3 className="mt-6 mb-2 text-xl font-bold">
        Maandoverzicht {MONTHS[Number(monday.slice(5, 7)) - 1]} {monday.slice(0, 4)}
      </h3>
      <MonthOverview days={month} slug={hall.slug} month={monday.slice(0, 7)} />
    </section>
  );
}
