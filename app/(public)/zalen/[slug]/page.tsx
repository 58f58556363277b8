import type { Metadata } from "next";
import { notFound } from "@/lib/http/page-interrupts";
import { atLeastOne } from "@/lib/cache/static-params";
import { HallAvailability } from "@/components/halls/hall-availability";
import { HallBookingCard } from "@/components/halls/hall-booking-card";
import { HallDetails } from "@/components/halls/hall-details";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getHall, listHalls } from "@/lib/halls/queries/catalogue";

// The address decides what this shows, so the first request for it waits for the page (a blocking
// route); the hall's facts come from the cached catalogue, availability and the booking card from the
// request.
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

/**
 * The hall's facts and tariffs are the same for everyone; availability (bookings, today, the week
 * asked for) and the booking card (who is asking) depend on the request. They render before the
 * page is sent, not as streamed islands: a streamed island needs JavaScript to appear, and the
 * booking form must work without it.
 */
export default async function HallPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const hall = await getHall(slug);
  if (!hall) notFound();
  return (
    <>
      <PageHeader title={hall.name} intro={`${hall.kind} in ${hall.village} · ${hall.capacity} personen`} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="space-y-8">
          <HallDetails hall={hall} />
        </div>
        <div id="reserveren">
          <Card title="Reserveren">
            <HallBookingCard hall={hall} query={searchParams} />
          </Card>
        </div>
      </div>
      <div className="mt-8">
        <HallAvailability hall={hall} query={searchParams} />
      </div>
    </>
  );
}
