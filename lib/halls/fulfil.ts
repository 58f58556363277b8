// The payment core's hooks for hall bookings (registered in lib/payments/fulfilment.ts): a paid
// order marks its booking paid; a refunded one cancels it, which frees the hall.
import type { Tx } from "@/lib/db/client";

export const HALL_ITEM = "hall-booking";
export const HALL_DEPOSIT_ITEM = "hall-deposit";

export async function markHallBookingPaid(tx: Tx, orderId: string): Promise<number> {
  const { count } = await tx.hallBooking.updateMany({
    where: { orderId, paidAt: null },
    data: { paidAt: new Date() },
  });
  return count;
}

export async function cancelHallBookingOfOrder(tx: Tx, orderId: string): Promise<number> {
  const { count } = await tx.hallBooking.updateMany({
    where: { orderId, status: { in: ["REQUESTED", "APPROVED"] } },
    data: { status: "CANCELLED", cancelledAt: new Date() },
  });
  return count;
}
