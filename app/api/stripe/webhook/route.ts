// Stripe webhook: the signature is checked on the raw body; a bad one gets 400 and changes
// nothing. Nothing of the event is echoed back. Errors answer 500 so Stripe retries later.
import { env } from "@/lib/env";
import { requireStripe, stripe } from "@/lib/payments/stripe/client";
import { handleStripeEvent } from "@/lib/payments/stripe/webhook";
import { logError } from "@/lib/log";

export async function POST(request: Request) {
  if (!stripe()) return new Response("Stripe is niet ingesteld.", { status: 404 });
  const body = await request.text();
  const signature = request.headers.get("stripe-signature");
  let event;
  try {
    if (!signature) throw new Error("missing signature");
    event = requireStripe().webhooks.constructEvent(body, signature, env().STRIPE_WEBHOOK_SECRET!);
  } catch {
    return new Response("Ongeldige handtekening.", { status: 400 });
  }
  try {
    const outcome = await handleStripeEvent(event);
    return Response.json({ received: true, outcome });
  } catch (error) {
    logError("stripe", `verwerking van ${event.id} mislukt`, error);
    return new Response("Tijdelijke fout; probeer later opnieuw.", { status: 500 });
  }
}
