import type { Metadata } from "next";
import { notFound } from "@/lib/http/page-interrupts";
import { atLeastOne } from "@/lib/cache/static-params";
import { connection } from "next/server";
import { Suspense } from "react";
import { ReservationForm } from "@/components/tickets/reservation-form";
import { SeatsLeft } from "@/components/tickets/seats-left";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime, formatLongDate, formatTime } from "@/lib/be/time";
import { getActor } from "@/lib/auth/actor";
import { getPerformance, getPerformanceFacts, listSeason } from "@/lib/tickets/queries";

// The address decides what this shows, so the first request for it waits for the page (a blocking
// route); after that the page of this address is a cached document (lib/cache/static-params.ts).
export const instant = false;

export async function generateStaticParams() {
  return atLeastOne(
    (await listSeason()).map((p) => ({ slug: p.slug })),
    { slug: "-" },
  );
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const performance = await getPerformanceFacts(slug);
  return { title: performance?.title ?? "Voorstelling niet gevonden" };
}

const seatsText = (left: number) => (left > 0 ? String(left) : "uitverkocht");

/** The facts come from the cached season; seats and the sale are islands of the request. */
export default async function PerformancePage({ params }: Props) {
  const { slug } = await params;
  const performance = await getPerformanceFacts(slug);
  if (!performance) notFound();
  return (
    <>
      <PageHeader title={performance.title} intro={performance.subtitle ?? undefined} />
      <div className="grid gap-8 lg:grid-cols-[1fr_26rem]">
        <div className="space-y-4 text-lg">
          <p>{performance.description}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            <dt className="font-semibold">Wanneer</dt>
            <dd>
              {formatLongDate(performance.startsAt)} om {formatTime(performance.startsAt)}
              {performance.durationMinutes ? ` (ongeveer ${performance.durationMinutes} minuten)` : ""}
            </dd>
            <dt className="font-semibold">Waar</dt>
            <dd>
              {performance.venueName}, {performance.venueAddress}
            </dd>
            <dt className="font-semibold">Vrije plaatsen</dt>
            <dd>
              <SeatsLeft poolId={performance.poolId} format={seatsText} />
            </dd>
          </dl>
        </div>
        <Card title="Tickets kopen">
          <Suspense fallback={<p role="status">De verkoop wordt geladen…</p>}>
            <TicketSale slug={slug} />
          </Suspense>
        </Card>
      </div>
    </>
  );
}

/** Sale window, cancellation and ticket types with what is left: read at the moment of the request. */
async function TicketSale({ slug }: { slug: string }) {
  await connection();
  const now = new Date();
  const [performance, actor] = await Promise.all([getPerformance(slug, now), getActor()]);
  if (!performance) return null;
  if (performance.cancelledAt)
    return <p role="status">Deze voorstelling is geannuleerd. Wie al een ticket had, wordt terugbetaald.</p>;
  if (!performance.onSale)
    return (
      <p role="status">
        {now < performance.salesStartAt
          ? `De verkoop start op ${formatDateTime(performance.salesStartAt)}.`
          : "De online verkoop is afgelopen."}
      </p>
    );
  if (performance.seatsLeft <= 0) return <p role="status">Deze voorstelling is uitverkocht.</p>;
  return (
    <ReservationForm
      performanceId={performance.id}
      types={performance.ticketTypes}
      buyer={{ name: actor?.name ?? undefined, email: actor?.email ?? undefined }}
    />
  );
}
