// The invoice of an order as a PDF, reached with the order's unguessable token (the buyer, the
// association's officers through Mijn Wingene, staff through the invoice list); anything else: 404.
import { connection } from "next/server";
import { getPdfIdentity } from "@/lib/municipality/queries";
import { invoiceByToken, invoiceSeller } from "@/lib/payments/invoice-queries";
import { invoiceSpec } from "@/lib/payments/pdf";
import { renderPdf } from "@/lib/pdf/render";
import { pdfResponse } from "@/lib/pdf/response";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const invoice = await invoiceByToken(token);
  if (!invoice) return new Response("Deze factuur bestaat niet.", { status: 404 });
  const [seller, identity] = await Promise.all([invoiceSeller(), getPdfIdentity()]);
  const pdf = await renderPdf(invoiceSpec(invoice, seller), identity);
  return pdfResponse(pdf, `factuur-${invoice.invoiceNumber}.pdf`);
}
