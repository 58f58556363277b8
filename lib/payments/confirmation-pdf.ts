// The paper confirmation of any order (an activity registration, a loan, a request's fee, tickets):
// what was bought, for whom, and how to pay, with a QR code of the order page. The counter prints it
// for a resident without e-mail; anyone with the order's link can download it too.
import { formatDateTime, formatLongDate } from "@/lib/be/time";
import type { PdfBlock, PdfSpec } from "@/lib/pdf/spec";
import { describeInvoice } from "./invoice-rules";
import type { ItemKind } from "./item-kinds";
import { ORDER_STATUS_LABELS } from "./labels";
import { type DocumentLine, linesTable, transferFacts } from "./pdf";

export type ConfirmableOrder = {
  number: string;
  status: keyof typeof ORDER_STATUS_LABELS;
  buyerName: string;
  totalCents: number;
  ogm: string | null;
  expiresAt: Date | null;
  paidAt: Date | null;
  invoiceNumber: string | null;
  invoiceDueOn: Date | null;
  lines: DocumentLine[];
};

export type PayeeAccount = { iban: string | null; bic: string | null; beneficiary: string };

function paying(order: ConfirmableOrder, account: PayeeAccount): PdfBlock[] {
  if (order.status === "PAID")
    return [
      {
        type: "paragraph",
        emphasis: true,
        text: `Betaald${order.paidAt ? ` op ${formatDateTime(order.paidAt)}` : ""}. Bedankt.`,
      },
    ];
  if (order.status !== "PENDING") return [];
  if (order.invoiceNumber)
    return [
      {
        type: "paragraph",
        text: `Te betalen met ${describeInvoice({ ...order, invoiceNumber: order.invoiceNumber })}.`,
      },
    ];
  if (!order.ogm)
    return [
      {
        type: "paragraph",
        text: "Betaal online met de code hieronder, of aan de balie van het gemeentehuis.",
      },
    ];
  const until = order.expiresAt ? formatLongDate(order.expiresAt) : null;
  return [transferFacts({ totalCents: order.totalCents, account, ogm: order.ogm, until })];
}

export function orderConfirmationSpec(
  order: ConfirmableOrder,
  kind: ItemKind,
  account: PayeeAccount,
  orderPageUrl: string,
): PdfSpec {
  return {
    title: `Bevestiging ${kind.service.toLowerCase()}`,
    reference: `Bestelling ${order.number}`,
    blocks: [
      {
        type: "facts",
        rows: [
          ["Op naam van", order.buyerName],
          ["Bestelling", order.number],
          ["Status", ORDER_STATUS_LABELS[order.status]],
        ],
      },
      linesTable(kind.lineLabel, order.lines, order.totalCents),
      { type: "heading", text: "Betalen" },
      ...paying(order, account),
      { type: "qr", value: orderPageUrl, caption: "Scan om je bestelling te bekijken of online te betalen." },
      {
        type: "paragraph",
        text: "Vragen of annuleren: aan de balie of via je bestelling. Bewaar deze bevestiging.",
      },
    ],
  };
}
