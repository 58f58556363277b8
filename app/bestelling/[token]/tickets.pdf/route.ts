// The tickets of a paid order as a PDF, reached with the order's unguessable token.
import { connection } from "next/server";
import { getPdfIdentity } from "@/lib/municipality/queries";
import { renderPdf } from "@/lib/pdf/render";
import { pdfResponse } from "@/lib/pdf/response";
import { ticketsSpec } from "@/lib/tickets/pdf";
import { getOrderByToken } from "@/lib/payments/queries";
import { getTicketsOfOrder } from "@/lib/tickets/queries";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  // Answered per request, never prerendered (Cache Components: the supported way to be dynamic).
  await connection();
  const { token } = await params;
  const order = await getOrderByToken(token);
  if (!order || order.status !== "PAID")
    return new Response("Deze tickets bestaan niet of zijn niet betaald.", { status: 404 });
  const tickets = (await getTicketsOfOrder(order.id)).filter((t) => t.status === "VALID");
  const pdf = await renderPdf(ticketsSpec(order.number, order.buyerName, tickets), await getPdfIdentity());
  return pdfResponse(pdf, `tickets-${order.number}.pdf`);
}
