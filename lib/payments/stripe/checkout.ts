// Starts a Stripe Checkout session for a pending order. Never inside a database transaction:
// the order is read, Stripe is called with an idempotency key, then the result is written.
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { requireStripe } from "./client";
import { paymentMessages } from "../messages";

/** Stripe requires a Checkout session to live at least 30 minutes. */
const SESSION_MINUTES = 31;
/**
 * How many checkouts may keep an order's holds alive while the buyer pays. A retry after a
 * refused card needs one more; starting checkout again and again must not keep seats forever.
 */
const MAX_EXTENDING_CHECKOUTS = 3;

export async function startStripeCheckout(
  orderId: string,
  urls: { success: string; cancel: string },
  now = new Date(),
): Promise<string> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    include: { lines: true, payments: true },
  });
  if (!order || order.status !== "PENDING") throw new AppError("CONFLICT", paymentMessages.noLongerPayable);
  if (order.totalCents === 0) throw new AppError("CONFLICT", paymentMessages.freeNeedsNoPayment);
  const sessionEnds = new Date(now.getTime() + SESSION_MINUTES * 60_000);
  const attempt = order.payments.filter((p) => p.method === "STRIPE").length;
  // While the buyer is at the payment page, the seats stay theirs as long as the session lives:
  // a few times at most, and never shorter than the order already had (a hall's days-long term).
  if (attempt < MAX_EXTENDING_CHECKOUTS && (!order.expiresAt || order.expiresAt < sessionEnds))
    await transaction(db, async (tx) => {
      await tx.order.update({ where: { id: orderId }, data: { expiresAt: sessionEnds } });
      await tx.capacityHold.updateMany({
        where: { reference: order.holdReference, status: "HELD" },
        data: { expiresAt: sessionEnds },
      });
    });
  const session = await requireStripe().checkout.sessions.create(
    {
      mode: "payment",
      allowed_payment_method_types: ["bancontact", "card"],
      line_items: order.lines.map((l) => ({
        quantity: l.quantity,
        price_data: {
          currency: "eur",
          unit_amount: l.unitCents,
          product_data: { name: `${l.description} (${l.tariffLabel})` },
        },
      })),
      customer_email: order.buyerEmail ?? undefined,
      client_reference_id: order.id,
      metadata: { orderId: order.id, orderNumber: order.number },
      success_url: urls.success,
      cancel_url: urls.cancel,
      expires_at: Math.floor(sessionEnds.getTime() / 1000) - 30,
      locale: "nl",
    },
    { idempotencyKey: `checkout:${order.id}:${attempt}` },
  );
  if (!session.url) throw new Error("Stripe gaf geen betaalpagina terug");
  await db.payment.upsert({
    where: { providerRef: session.id },
    update: {},
    create: {
      orderId: order.id,
      method: "STRIPE",
      status: "PENDING",
      amountCents: order.totalCents,
      providerRef: session.id,
    },
  });
  return session.url;
}
