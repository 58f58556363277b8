// Taking, confirming and giving back capacity. Every change to `taken` is one conditional UPDATE:
// PostgreSQL serialises concurrent updates of a pool row and re-checks the condition after the
// wait, so of many racing buyers exactly as many succeed as there is room for.
// All functions run inside the caller's transaction, so a hold and the order it belongs to are
// written together or not at all.
import type { Tx } from "@/lib/db/client";
import { CapacityUnavailable } from "./errors";
import { expireHolds } from "./expiry";

export type HoldRequest = { poolId: string; quantity: number };

async function increment(tx: Tx, poolId: string, quantity: number): Promise<boolean> {
  const updated = await tx.$executeRaw`
    UPDATE "CapacityPool" SET taken = taken + ${quantity} WHERE id = ${poolId} AND taken + ${quantity} <= capacity`;
  return updated === 1;
}

/**
 * Takes every request or none (throws CapacityUnavailable); holds last until `expiresAt`. Call it
 * as the last write of the transaction, for the same reason the pool rows are updated last here.
 */
export async function takeHolds(
  tx: Tx,
  reference: string,
  requests: HoldRequest[],
  expiresAt: Date,
  now = new Date(),
): Promise<void> {
  // A fixed order of row locks keeps two multi-pool takes from deadlocking each other.
  const sorted = [...requests].filter((r) => r.quantity > 0).sort((a, b) => a.poolId.localeCompare(b.poolId));
  // Write the hold rows first and lock the hot pool rows last: every buyer queues on the pool row,
  // so the less work left between its UPDATE and COMMIT, the more buyers per second. A full pool
  // throws and the transaction rolls the hold rows back.
  await tx.capacityHold.createMany({ data: sorted.map((r) => ({ ...r, reference, expiresAt })) });
  for (const { poolId, quantity } of sorted) {
    if (await increment(tx, poolId, quantity)) continue;
    // Expired holds not yet swept still count in `taken`: sweep this pool, then try once more.
    if ((await expireHolds(tx, now, [poolId])) > 0 && (await increment(tx, poolId, quantity))) continue;
    throw new CapacityUnavailable(poolId);
  }
}

/**
 * Turns a reference's holds into confirmed use (a paid order). A hold that expired meanwhile is
 * taken again if there is still room; returns false when it is not, and the caller refunds.
 */
export async function confirmHolds(tx: Tx, reference: string, now = new Date()): Promise<boolean> {
  // Lock the holds first: otherwise the sweeper could expire one (and give its quantity back)
  // between this read and the update below, and the confirmation would over-book.
  const holds = await tx.$queryRaw<{ poolId: string; quantity: number; status: "HELD" | "EXPIRED" }[]>`
    SELECT "poolId", quantity, status FROM "CapacityHold"
    WHERE reference = ${reference} AND status IN ('HELD', 'EXPIRED')
    ORDER BY "poolId" FOR UPDATE`;
  if (holds.length === 0) {
    // Nothing left to confirm: fine if it was confirmed before, otherwise (released) it is gone.
    // A reference that never held anything (a hall booking: its exclusion constraint guards it)
    // has nothing to lose, so it confirms.
    if ((await tx.capacityHold.count({ where: { reference, status: "CONFIRMED" } })) > 0) return true;
    return (await tx.capacityHold.count({ where: { reference } })) === 0;
  }
  for (const hold of holds) {
    if (hold.status === "HELD") continue;
    if (!(await increment(tx, hold.poolId, hold.quantity))) {
      await expireHolds(tx, now, [hold.poolId]);
      if (!(await increment(tx, hold.poolId, hold.quantity))) return false;
    }
  }
  // HELD ones past their time but not swept yet still count in `taken`, so they confirm as they are.
  await tx.capacityHold.updateMany({
    where: { reference, status: { in: ["HELD", "EXPIRED"] } },
    data: { status: "CONFIRMED", expiresAt: null },
  });
  return true;
}

/** Gives back whatever a reference still holds or uses (cancelled order, refunded booking). */
export async function releaseHolds(tx: Tx, reference: string): Promise<number> {
  const active = await tx.capacityHold.findMany({
    where: { reference, status: { in: ["HELD", "CONFIRMED"] } },
  });
  for (const hold of active) {
    const released = await tx.capacityHold.updateMany({
      where: { id: hold.id, status: hold.status },
      data: { status: "RELEASED", expiresAt: null },
    });
    if (released.count === 1)
      await tx.$executeRaw`UPDATE "CapacityPool" SET taken = taken - ${hold.quantity} WHERE id = ${hold.poolId}`;
  }
  return active.length;
}
