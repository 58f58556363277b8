// Giving back part of a paid order while it stays paid (a cancellation fee kept, a deposit
// released). Each refund has a key and happens once; together they never exceed what was paid.
// The amount is reserved in a transaction that locks the order, and only then is Stripe called
// (outside the transaction, with the key as idempotency key). Cash, card terminal and transfer
// refunds are recorded for finance to pay back by hand.
import { db } from "@/lib/db";
import { lockRows, transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { paymentIntentOf, refundStripePayment } from "./stripe/refund";
import { paymentMessages } from "./messages";
import { logError } from "@/lib/log";

export type PartRefund = { amountCents: number; manual: boolean; providerRef: string | null };

type Request = { orderId: string; key: string; amountCents: number; reason: string; actorId: string | null };

async function reserve({ orderId, key, amountCents, reason, actorId }: Request) {
  return transaction(db, async (tx) => {
    await lockRows(tx, "Order", [orderId]);
    const order = await tx.order.findUnique({
      where: { id: orderId },
      select: { status: true, totalCents: true },
    });
    if (!order) throw new AppError("NOT_FOUND", paymentMessages.orderNotFound);
    const existing = await tx.refund.findUnique({ where: { key } });
    if (existing) return existing;
    if (order.status !== "PAID") throw new AppError("CONFLICT", paymentMessages.onlyPaidRefundable);
    const { _sum } = await tx.refund.aggregate({ where: { orderId }, _sum: { amountCents: true } });
    const left = order.totalCents - (_sum.amountCents ?? 0);
    if (amountCents > left) throw new AppError("CONFLICT", paymentMessages.refundAboveTotal);
    const stripe = await tx.payment.findFirst({
      where: { orderId, status: "SUCCEEDED", method: "STRIPE", providerRef: { not: null } },
    });
    return tx.refund.create({
      data: { orderId, key, amountCents, reason, manual: !stripe, createdById: actorId },
    });
  });
}

export async function refundPart(request: Request): Promise<PartRefund> {
  if (!Number.isInteger(request.amountCents) || request.amountCents <= 0)
    throw new AppError("INVALID_INPUT", paymentMessages.refundNotPositive);
  const refund = await reserve(request);
  if (refund.manual || refund.providerRef)
    return { amountCents: refund.amountCents, manual: refund.manual, providerRef: refund.providerRef };
  // A Stripe refund not sent yet (this call, or an earlier one that stopped half-way).
  const payment = await db.payment.findFirstOrThrow({
    where: { orderId: refund.orderId, status: "SUCCEEDED", method: "STRIPE", providerRef: { not: null } },
  });
  try {
    const intent = await paymentIntentOf(payment.providerRef!);
    const providerRef = await refundStripePayment(intent, refund.key, refund.amountCents);
    await db.refund.update({ where: { id: refund.id }, data: { providerRef } });
    return { amountCents: refund.amountCents, manual: false, providerRef };
  } catch (error) {
    // Nothing went back: free the reserved amount so the refund can be tried again.
    await db.refund.deleteMany({ where: { id: refund.id, providerRef: null } });
    if (error instanceof AppError) throw error;
    logError("payments", "Stripe-terugbetaling mislukt", error);
    throw new AppError("CONFLICT", paymentMessages.stripeRefundFailed);
  }
}
