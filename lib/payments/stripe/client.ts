// The Stripe SDK, configured from the environment. STRIPE_API_BASE points the real SDK at the
// local fake server in tests; production leaves it unset and talks to Stripe.
import Stripe from "stripe";
import { env, stripeConfigured } from "@/lib/env";

let client: Stripe | undefined;

export function stripe(): Stripe | null {
  const e = env();
  if (!stripeConfigured(e)) return null;
  if (client) return client;
  const base = e.STRIPE_API_BASE ? new URL(e.STRIPE_API_BASE) : null;
  client = new Stripe(e.STRIPE_SECRET_KEY!, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    ...(base
      ? {
          host: base.hostname,
          port: Number(base.port),
          protocol: base.protocol.replace(":", "") as "http" | "https",
        }
      : {}),
  });
  return client;
}

export function requireStripe(): Stripe {
  const s = stripe();
  if (!s) throw new Error("Stripe is niet ingesteld (STRIPE_SECRET_KEY en STRIPE_WEBHOOK_SECRET).");
  return s;
}
