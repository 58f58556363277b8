import type { Metadata } from "next";
import { notFound } from "@/lib/http/page-interrupts";
import { atLeastOne } from "@/lib/cache/static-params";
import { LiveSale, TicketSale } from "@/components/tickets/live-sale";
import { SeatsLeft } from "@/components/tickets/seats-left";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Picture } from "@/components/ui/picture";
import { formatLongDate, formatTime } from "@/lib/be/time";
import { getPerformanceFacts, listSeason } from "@/lib/tickets/queries";

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

/** The facts come from the cached season; seats and the sale are fetched by the browser (LiveSale). */
export default async function PerformancePage({ params }: Props) {
  const { slug } = await params;
  const performance = await getPerformanceFacts(slug);
  if (!performance) notFound();
  return (
    <>
      <PageHeader
        trail={[{ href: "/tickets", label: "Tickets" }]}
        title={performance.title}
        intro={performance.subtitle ?? undefined}
      />
      <LiveSale slug={slug}>
        <div className="grid gap-8 lg:grid-cols-[1fr_26rem]">
          <div className="space-y-4 text-lg">
            {performance.poster && (
              <Picture
                picture={performance.poster}
                alt={performance.posterAlt ?? ""}
                sizes="(min-width: 1024px) 60vw, 100vw"
                eager
                className="rounded-lg"
              />
            )}
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
                <SeatsLeft poolId={performance.poolId} wording="count" />
              </dd>
            </dl>
          </div>
          <Card title="Tickets kopen">
            <TicketSale performanceId={performance.id} />
          </Card>
        </div>
      </LiveSale>
    </>
  );
}
