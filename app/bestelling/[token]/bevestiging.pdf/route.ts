// The paper confirmation of an order, reached with the order's unguessable token: the counter prints
// it for a resident without e-mail, the buyer may download it; anything else gets a 404.
import { connection } from "next/server";
import { appUrl } from "@/lib/app-url";
import { getMunicipality, getPdfIdentity } from "@/lib/municipality/queries";
import { orderConfirmationSpec } from "@/lib/payments/confirmation-pdf";
import { kindOfOrder } from "@/lib/payments/item-kinds";
import { getOrderByToken } from "@/lib/payments/queries";
import { renderPdf } from "@/lib/pdf/render";
import { pdfResponse } from "@/lib/pdf/response";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const order = await getOrderByToken(token);
  if (!order) return new Response("Deze bestelling bestaat niet.", { status: 404 });
  const [municipality, identity] = await Promise.all([getMunicipality(), getPdfIdentity()]);
  const account = { iban: municipality.iban, bic: municipality.bic, beneficiary: municipality.name };
  const spec = orderConfirmationSpec(
    order,
    kindOfOrder(order.lines),
    account,
    appUrl(`/bestelling/${token}`),
  );
  return pdfResponse(await renderPdf(spec, identity), `bevestiging-${order.number}.pdf`);
}
