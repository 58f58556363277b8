// Reads for Mijn Wingene: the user's own bookings and those of associations they belong to.
import "server-only";
import { db } from "@/lib/db";
import { ownBookingWhere } from "./cancel";

export async function ordersOf(orderIds: (string | null)[]) {
  const ids = orderIds.filter((id): id is string => Boolean(id));
  const orders = await db.order.findMany({
    where: { id: { in: ids } },
    select: { id: true, status: true, accessToken: true, number: true, totalCents: true },
  });
  return new Map(orders.map((o) => [o.id, o]));
}

export async function myHallBookings(userId: string) {
  const bookings = await db.hallBooking.findMany({
    where: ownBookingWhere(userId),
    orderBy: { startsAt: "asc" },
    include: { hall: { select: { name: true, slug: true } }, association: { select: { name: true } } },
  });
  const orders = await ordersOf(bookings.map((b) => b.orderId));
  return bookings.map((b) => ({ ...b, order: b.orderId ? (orders.get(b.orderId) ?? null) : null }));
}
