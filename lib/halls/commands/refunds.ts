// Money back for a paid hall booking through the payment core's part refunds: what is left after
// a cancellation fee, or the deposit minus what staff keep. Called after the booking's own
// transaction, because Stripe is not called inside one. Each refund has a key per booking, so a
// retried cancellation or deposit decision never pays twice.
import "server-only";
import { db } from "@/lib/db";
import { refundPart } from "@/lib/payments/part-refund";
import { logError } from "@/lib/log";

export type HallRefund = "none" | "stripe" | "manual" | "failed";

type Booking = { id: string; orderId: string | null; paidAt: Date | null };

export async function refundHallMoney(
  booking: Booking,
  kind: "cancel" | "deposit",
  amountCents: number,
  reason: string,
  actorId: string,
): Promise<HallRefund> {
  if (!booking.orderId || !booking.paidAt || amountCents <= 0) return "none";
  try {
    const refund = await refundPart({
      orderId: booking.orderId,
      key: `hall-${kind}:${booking.id}`,
      amountCents,
      reason,
      actorId,
    });
    return refund.manual ? "manual" : "stripe";
  } catch (error) {
    // The decision stands; finance sees the missing refund in the log and pays it by hand.
    logError("halls", `terugbetaling ${kind} van ${booking.id} mislukt`, error);
    return "failed";
  }
}

/** What a cancelled, paid booking gets back: everything it paid but the fee. */
export async function paidTotal(orderId: string | null): Promise<number> {
  if (!orderId) return 0;
  const order = await db.order.findUnique({ where: { id: orderId }, select: { totalCents: true } });
  return order?.totalCents ?? 0;
}
