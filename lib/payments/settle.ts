// Settling a payment, whatever its channel: record it, fulfil the order and queue the buyer's mail
// in one transaction, deliver the mail after commit, or refund a late Stripe payment whose
// capacity is gone.
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { deliverQueued } from "@/lib/mail/outbox";
import { orderRefundedMail } from "./mails";
import { paymentMessages } from "./messages";
import { queueOrderMail } from "./notifications";
import { markRefunded, type PaidOutcome, type PaymentRecord } from "./orders";
import { settleIn } from "./settle-in";
import { refundStripePayment } from "./stripe/refund";

export async function settle(
  orderId: string,
  payment: PaymentRecord,
  reason: string,
  stripePaymentIntent?: string,
  /** Written with the payment when it lands (staff's audit entry), in the same transaction. */
  alongside?: (tx: Tx) => Promise<unknown>,
): Promise<PaidOutcome> {
  const { outcome, mailId } = await transaction(db, (tx) =>
    settleIn(tx, orderId, payment, reason, { alongside }),
  );
  await deliverQueued(db, [mailId]);
  if (outcome === "capacity-gone" && payment.method === "STRIPE" && stripePaymentIntent) {
    const refundId = await refundStripePayment(stripePaymentIntent, `lapsed:${orderId}`);
    const why = paymentMessages.latePaymentSoldOut;
    const refundMail = await transaction(db, async (tx) =>
      (await markRefunded(tx, orderId, `Automatisch terugbetaald: ${why}`, null, refundId))
        ? queueOrderMail(tx, orderId, (order) => orderRefundedMail(order, why))
        : null,
    );
    await deliverQueued(db, [refundMail]);
  }
  return outcome;
}
