// Settling a payment, whatever its channel: record it and fulfil the order in one transaction,
// then (after commit) mail the buyer, or refund a late Stripe payment whose capacity is gone.
import { db } from "@/lib/db";
import { fulfil } from "./fulfilment";
import { sendOrderPaid, sendOrderRefunded } from "./notifications";
import { markPaid, markRefunded, type PaidOutcome, type PaymentRecord } from "./orders";
import { refundStripePayment } from "./stripe/refund";

export async function settle(
  orderId: string,
  payment: PaymentRecord,
  reason: string,
  stripePaymentIntent?: string,
): Promise<PaidOutcome> {
  const outcome = await db.$transaction(async (tx) => {
    const result = await markPaid(tx, orderId, payment, reason);
    if (result === "paid") await fulfil(tx, orderId);
    return result;
  });
  if (outcome === "paid") await sendOrderPaid(orderId);
  if (outcome === "capacity-gone" && payment.method === "STRIPE" && stripePaymentIntent) {
    const refundId = await refundStripePayment(stripePaymentIntent, `lapsed:${orderId}`);
    const why =
      "Je betaling kwam binnen nadat je reservatie verlopen was, en intussen waren de plaatsen verkocht.";
    if (
      await db.$transaction((tx) =>
        markRefunded(tx, orderId, `Automatisch terugbetaald: ${why}`, null, refundId),
      )
    ) {
      await sendOrderRefunded(orderId, why);
    }
  }
  return outcome;
}
