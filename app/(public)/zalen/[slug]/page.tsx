import type { Metadata } from "next";
import { notFound } from "@/lib/http/page-interrupts";
import { atLeastOne } from "@/lib/cache/static-params";
import { HallAvailabilityView } from "@/components/halls/hall-availability";
import { HallPageBody, SignInToBook } from "@/components/halls/hall-page-body";
import { currentHallAvailability } from "@/lib/halls/queries/cached-availability";
import { getHall, listHalls } from "@/lib/halls/queries/catalogue";

// The address decides what this shows, so the first request for it waits for the page (a blocking
// route); after that it is one cached document for every anonymous visitor. Signed-in visitors and
// addresses with a week or a moment are rewritten to ./reserveren (next.config.ts), rendered per
// request with the booking form.
export const instant = false;

export async function generateStaticParams() {
  return atLeastOne(
    (await listHalls()).map((h) => ({ slug: h.slug })),
    { slug: "-" },
  );
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const hall = await getHall(slug);
  return { title: hall?.name ?? "Zaal niet gevonden" };
}

/**
 * Facts, tariffs and this week's calendar, the same for every anonymous visitor: no booking form
 * (they cannot use it, so they do not download it), but the way to sign in and book.
 */
export default async function HallPage({ params }: Props) {
  const { slug } = await params;
  const [hall, availability] = await Promise.all([getHall(slug), currentHallAvailability(slug)]);
  if (!hall || !availability) notFound();
  return (
    <HallPageBody
      hall={hall}
      card={<SignInToBook slug={hall.slug} />}
      availability={<HallAvailabilityView hall={hall} availability={availability} />}
    />
  );
}
