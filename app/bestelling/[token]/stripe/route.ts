// Starts the Stripe payment of an order. A plain form post answered with a 303 to Stripe's page,
// so the browser leaves as a top-level navigation, with or without JavaScript.
import { appUrl } from "@/lib/app-url";
import { AppError } from "@/lib/errors";
import { paymentMessages } from "@/lib/payments/messages";
import { orderIdByToken } from "@/lib/payments/queries";
import { stripe } from "@/lib/payments/stripe/client";
import { startStripeCheckout } from "@/lib/payments/stripe/checkout";
import { logError } from "@/lib/log";

export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const back = appUrl(`/bestelling/${token}`);
  if (!stripe()) return Response.redirect(`${back}?fout=stripe`, 303);
  const orderId = await orderIdByToken(token);
  if (!orderId) return new Response(paymentMessages.orderNotFound, { status: 404 });
  try {
    const url = await startStripeCheckout(orderId, { success: `${back}?betaling=verwerkt`, cancel: back });
    return Response.redirect(url, 303);
  } catch (error) {
    if (!(error instanceof AppError)) logError("stripe", "betaling starten mislukt", error);
    return Response.redirect(`${back}?fout=betalen`, 303);
  }
}
