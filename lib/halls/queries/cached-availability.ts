// The calendar of a hall's page as an anonymous visitor sees it: this week and the month around it,
// cached so the page is one document for every visitor (ARCHITECTURE.md, "Caching"). Signed-in
// visitors and any visitor who asks for another week get the calendar read per request
// (`/zalen/[slug]/reserveren`, reached by the rewrites in next.config.ts), so whoever books sees the
// bookings as they are; the exclusion constraint refuses a double booking in any case.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { brusselsParts } from "@/lib/be/time";
import { getHall, hallAvailability } from "./catalogue";

export async function currentHallAvailability(slug: string) {
  "use cache";
  // "minutes": revalidated a minute after it was rendered, so today moves on at midnight and a
  // change by a job (a lapsed request, an expired order) shows within a minute; actions expire it at once.
  cacheLife("minutes");
  cacheTag(CACHE_TAGS.halls, CACHE_TAGS.hallBookings);
  const hall = await getHall(slug);
  if (!hall) return null;
  const now = new Date();
  return hallAvailability(hall, brusselsParts(now).dateKey, now);
}
