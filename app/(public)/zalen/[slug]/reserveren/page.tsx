import type { Metadata } from "next";
import { notFound } from "@/lib/http/page-interrupts";
import { HallAvailability } from "@/components/halls/hall-availability";
import { HallBookingCard } from "@/components/halls/hall-booking-card";
import { HallPageBody } from "@/components/halls/hall-page-body";
import { getHall } from "@/lib/halls/queries/catalogue";

// A hall's page for a signed-in visitor or one who asked for a week or a moment (`/zalen/<slug>?week=…`,
// `?datum=…`): next.config.ts rewrites those requests here; everyone else gets the cached page one
// folder up. Rendered per request (a blocking route): the facts come from the cached catalogue,
// availability and the booking card from the request.
export const instant = false;

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
export default async function HallPageForRequest({ params, searchParams }: Props) {
  const { slug } = await params;
  const hall = await getHall(slug);
  if (!hall) notFound();
  return (
    <HallPageBody
      hall={hall}
      card={<HallBookingCard hall={hall} query={searchParams} />}
      availability={<HallAvailability hall={hall} query={searchParams} />}
    />
  );
}
