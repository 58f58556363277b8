// Public reads of the cultural season. Seats left come from the capacity engine, so they are
// authoritative: what is shown free can be reserved.
import "server-only";
import { availability } from "@/lib/capacity";
import { db } from "@/lib/db";

export async function listPerformances(now = new Date()) {
  const performances = await db.performance.findMany({
    where: { published: true, cancelledAt: null, startsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    include: { ticketTypes: { where: { active: true }, orderBy: { sortOrder: "asc" } } },
  });
  const seats = await availability(
    db,
    performances.map((p) => p.poolId),
    now,
  );
  return performances.map((p) => ({
    ...p,
    seatsLeft: seats.get(p.poolId)?.available ?? 0,
    priceRange: priceRange(p.ticketTypes.map((t) => t.priceCents)),
  }));
}

export async function getPerformance(slug: string, now = new Date()) {
  const performance = await db.performance.findFirst({
    where: { slug, published: true },
    include: { ticketTypes: { where: { active: true }, orderBy: { sortOrder: "asc" } } },
  });
  if (!performance) return null;
  const pools = [
    performance.poolId,
    ...performance.ticketTypes.flatMap((t) => (t.quotaPoolId ? [t.quotaPoolId] : [])),
  ];
  const free = await availability(db, pools, now);
  const seatsLeft = free.get(performance.poolId)?.available ?? 0;
  return {
    ...performance,
    seatsLeft,
    onSale: !performance.cancelledAt && performance.salesStartAt <= now && now < performance.salesEndAt,
    ticketTypes: performance.ticketTypes.map((t) => ({
      ...t,
      left: Math.min(seatsLeft, t.quotaPoolId ? (free.get(t.quotaPoolId)?.available ?? 0) : seatsLeft),
    })),
  };
}

export function priceRange(prices: number[]): { min: number; max: number } | null {
  return prices.length ? { min: Math.min(...prices), max: Math.max(...prices) } : null;
}

export async function getTicketsOfOrder(orderId: string) {
  return db.ticket.findMany({
    where: { orderId },
    include: {
      ticketType: { select: { label: true } },
      performance: { select: { title: true, startsAt: true, venueName: true, venueAddress: true } },
    },
    orderBy: [{ ticketType: { sortOrder: "asc" } }, { createdAt: "asc" }],
  });
}
