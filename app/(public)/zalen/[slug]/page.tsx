import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { notFound } from "@/lib/http/page-interrupts";
import { atLeastOne } from "@/lib/cache/static-params";
import { AvailabilityCalendar } from "@/components/halls/availability-calendar";
import { BookingForm } from "@/components/halls/booking-form";
import { MonthOverview } from "@/components/halls/month-overview";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";
import { isCalendarDate } from "@/lib/be/calendar-date";
import { formatEuro } from "@/lib/be/money";
import { addBrusselsDays, brusselsInstant, brusselsParts, formatMinutes } from "@/lib/be/time";
import { getActor } from "@/lib/auth/actor";
import { calendarDays, hourWindows, mondayOf } from "@/lib/halls/calendar";
import { activeBookings, bookingParties, getHall, listHalls } from "@/lib/halls/queries";

// The address decides what this shows, so the first request for it waits for the page (a blocking
// route); after that the page of this address is a cached document (lib/cache/static-params.ts).
export const instant = false;

export async function generateStaticParams() {
  return atLeastOne(
    (await listHalls()).map((h) => ({ slug: h.slug })),
    { slug: "-" },
  );
}

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ week?: string; datum?: string; deel?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const hall = await getHall(slug);
  return { title: hall?.name ?? "Zaal niet gevonden" };
}

const fmt = (key: string) => key.split("-").reverse().join("/");
const MONTHS = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];

/**
 * The hall's facts and tariffs come from the cached catalogue (the shell of /zalen/<slug>); the
 * availability (bookings, today, the week asked for) and the booking card (who is asking) are islands
 * of the request.
 */
export default async function HallPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const hall = await getHall(slug);
  if (!hall) notFound();
  const unitWord = hall.rentalUnit === "HOURLY" ? "uur" : "dagdeel";

  return (
    <>
      <PageHeader title={hall.name} intro={`${hall.kind} in ${hall.village} · ${hall.capacity} personen`} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="space-y-8">
          <div className="grid gap-6 md:grid-cols-2">
            <Image
              src={hall.photoUrl}
              alt={hall.photoAlt}
              width={640}
              height={360}
              unoptimized
              className="h-auto w-full rounded-lg"
            />
            <div className="space-y-3">
              <p>{hall.description}</p>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                <dt className="font-semibold">Adres</dt>
                <dd>
                  {hall.street}, {hall.postcode} {hall.city}
                </dd>
                <dt className="font-semibold">Waarborg</dt>
                <dd>{hall.depositCents > 0 ? formatEuro(hall.depositCents) : "geen"}</dd>
                <dt className="font-semibold">Reserveren</dt>
                <dd>
                  {hall.requiresApproval ? "aanvraag, de dienst vrije tijd keurt goed" : "meteen bevestigd"}
                </dd>
              </dl>
            </div>
          </div>
          <section aria-labelledby="faciliteiten">
            <h2 id="faciliteiten" className="mb-2 text-2xl font-bold">
              Faciliteiten en afspraken
            </h2>
            <ul className="list-disc pl-6">
              {hall.facilities.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
            <p className="mt-2">{hall.rules}</p>
          </section>
          <section aria-labelledby="tarieven">
            <h2 id="tarieven" className="mb-2 text-2xl font-bold">
              Tarieven
            </h2>
            <Table
              caption={`Tarieven van ${hall.name}`}
              columns={[
                { label: "Wie" },
                { label: `Prijs per ${unitWord}`, align: "right" },
                { label: "Reserveren tot" },
              ]}
            >
              {hall.tariffs.map((t) => (
                <tr key={t.id} className="border-b border-slate-200">
                  <td className="py-2 pr-3">{t.label}</td>
                  <td className="py-2 pr-3 text-right">
                    {t.unitCents === 0 ? "gratis" : formatEuro(t.unitCents)}
                  </td>
                  <td className="py-2">{t.bookingWindowMonths} maanden op voorhand</td>
                </tr>
              ))}
            </Table>
            <p className="mt-2">
              Annuleren:{" "}
              {hall.cancellationRules
                .map((r) =>
                  r.minDaysBefore === 0
                    ? `korter dan ${hall.cancellationRules.find((x) => x.minDaysBefore > 0)?.minDaysBefore ?? 0} dagen op voorhand ${r.feePercent} %`
                    : `vanaf ${r.minDaysBefore} dagen op voorhand ${r.feePercent} %`,
                )
                .join(", ")}{" "}
              van de huurprijs
              {hall.cancellationRules[0]?.minimumCents
                ? ` (minstens ${formatEuro(hall.cancellationRules[0].minimumCents)})`
                : ""}
              . Een aanvraag die nog niet goedgekeurd is, annuleer je gratis.
            </p>
          </section>
          <Suspense fallback={<p role="status">Beschikbaarheid wordt geladen…</p>}>
            <HallAvailability hall={hall} searchParams={searchParams} />
          </Suspense>
        </div>
        <div id="reserveren">
          <Card title="Reserveren">
            <Suspense fallback={<p role="status">Even geduld…</p>}>
              <HallBooking hall={hall} searchParams={searchParams} />
            </Suspense>
          </Card>
        </div>
      </div>
    </>
  );
}

type Hall = NonNullable<Awaited<ReturnType<typeof getHall>>>;
type Query = Props["searchParams"];

/** The week and month asked for, from the bookings as they are now. */
async function HallAvailability({ hall, searchParams }: { hall: Hall; searchParams: Query }) {
  // Bookings and today are read per request: never in a prerender of the page (a prefetch or the
  // cached document of this hall), where the query may already be known but the clock may not be read.
  await connection();
  const query = await searchParams;
  const now = new Date();
  const today = brusselsParts(now).dateKey;
  const anchor = [query.week, query.datum].find((k) => k && isCalendarDate(k)) ?? today;
  const monday = mondayOf(anchor);
  const windows =
    hall.rentalUnit === "HOURLY"
      ? hourWindows(hall.opensAtMinutes, hall.closesAtMinutes)
      : hall.dayParts.map((p) => ({
          ...p,
          key: p.code,
          label: `${p.label} ${formatMinutes(p.startMinutes)}–${formatMinutes(p.endMinutes)}`,
        }));
  const monthStart = mondayOf(`${monday.slice(0, 8)}01`);
  const bookings = await activeBookings(
    [hall.id],
    brusselsInstant(monthStart, 0),
    brusselsInstant(addBrusselsDays(monthStart, 42), 0),
  );
  const week = calendarDays(monday, 7, windows, bookings, now);
  const month = calendarDays(monthStart, 42, windows, bookings, now);
  return (
    <section aria-labelledby="beschikbaarheid">
      <h2 id="beschikbaarheid" className="mb-2 text-2xl font-bold">
        Beschikbaarheid
      </h2>
      <nav aria-label="Andere week" className="mb-3 flex flex-wrap items-center gap-3">
        <Link
          className={buttonClass("secondary")}
          href={`/zalen/${hall.slug}?week=${addBrusselsDays(monday, -7)}#beschikbaarheid`}
        >
          Vorige week
        </Link>
        <p className="font-semibold" aria-live="polite">
          Week van {fmt(monday)} tot {fmt(addBrusselsDays(monday, 6))}
        </p>
        <Link
          className={buttonClass("secondary")}
          href={`/zalen/${hall.slug}?week=${addBrusselsDays(monday, 7)}#beschikbaarheid`}
        >
          Volgende week
        </Link>
      </nav>
      <AvailabilityCalendar
        days={week}
        slug={hall.slug}
        caption={`Beschikbaarheid van ${hall.name}, week van ${fmt(monday)}`}
      />
      <h3 className="mt-6 mb-2 text-xl font-bold">
        Maandoverzicht {MONTHS[Number(monday.slice(5, 7)) - 1]} {monday.slice(0, 4)}
      </h3>
      <MonthOverview days={month} slug={hall.slug} month={monday.slice(0, 7)} />
    </section>
  );
}

/** The booking form for a signed-in visitor (with the parties they may book for), else the way in. */
async function HallBooking({ hall, searchParams }: { hall: Hall; searchParams: Query }) {
  const [query, actor] = await Promise.all([searchParams, getActor()]);
  const today = brusselsParts(new Date()).dateKey;
  const parties = actor ? await bookingParties(actor.userId) : [];
  return (
    <>
      {actor ? (
        <BookingForm
          hall={{
            id: hall.id,
            rentalUnit: hall.rentalUnit,
            opensAtMinutes: hall.opensAtMinutes,
            closesAtMinutes: hall.closesAtMinutes,
            dayParts: hall.dayParts,
            invoiceAllowed: hall.tariffs.some((t) => t.invoiceAllowed),
          }}
          parties={parties}
          defaultBookFor={actor.actingFor?.id ?? "self"}
          preset={{
            date: query.datum && isCalendarDate(query.datum) ? query.datum : undefined,
            part: query.deel,
          }}
          today={today}
        />
      ) : (
        <p>
          <Link
            className={buttonClass("primary")}
            href={`/aanmelden?terug=${encodeURIComponent(`/zalen/${hall.slug}`)}`}
          >
            Aanmelden om te reserveren
          </Link>
        </p>
      )}
    </>
  );
}
