// What is free right now, per pool: capacity minus taken, plus holds that have expired but were
// not swept yet. What a page shows as free is therefore free.
import type { Db, Tx } from "@/lib/db/client";

export type Availability = { poolId: string; capacity: number; available: number };

export async function availability(
  db: Db | Tx,
  poolIds: string[],
  now: Date = new Date(),
): Promise<Map<string, Availability>> {
  if (poolIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; capacity: number; available: number }[]>`
    SELECT p.id, p.capacity,
           (p.capacity - p.taken + COALESCE(SUM(h.quantity) FILTER (WHERE h.status = 'HELD' AND h."expiresAt" <= ${now}), 0))::int AS available
    FROM "CapacityPool" p
    LEFT JOIN "CapacityHold" h ON h."poolId" = p.id AND h.status = 'HELD'
    WHERE p.id = ANY(${poolIds}::text[])
    GROUP BY p.id`;
  return new Map(rows.map((r) => [r.id, { poolId: r.id, capacity: r.capacity, available: r.available }]));
}
