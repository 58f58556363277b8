// Hall bookings a resident requested (or staff requested for them) on their timeline.
import "server-only";
import { formatEuro } from "@/lib/be/money";
import { formatDate } from "@/lib/be/time";
import { db } from "@/lib/db";
import { BOOKING_STATUS_LABELS } from "@/lib/halls/labels";
import { staffNames } from "../staff-names";
import type { TimelineSource } from "../types";

export const hallBookingActivity: TimelineSource = async (userId, limit) => {
  const bookings = await db.hallBooking.findMany({
    where: { userId, closureId: null },
    orderBy: { updatedAt: "desc" },
    take: limit,
    include: { hall: { select: { name: true } } },
  });
  const staff = await staffNames(bookings.map((x) => x.createdById));
  return bookings.map((b) => ({
    id: `hall-${b.id}`,
    at: b.updatedAt,
    service: "Zalen",
    title: `${b.hall.name} op ${formatDate(b.startsAt)} (${b.slotLabel})`,
    description: `${BOOKING_STATUS_LABELS[b.status]} · huur ${formatEuro(b.priceCents)} · waarborg ${formatEuro(b.depositCents)}${b.cancellationFeeCents ? ` · annuleringskost ${formatEuro(b.cancellationFeeCents)}` : ""}`,
    href: `/mijn/zalen/${b.id}`,
    byStaff: b.createdById ? (staff.get(b.createdById) ?? "een medewerker") : null,
  }));
};
