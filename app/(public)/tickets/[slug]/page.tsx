import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReservationForm } from "@/components/tickets/reservation-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime, formatLongDate, formatTime } from "@/lib/be/time";
import { getActor } from "@/lib/auth/actor";
import { getPerformance } from "@/lib/tickets/queries";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const performance = await getPerformance(slug);
  return { title: performance?.title ?? "Voorstelling niet gevonden" };
}

export default async function PerformancePage({ params }: Props) {
  const { slug } = await params;
  const now = new Date();
  const [performance, actor] = await Promise.all([getPerformance(slug, now), getActor()]);
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
            <dd>{performance.seatsLeft > 0 ? performance.seatsLeft : "uitverkocht"}</dd>
          </dl>
        </div>
        <Card title="Tickets kopen">
          {performance.cancelledAt ? (
            <p role="status">Deze voorstelling is geannuleerd. Wie al een ticket had, wordt terugbetaald.</p>
          ) : !performance.onSale ? (
            <p role="status">
              {now < performance.salesStartAt
                ? `De verkoop start op ${formatDateTime(performance.salesStartAt)}.`
                : "De online verkoop is afgelopen."}
            </p>
          ) : performance.seatsLeft <= 0 ? (
            <p role="status">Deze voorstelling is uitverkocht.</p>
          ) : (
            <ReservationForm
              performanceId={performance.id}
              types={performance.ticketTypes}
              buyer={{ name: actor?.name ?? undefined, email: actor?.email ?? undefined }}
            />
          )}
        </Card>
      </div>
    </>
  );
}
