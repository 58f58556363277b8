// Refunding an order: money back through Stripe (outside any transaction, idempotent per order)
// or, for cash, card terminal and transfer, recorded for finance to pay back. Then the order is
// marked refunded, its capacity given back, what it bought revoked and the buyer told.
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { deliverQueued } from "@/lib/mail/outbox";
import { revoke } from "./fulfilment";
import { orderRefundedMail } from "./mails";
import { paymentMessages } from "./messages";
import { queueOrderMail } from "./notifications";
import { markRefunded } from "./orders";
import { paymentIntentOf, refundStripePayment } from "./stripe/refund";

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
  const { refunded, mailId } = await transaction(db, async (tx) => {
    if (!(await markRefunded(tx, orderId, reason, actorId, refundRef)))
      return { refunded: false, mailId: null };
    await revoke(tx, orderId);
    return { refunded: true, mailId: await queueOrderMail(tx, orderId, (o) => orderRefundedMail(o, reason)) };
  });
  await deliverQueued(db, [mailId]);
  return { refunded, manual: !stripePayment };
}
