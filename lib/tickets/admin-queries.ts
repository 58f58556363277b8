// Back-office reads of the cultural season (callers guard with leisure:manage).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { paged } from "@/lib/paging";

/** Where a performance stands, in the words of the staff list. */
function stateOf(p: { published: boolean; cancelledAt: Date | null; startsAt: Date }, now: Date) {
  if (p.cancelledAt) return "geannuleerd";
  if (p.startsAt < now) return "voorbij";
  return p.published ? "gepubliceerd" : "niet gepubliceerd";
}

/** Seats per performance, from the capacity engine. */
async function withSeats<
  P extends { poolId: string; published: boolean; cancelledAt: Date | null; startsAt: Date },
>(performances: P[], now: Date) {
  const pools = await db.capacityPool.findMany({ where: { id: { in: performances.map((p) => p.poolId) } } });
  const byId = new Map(pools.map((p) => [p.id, p]));
  return performances.map((p) => ({
    ...p,
    state: stateOf(p, now),
    capacity: byId.get(p.poolId)?.capacity ?? 0,
    taken: byId.get(p.poolId)?.taken ?? 0,
  }));
}

/**
 * Every performance of every season, the latest first (the coming ones on top), one page
 * (lib/paging), on the index Performance(startsAt).
 */
export async function listAllPerformances(page = 1, now = new Date()) {
  const { rows, ...paging } = await paged(
    page,
    () => db.performance.count(),
    (window) =>
      db.performance.findMany({
        orderBy: [{ startsAt: "desc" }, { id: "desc" }],
        include: { ticketTypes: { orderBy: { sortOrder: "asc" } } },
        ...window,
      }),
  );
  return { ...paging, rows: await withSeats(rows, now) };
}

/**
 * The next performances not cancelled, soonest first: the shortcut to sell tickets from a
 * resident's page (the whole list is /beheer/vrije-tijd, paged).
 */
export async function nextPerformances(count: number, now = new Date()) {
  return db.performance.findMany({
    where: { cancelledAt: null, startsAt: { gt: now } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true },
    take: count,
  });
}

/** The orders with tickets of these types (a performance's), newest first. */
const ordersWhere = (typeIds: string[]): Prisma.OrderWhereInput => ({
  lines: { some: { itemType: "ticket", itemId: { in: typeIds } } },
});

async function ordersOf(typeIds: string[], page: number) {
  const where = ordersWhere(typeIds);
  return paged(
    page,
    () => db.order.count({ where }),
    (window) =>
      db.order.findMany({
        where,
        include: { lines: true, payments: { orderBy: { createdAt: "desc" } } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...window,
      }),
  );
}

/** Paid and open orders over all pages: what cancelling the performance touches. */
async function ordersByStatus(typeIds: string[]) {
  const groups = await db.order.groupBy({
    by: ["status"],
    where: { ...ordersWhere(typeIds), status: { in: ["PAID", "PENDING"] } },
    _count: { _all: true },
    _sum: { totalCents: true },
  });
  const of = (status: string) => groups.find((g) => g.status === status);
  return {
    paidOrders: of("PAID")?._count._all ?? 0,
    paidCents: of("PAID")?._sum.totalCents ?? 0,
    openOrders: of("PENDING")?._count._all ?? 0,
  };
}

export type StaffOrder = Awaited<ReturnType<typeof ordersOf>>["rows"][number];

export async function getPerformanceForStaff(id: string, now = new Date(), page = 1) {
  const performance = await db.performance.findUnique({
    where: { id },
    include: { ticketTypes: { orderBy: { sortOrder: "asc" } } },
  });
  if (!performance) return null;
  const typeIds = performance.ticketTypes.map((t) => t.id);
  const [pool, orders, cancelImpact, admitted] = await Promise.all([
    db.capacityPool.findUniqueOrThrow({ where: { id: performance.poolId } }),
    ordersOf(typeIds, page),
    ordersByStatus(typeIds),
    db.ticket.count({ where: { performanceId: id, admittedAt: { not: null } } }),
  ]);
  return {
    ...performance,
    capacity: pool.capacity,
    taken: pool.taken,
    orders,
    admitted,
    /** Still to come and not cancelled: the desk can sell. */
    open: !performance.cancelledAt && performance.startsAt > now,
    /** What cancelling would do, stated before staff confirm it (over every order, not a page). */
    cancelImpact,
  };
}

/** The resident staff sell for (found through /beheer/inwoners), to fill in the buyer. */
export async function residentForSale(id: string) {
  return db.user.findUnique({ where: { id }, select: { id: true, name: true, email: true } });
}
