// Back-office reads of the cultural season (callers guard with leisure:manage).
import "server-only";
import { db } from "@/lib/db";

export async function listAllPerformances() {
  const performances = await db.performance.findMany({
    orderBy: { startsAt: "asc" },
    include: { ticketTypes: { orderBy: { sortOrder: "asc" } } },
  });
  const pools = await db.capacityPool.findMany({ where: { id: { in: performances.map((p) => p.poolId) } } });
  const byId = new Map(pools.map((p) => [p.id, p]));
  return performances.map((p) => ({
    ...p,
    capacity: byId.get(p.poolId)?.capacity ?? 0,
    taken: byId.get(p.poolId)?.taken ?? 0,
  }));
}

export async function getPerformanceForStaff(id: string) {
  const performance = await db.performance.findUnique({
    where: { id },
    include: { ticketTypes: { orderBy: { sortOrder: "asc" } } },
  });
  if (!performance) return null;
  const [pool, orders, admitted] = await Promise.all([
    db.capacityPool.findUniqueOrThrow({ where: { id: performance.poolId } }),
    db.order.findMany({
      where: {
        lines: { some: { itemType: "ticket", itemId: { in: performance.ticketTypes.map((t) => t.id) } } },
      },
      include: { lines: true, payments: { orderBy: { createdAt: "desc" } } },
      orderBy: { createdAt: "desc" },
      take: 500,
    }),
    db.ticket.count({ where: { performanceId: id, admittedAt: { not: null } } }),
  ]);
  return { ...performance, capacity: pool.capacity, taken: pool.taken, orders, admitted };
}
