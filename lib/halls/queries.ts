// Reads for the public catalogue and hall pages. Availability comes from the same rows and the
// same rule (status REQUESTED or APPROVED) as the exclusion constraint, so what shows free is free.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";

/** Cached for every visitor; staff actions that change a hall expire CACHE_TAGS.halls. */
export async function listHalls() {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.halls);
  return loadHalls();
}

/** The catalogue as it is in the database now (listHalls caches it). */
export async function loadHalls() {
  const [halls, categories] = await Promise.all([
    db.hall.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" }, include: { tariffs: true } }),
    db.hallCategory.findMany({ orderBy: { sortOrder: "asc" } }),
  ]);
  return halls.map((h) => ({
    ...h,
    residentTariff: h.tariffs.find((t) => t.category === "RESIDENT") ?? null,
    categories,
  }));
}

/** Cached like listHalls: facts, tariffs, rules and day parts, not availability. */
export async function getHall(slug: string) {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.halls);
  const hall = await db.hall.findFirst({
    where: { slug, active: true },
    include: { tariffs: true, cancellationRules: { orderBy: { minDaysBefore: "desc" } } },
  });
  if (!hall) return null;
  const [categories, dayParts] = await Promise.all([
    db.hallCategory.findMany({ orderBy: { sortOrder: "asc" } }),
    db.hallDayPart.findMany({ orderBy: { sortOrder: "asc" } }),
  ]);
  const tariffs = categories.flatMap((c) => {
    const t = hall.tariffs.find((x) => x.category === c.code);
    return t ? [{ ...t, label: c.label }] : [];
  });
  return { ...hall, tariffs, dayParts };
}

/** Active bookings of a hall between two instants (for the calendar). */
export async function activeBookings(hallIds: string[], from: Date, until: Date) {
  return db.hallBooking.findMany({
    where: {
      hallId: { in: hallIds },
      status: { in: ["REQUESTED", "APPROVED"] },
      startsAt: { lt: until },
      endsAt: { gt: from },
    },
    orderBy: { startsAt: "asc" },
    select: { id: true, hallId: true, startsAt: true, endsAt: true, status: true, closureId: true },
  });
}

/** The user's memberships, for "book on behalf of" (acting association first). */
export async function bookingParties(userId: string) {
  const memberships = await db.associationMember.findMany({
    where: { userId },
    select: { association: { select: { id: true, name: true, recognised: true } } },
    orderBy: { association: { name: "asc" } },
  });
  return memberships.map((m) => m.association);
}
