// Refunds through Stripe, idempotent per key so a retried call never refunds twice.
import { AppError } from "@/lib/errors";
import { requireStripe } from "./client";
import { paymentMessages } from "../messages";

/** The PaymentIntent behind a paid Checkout Session. */
export async function paymentIntentOf(sessionId: string): Promise<string> {
  const session = await requireStripe().checkout.sessions.retrieve(sessionId);
  const intent =
    typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id;
  if (!intent) throw new AppError("CONFLICT", paymentMessages.stripeKnowsNoPayment);
  return intent;
}

/** Refunds the whole payment, or `amountCents` of it. */
export async function refundStripePayment(
  paymentIntentId: string,
  reason: string,
  amountCents?: number,
): Promise<string> {
  const refund = await requireStripe().refunds.create(
    { payment_intent: paymentIntentId, ...(amountCents ? { amount: amountCents } : {}) },
    { idempotencyKey: `refund:${paymentIntentId}:${reason}` },
  );
  return refund.id;
}
