// Refunds through Stripe, idempotent per reason so a retried job never refunds twice.
import { requireStripe } from "./client";

export async function refundStripePayment(paymentIntentId: string, reason: string): Promise<string> {
  const refund = await requireStripe().refunds.create(
    { payment_intent: paymentIntentId },
    { idempotencyKey: `refund:${paymentIntentId}:${reason}` },
  );
  return refund.id;
}
