// Reads for the staff planning board (permission leisure:manage, checked by the pages).
import "server-only";
import { addBrusselsDays, brusselsInstant } from "@/lib/be/time";
import { db } from "@/lib/db";

const who = {
  user: { select: { name: true, email: true } },
  association: { select: { name: true } },
} as const;

export async function planningWeek(monday: string) {
  const from = brusselsInstant(monday, 0);
  const until = brusselsInstant(addBrusselsDays(monday, 7), 0);
  const [halls, bookings] = await Promise.all([
    db.hall.findMany({
      where: { active: true },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true, slug: true },
    }),
    db.hallBooking.findMany({
      where: { status: { in: ["REQUESTED", "APPROVED"] }, startsAt: { lt: until }, endsAt: { gt: from } },
      orderBy: { startsAt: "asc" },
      include: who,
    }),
  ]);
  return { halls, bookings };
}

export async function pendingRequests() {
  return db.hallBooking.findMany({
    where: { status: "REQUESTED" },
    orderBy: { startsAt: "asc" },
    take: 100,
    include: { ...who, hall: { select: { name: true } } },
  });
}

export async function depositsToSettle(now = new Date()) {
  return db.hallBooking.findMany({
    where: {
      status: "APPROVED",
      closureId: null,
      endsAt: { lte: now },
      depositOutcome: null,
      depositCents: { gt: 0 },
    },
    orderBy: { endsAt: "asc" },
    take: 50,
    include: { ...who, hall: { select: { name: true } } },
  });
}

export async function staffBooking(id: string) {
  return db.hallBooking.findFirst({
    where: { id, closureId: null },
    include: { ...who, hall: { select: { name: true, slug: true } }, series: true },
  });
}
