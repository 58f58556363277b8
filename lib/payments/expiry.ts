// Unpaid orders lapse at their deadline: the order becomes EXPIRED and so do its holds (not
// RELEASED: an expired hold is what a late payment may take again, see confirmHolds).
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { expireHoldsOf } from "@/lib/capacity";
import { moveOrder } from "./orders";

export async function expireOrders(db: Db, now: Date = new Date()): Promise<number> {
  const due = await db.order.findMany({
    where: { status: "PENDING", expiresAt: { lte: now } },
    select: { id: true, holdReference: true },
    take: 500,
  });
  let expired = 0;
  for (const order of due) {
    const moved = await transaction(db, async (tx) => {
      if (!(await moveOrder(tx, order.id, ["PENDING"], "EXPIRED", "Betaaltermijn verstreken"))) return false;
      await expireHoldsOf(tx, order.holdReference);
      return true;
    });
    if (moved) expired++;
  }
  return expired;
}
