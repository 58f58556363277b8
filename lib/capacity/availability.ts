// What is free right now, per pool: capacity minus taken, plus holds that have expired but were
// not swept yet. What a page shows as free is therefore free. Only those lapsed holds are read
// (the index on poolId, status, expiresAt bounds the scan to them), never the active ones: the
// counter already holds what they take, so a listing costs the same at 10 holds or 20,000.
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
           (p.capacity - p.taken + COALESCE((
              SELECT SUM(h.quantity) FROM "CapacityHold" h
               WHERE h."poolId" = p.id AND h.status = 'HELD' AND h."expiresAt" <= ${now}), 0))::int AS available
    FROM "CapacityPool" p
    WHERE p.id = ANY(${poolIds}::text[])`;
  return new Map(rows.map((r) => [r.id, { poolId: r.id, capacity: r.capacity, available: r.available }]));
}
