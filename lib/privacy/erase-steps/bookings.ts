// Erasure steps for orders, halls and loans (rules in ../erasure-rules). Paid orders are kept
// (accounting); the bookings and loans they paid for stay tied to the emptied account or lose it.
import type { Tx } from "@/lib/db/client";
import { ANONYMISED_BORROWER, DELIVERY_ADDRESS_REMOVED } from "@/lib/lending/retention";
import { ERASED, type ErasureScope, sameEmail } from "../erase-scope";

type Step = (tx: Tx, s: ErasureScope) => Promise<number>;
const count = async (p: Promise<{ count: number }>) => (await p).count;

export const BOOKING_STEPS = {
  // Only orders nothing was ever paid for; an unpaid open order blocks the erasure before this.
  orders: async (tx, s) => {
    const orders = await tx.order.updateManyAndReturn({
      where: {
        OR: [{ buyerUserId: s.userId }, ...sameEmail("buyerEmail", s.email)],
        status: { in: ["CANCELLED", "EXPIRED"] },
        payments: { none: { status: { in: ["SUCCEEDED", "REFUNDED"] } } },
      },
      data: { buyerName: ERASED, buyerEmail: null, buyerUserId: null, confirmHash: null },
      select: { id: true },
    });
    // A line can name a child ("Emma: Speelpleinwerking").
    await tx.orderLine.updateMany({
      where: { orderId: { in: orders.map((o) => o.id) } },
      data: { description: ERASED },
    });
    return orders.length;
  },
  hallBookings: async (tx, s) => {
    const where = { userId: s.userId, closureId: null };
    await tx.hallBooking.updateMany({
      where: { ...where, refusalReason: { not: null } },
      data: { refusalReason: null },
    });
    await tx.hallBooking.updateMany({
      where: { ...where, depositReason: { not: null } },
      data: { depositReason: null },
    });
    return count(tx.hallBooking.updateMany({ where, data: { purpose: ERASED } }));
  },
  hallSeries: (tx, s) =>
    count(tx.hallBookingSeries.updateMany({ where: { userId: s.userId }, data: { description: ERASED } })),
  loans: (tx, s) =>
    count(
      tx.loan.updateMany({
        where: { OR: [{ userId: s.userId }, ...sameEmail("borrowerEmail", s.email)] },
        data: {
          borrowerName: ANONYMISED_BORROWER,
          borrowerEmail: null,
          userId: null,
          feeNote: null,
          ...DELIVERY_ADDRESS_REMOVED,
          anonymisedAt: s.now,
        },
      }),
    ),
} satisfies Record<string, Step>;
