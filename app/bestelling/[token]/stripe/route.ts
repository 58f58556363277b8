// Starts the Stripe payment of an order. A plain form post answered with a 303 to Stripe's page,
// so the browser leaves as a top-level navigation, with or without JavaScript.
import { appUrl } from "@/lib/app-url";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { stripe } from "@/lib/payments/stripe/client";
import { startStripeCheckout } from "@/lib/payments/stripe/checkout";

export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const back = appUrl(`/bestelling/${token}`);
  if (!stripe()) return Response.redirect(`${back}?fout=stripe`, 303);
  const order = await db.order.findUnique({ where: { accessToken: token }, select: { id: true } });
  if (!order) return new Response("Deze bestelling bestaat niet.", { status: 404 });
  try {
    const url = await startStripeCheckout(order.id, { success: `${back}?betaling=verwerkt`, cancel: back });
    return Response.redirect(url, 303);
  } catch (error) {
    if (!(error instanceof AppError)) console.error("[stripe] betaling starten mislukt", error);
    return Response.redirect(`${back}?fout=betalen`, 303);
  }
}
