// Public reads of the cultural season. Seats left come from the capacity engine, so they are
// authoritative: what is shown free can be reserved.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { availability } from "@/lib/capacity";
import { db } from "@/lib/db";

/**
 * The season for the public programme, cached for every visitor without the seats left (those are an
 * island read per request: seatsLeft). Expired by the staff actions; recomputed at least hourly so a
 * performance that has started drops off.
 */
export async function listSeason() {
  "use cache";
  cacheLife("hours");
  cacheTag(CACHE_TAGS.performances);
  const performances = await db.performance.findMany({
    where: { published: true, cancelledAt: null, startsAt: { gt: new Date() } },
    orderBy: { startsAt: "asc" },
    include: {
      ticketTypes: { where: { active: true }, orderBy: { sortOrder: "asc" } },
      poster: { select: { id: true, width: true, height: true } },
    },
  });
  return performances.map((p) => ({ ...p, priceRange: priceRange(p.ticketTypes.map((t) => t.priceCents)) }));
}

/** A performance's public facts (no availability, no sale state), cached like listSeason. */
export async function getPerformanceFacts(slug: string) {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.performances);
  return db.performance.findFirst({
    where: { slug, published: true },
    include: { poster: { select: { id: true, width: true, height: true } } },
  });
}

/** Seats left of a performance's pool, now: authoritative, never cached. */
export async function seatsLeft(poolId: string, now = new Date()) {
  return (await availability(db, [poolId], now)).get(poolId)?.available ?? 0;
}

/** Seats left of every performance on the programme (/tickets), now: authoritative, never cached. */
export async function seasonSeatsLeft(now = new Date()): Promise<Record<string, number>> {
  const performances = await db.performance.findMany({
    where: { published: true, cancelledAt: null, startsAt: { gt: now } },
    select: { poolId: true },
  });
  const pools = performances.map((p) => p.poolId);
  const free = await availability(db, pools, now);
  return Object.fromEntries(pools.map((poolId) => [poolId, free.get(poolId)?.available ?? 0]));
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
