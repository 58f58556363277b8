// Reads for the public catalogue and hall pages. Availability comes from the same rows and the
// same rule (status REQUESTED or APPROVED) as the exclusion constraint, so what shows free is free.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { addBrusselsDays, brusselsInstant, formatMinutes } from "@/lib/be/time";
import { db } from "@/lib/db";
import { calendarDays, hourWindows, mondayOf } from "../calendar";

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
    db.hall.findMany({
      where: { active: true },
      orderBy: { sortOrder: "asc" },
      include: { tariffs: true, photo: { select: { id: true, width: true, height: true } } },
    }),
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
    include: {
      tariffs: true,
      cancellationRules: { orderBy: { minDaysBefore: "desc" } },
      photo: { select: { id: true, width: true, height: true } },
    },
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

export type CatalogueHall = NonNullable<Awaited<ReturnType<typeof getHall>>>;

/** Active bookings of halls between two instants (for the calendars). */
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

/** The day parts (or hours) a hall rents by, as rows of its calendars. */
export function hallWindows(
  hall: Pick<CatalogueHall, "rentalUnit" | "opensAtMinutes" | "closesAtMinutes" | "dayParts">,
) {
  return hall.rentalUnit === "HOURLY"
    ? hourWindows(hall.opensAtMinutes, hall.closesAtMinutes)
    : hall.dayParts.map((p) => ({
        ...p,
        key: p.code,
        label: `${p.label} ${formatMinutes(p.startMinutes)}–${formatMinutes(p.endMinutes)}`,
      }));
}

/** The week that holds `anchor` and the six weeks from the first Monday of its month. */
export async function hallAvailability(hall: CatalogueHall, anchor: string, now: Date) {
  const monday = mondayOf(anchor);
  const monthStart = mondayOf(`${monday.slice(0, 8)}01`);
  const windows = hallWindows(hall);
  const bookings = await activeBookings(
    [hall.id],
    brusselsInstant(monthStart, 0),
    brusselsInstant(addBrusselsDays(monthStart, 42), 0),
  );
  return {
    monday,
    week: calendarDays(monday, 7, windows, bookings, now),
    month: calendarDays(monthStart, 42, windows, bookings, now),
  };
}

/** The associations the user is an officer of, for "book on behalf of". */
export async function bookingParties(userId: string) {
  const memberships = await db.associationMember.findMany({
    where: { userId, role: "MANAGER" },
    select: { association: { select: { id: true, name: true, recognised: true } } },
    orderBy: { association: { name: "asc" } },
  });
  return memberships.map((m) => m.association);
}
