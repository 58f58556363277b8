// Orders keep their buyer for the accounting law's period (PaymentSettings.orderRetentionYears,
// default 7) in full calendar years after the year of the order; then the nightly order-retention
// job removes the buyer's name, address, account link and the lines' descriptions (a line can name
// a child). Number, amounts, payments and refunds stay for the books. Idempotent: an order already
// emptied is not claimed again.
import { recordAudit } from "@/lib/audit/record";
import { brusselsParts } from "@/lib/be/brussels-clock";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { ERASED } from "@/lib/privacy/erase-scope";

export const DEFAULT_ORDER_RETENTION_YEARS = 7;

export async function orderRetentionYears(db: Db): Promise<number> {
  const settings = await db.paymentSettings.findUnique({ where: { id: 1 } });
  return settings?.orderRetentionYears ?? DEFAULT_ORDER_RETENTION_YEARS;
}

/** Orders placed before 1 January of (this Brussels year - years) lose their buyer. */
export async function removeExpiredOrderData(db: Db, now = new Date()): Promise<number> {
  const years = await orderRetentionYears(db);
  const cutoff = new Date(`${Number(brusselsParts(now).dateKey.slice(0, 4)) - years}-01-01T00:00:00+01:00`);
  return transaction(db, async (tx) => {
    const claimed = await tx.order.updateManyAndReturn({
      where: { createdAt: { lt: cutoff }, buyerName: { not: ERASED } },
      data: { buyerName: ERASED, buyerEmail: null, buyerUserId: null, confirmHash: null },
      select: { id: true },
    });
    if (claimed.length === 0) return 0;
    await tx.orderLine.updateMany({
      where: { orderId: { in: claimed.map((o) => o.id) } },
      data: { description: ERASED },
    });
    await recordAudit(tx, {
      actorId: null,
      action: "order.personal-data-removed",
      subjectType: "Order",
      details: { count: claimed.length, placedBefore: cutoff.toISOString() },
    });
    return claimed.length;
  });
}
