// Webhook delivery as Stripe does it: the event as pretty-printed JSON, POSTed with a
// Stripe-Signature header that the SDK's own helper computes over exactly those bytes, so the
// portal's `stripe.webhooks.constructEvent` verifies it like a real one.
import Stripe from "stripe";
import type { SandboxEvent } from "./types";

/** The receiver's HTTP status and body; status 0 when it could not be reached. */
export async function postWebhook(
  url: string,
  secret: string,
  event: SandboxEvent,
): Promise<{ status: number; body: string }> {
  const payload = JSON.stringify(event, null, 2);
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
        "Stripe-Signature": Stripe.webhooks.generateTestHeaderString({ payload, secret }),
      },
      body: payload,
      signal: AbortSignal.timeout(10_000),
    });
    return { status: res.status, body: await res.text() };
  } catch (error) {
    return { status: 0, body: String(error) };
  }
}
