// Refunding an order: money back through Stripe (outside any transaction, idempotent per order)
// or, for cash, card terminal and transfer, recorded for finance to pay back. Then the order is
// marked refunded, its capacity given back and what it bought revoked.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { revoke } from "./fulfilment";
import { sendOrderRefunded } from "./notifications";
import { markRefunded } from "./orders";
import { paymentIntentOf, refundStripePayment } from "./stripe/refund";
import { paymentMessages } from "./messages";

export type RefundResult = { refunded: boolean; manual: boolean };

export async function refundOrder(
  orderId: string,
  actorId: string | null,
  reason: string,
): Promise<RefundResult> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    include: { payments: { where: { status: "SUCCEEDED" } } },
  });
  if (!order) throw new AppError("NOT_FOUND", paymentMessages.orderNotFound);
  if (order.status !== "PAID") throw new AppError("CONFLICT", paymentMessages.onlyPaidRefundable);
  const stripePayment = order.payments.find((p) => p.method === "STRIPE" && p.providerRef);
  let refundRef: string | undefined;
  if (stripePayment) {
    refundRef = await refundStripePayment(
      await paymentIntentOf(stripePayment.providerRef!),
      `order:${orderId}`,
    );
  }
  const refunded = await db.$transaction(async (tx) => {
    const moved = await markRefunded(tx, orderId, reason, actorId, refundRef);
    if (moved) await revoke(tx, orderId);
    return moved;
  });
  if (refunded) await sendOrderRefunded(orderId, reason);
  return { refunded, manual: !stripePayment };
}
