// Job "loan-lapse", every minute: a loan still RESERVED whose order lapsed unpaid (EXPIRED) or was
// cancelled on the order page becomes CANCELLED with `cancelledAt` and `lapsedAt`, so the depot's
// day, the route and the counts no longer carry it and the retention job reaches it. The stock is
// not touched here: the payment core already gave it back (an expired order's holds lapse with it,
// a cancelled order's are released), so nothing is released twice. Each loan is claimed under its
// order's lock, the one a late payment (markPaid) takes too: a payment that comes first leaves the
// loan CONFIRMED and this run skips it; one that comes after confirms the lapsed loan again
// (fulfil.ts). Overlapping runs skip a loan another run holds, and the conditional update keeps
// each loan lapsed once.
import type { Db } from "@/lib/db/client";
import { lockRows, unlessTakenElsewhere } from "@/lib/db/tx";

const LAPSED_ORDER = ["EXPIRED", "CANCELLED"] as const;

/** Returns how many loans this run marked lapsed. */
export async function lapseUnpaidLoans(db: Db, now = new Date()): Promise<number> {
  const due = await db.$queryRaw<{ id: string; orderId: string }[]>`
    SELECT l.id, l."orderId" FROM "Loan" l JOIN "Order" o ON o.id = l."orderId"
    WHERE l.status = 'RESERVED' AND o.status IN ('EXPIRED', 'CANCELLED')
    ORDER BY l.id LIMIT 500`;
  let lapsed = 0;
  for (const loan of due) {
    const count = await unlessTakenElsewhere(db, async (tx) => {
      await lockRows(tx, "Order", [loan.orderId]);
      const order = await tx.order.findUnique({ where: { id: loan.orderId }, select: { status: true } });
      if (!order || !(LAPSED_ORDER as readonly string[]).includes(order.status)) return 0;
      const claimed = await tx.loan.updateMany({
        where: { id: loan.id, status: "RESERVED" },
        data: { status: "CANCELLED", cancelledAt: now, lapsedAt: now },
      });
      return claimed.count;
    });
    lapsed += count ?? 0;
  }
  return lapsed;
}
