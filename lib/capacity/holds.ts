// Confirming and giving back what takeHolds (./take.ts) took. Re-taking a lapsed hold on a late
// payment is one conditional UPDATE per pool: PostgreSQL serialises concurrent updates of a pool
// row and re-checks the condition after the wait, so it never over-books; it does not abort the
// caller's transaction when there is no room, because the payment is still recorded and refunded.
// Both run inside the caller's transaction.
import type { Tx } from "@/lib/db/client";
import { expireHolds } from "./expiry";

async function increment(tx: Tx, poolId: string, quantity: number): Promise<boolean> {
  const updated = await tx.$executeRaw`
    UPDATE "CapacityPool" SET taken = taken + ${quantity} WHERE id = ${poolId} AND taken + ${quantity} <= capacity`;
  return updated === 1;
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

/**
 * Gives back part of what a reference uses on one pool (one child's place of an order that stays
 * paid). Once: the hold's quantity is lowered by a conditional update, or the hold is released when
 * it is the last of it. Returns whether anything was given back.
 */
export async function releasePart(
  tx: Tx,
  reference: string,
  poolId: string,
  quantity: number,
): Promise<boolean> {
  const lowered = await tx.$executeRaw`
    UPDATE "CapacityHold" SET quantity = quantity - ${quantity}, "updatedAt" = now()
    WHERE reference = ${reference} AND "poolId" = ${poolId} AND status IN ('HELD', 'CONFIRMED') AND quantity > ${quantity}`;
  const released =
    lowered === 1
      ? 0
      : await tx.$executeRaw`
    UPDATE "CapacityHold" SET status = 'RELEASED', "expiresAt" = NULL, "updatedAt" = now()
    WHERE reference = ${reference} AND "poolId" = ${poolId} AND status IN ('HELD', 'CONFIRMED') AND quantity = ${quantity}`;
  if (lowered + released === 0) return false;
  await tx.$executeRaw`UPDATE "CapacityPool" SET taken = taken - ${quantity} WHERE id = ${poolId}`;
  return true;
}
