// Holds expire by a status change, and their quantity goes back to the pool in the same
// statement, so `taken` never counts an expired hold once it has been swept. The sweep runs as a
// job every minute and, for the pools involved, whenever a take would otherwise fail.
import { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db/client";

/** Expires the HELD holds matching `which` and gives their quantity back; returns how many. */
async function expireWhere(db: Db | Tx, which: Prisma.Sql): Promise<number> {
  const rows = await db.$queryRaw<{ expired: bigint }[]>`
    WITH expired AS (
      UPDATE "CapacityHold" SET status = 'EXPIRED', "updatedAt" = now()
      WHERE status = 'HELD' AND ${which}
      RETURNING "poolId", quantity
    ), per_pool AS (
      SELECT "poolId", SUM(quantity)::int AS quantity FROM expired GROUP BY "poolId"
    ), released AS (
      UPDATE "CapacityPool" p SET taken = p.taken - per_pool.quantity
      FROM per_pool WHERE p.id = per_pool."poolId"
      RETURNING p.id
    )
    SELECT COUNT(*) AS expired FROM expired`;
  return Number(rows[0]?.expired ?? 0);
}

/** Holds past their time, in every pool or only in `poolIds`. */
export function expireHolds(db: Db | Tx, now: Date = new Date(), poolIds?: string[]): Promise<number> {
  const due = Prisma.sql`"expiresAt" <= ${now}`;
  return expireWhere(db, poolIds?.length ? Prisma.sql`${due} AND "poolId" = ANY(${poolIds}::text[])` : due);
}

/** A reference's holds now, whatever their deadline (an order that lapsed early). */
export function expireHoldsOf(db: Db | Tx, reference: string): Promise<number> {
  return expireWhere(db, Prisma.sql`reference = ${reference}`);
}
