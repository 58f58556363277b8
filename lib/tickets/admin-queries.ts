// Back-office reads of the cultural season (callers guard with leisure:manage).
import "server-only";
import { db } from "@/lib/db";

/** Where a performance stands, in the words of the staff list. */
function stateOf(p: { published: boolean; cancelledAt: Date | null; startsAt: Date }, now: Date) {
  if (p.cancelledAt) return "geannuleerd";
  if (p.startsAt < now) return "voorbij";
  return p.published ? "gepubliceerd" : "niet gepubliceerd";
}

export async function listAllPerformances(now = new Date()) {
  const performances = await db.performance.findMany({
    orderBy: { startsAt: "asc" },
    include: { ticketTypes: { orderBy: { sortOrder: "asc" } } },
  });
  const pools = await db.capacityPool.findMany({ where: { id: { in: performances.map((p) => p.poolId) } } });
  const byId = new Map(pools.map((p) => [p.id, p]));
  return performances.map((p) => ({
    ...p,
    state: stateOf(p, now),
    capacity: byId.get(p.poolId)?.capacity ?? 0,
    taken: byId.get(p.poolId)?.taken ?? 0,
  }));
}

async function ordersOf(typeIds: string[]) {
  return db.order.findMany({
    where: { lines: { some: { itemType: "ticket", itemId: { in: typeIds } } } },
    include: { lines: true, payments: { orderBy: { createdAt: "desc" } } },
    orderBy: { createdAt: "desc" },
    take: 500,
  });
}

export type StaffOrder = Awaited<ReturnType<typeof ordersOf>>[number];

export async function getPerformanceForStaff(id: string, now = new Date()) {
  const performance = await db.performance.findUnique({
    where: { id },
    include: { ticketTypes: { orderBy: { sortOrder: "asc" } } },
  });
  if (!performance) return null;
  const [pool, orders, admitted] = await Promise.all([
    db.capacityPool.findUniqueOrThrow({ where: { id: performance.poolId } }),
    ordersOf(performance.ticketTypes.map((t) => t.id)),
    db.ticket.count({ where: { performanceId: id, admittedAt: { not: null } } }),
  ]);
  const paid = orders.filter((o) => o.status === "PAID");
  return {
    ...performance,
    capacity: pool.capacity,
    taken: pool.taken,
    orders,
    admitted,
    /** Still to come and not cancelled: the desk can sell. */
    open: !performance.cancelledAt && performance.startsAt > now,
    /** What cancelling would do, stated before staff confirm it. */
    cancelImpact: {
      paidOrders: paid.length,
      paidCents: paid.reduce((sum, o) => sum + o.totalCents, 0),
      openOrders: orders.filter((o) => o.status === "PENDING").length,
    },
  };
}

/** The resident staff sell for (found through /beheer/inwoners), to fill in the buyer. */
export async function residentForSale(id: string) {
  return db.user.findUnique({ where: { id }, select: { id: true, name: true, email: true } });
}
