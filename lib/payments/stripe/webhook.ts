// Converging on Stripe's truth. An event is only a hint: its session is re-read from Stripe and
// the order moves forward to match, once. Duplicates and reordered events are therefore harmless.
import type Stripe from "stripe";
import { db } from "@/lib/db";
import { settle } from "../settle";
import { requireStripe } from "./client";

const HANDLED_EVENTS = new Set([
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
  "checkout.session.expired",
]);

export type WebhookOutcome = "ignored" | "duplicate" | "processed";

export async function handleStripeEvent(event: Stripe.Event): Promise<WebhookOutcome> {
  if (!HANDLED_EVENTS.has(event.type)) return "ignored";
  const seen = await db.stripeEvent.findUnique({ where: { id: event.id } });
  if (seen?.processedAt) return "duplicate";
  if (!seen)
    await db.stripeEvent.upsert({
      where: { id: event.id },
      update: {},
      create: { id: event.id, type: event.type },
    });

  const sessionId = (event.data.object as { id: string }).id;
  const session = await requireStripe().checkout.sessions.retrieve(sessionId, { expand: ["payment_intent"] });
  await converge(session);
  await db.stripeEvent.update({ where: { id: event.id }, data: { processedAt: new Date() } });
  return "processed";
}

async function converge(session: Stripe.Checkout.Session): Promise<void> {
  const orderId = session.metadata?.orderId ?? session.client_reference_id;
  if (!orderId || !(await db.order.count({ where: { id: orderId } }))) return;
  if (session.payment_status === "paid") {
    const intent =
      typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id;
    await settle(
      orderId,
      { method: "STRIPE", amountCents: session.amount_total ?? -1, providerRef: session.id },
      "Betaald via Stripe",
      intent,
    );
    return;
  }
  // Not paid: an expired session or a failed Bancontact payment. The order itself stays reserved
  // until its own deadline, so the buyer can try again or pay by transfer.
  const failed =
    session.status === "expired" ||
    (session.status === "complete" && session.payment_status === "unpaid" && isFailed(session));
  if (failed)
    await db.payment.updateMany({
      where: { providerRef: session.id, status: "PENDING" },
      data: { status: session.status === "expired" ? "CANCELLED" : "FAILED" },
    });
}

function isFailed(session: Stripe.Checkout.Session): boolean {
  const intent = session.payment_intent;
  return typeof intent === "object" && intent !== null && intent.status === "requires_payment_method";
}
