// The invoice as a document (the one PDF layout prints the municipality as sender in its header):
// the association it is addressed to, number, dates, lines, total, and how to pay (IBAN and the
// structured communication).
import { formatDateKey } from "@/lib/be/calendar-date";
import { formatEuro } from "@/lib/be/money";
import { ogmFromBase } from "@/lib/be/ogm";
import { formatLongDate } from "@/lib/be/time";
import type { PdfSpec } from "@/lib/pdf/spec";
import { dateKeyOf } from "./invoice-rules";

export type InvoiceDocument = {
  number: string;
  invoiceNumber: string;
  invoiceAddressee: string | null;
  invoicedAt: Date;
  invoiceDueOn: Date;
  ogm: string;
  totalCents: number;
  status: string;
  paidAt: Date | null;
  association: { companyNo: string | null; village: string | null } | null;
  lines: {
    description: string;
    tariffLabel: string;
    quantity: number;
    unitCents: number;
    totalCents: number;
  }[];
};

export type Seller = { name: string; enterpriseNo: string | null; iban: string | null; bic: string | null };

export function invoiceSpec(invoice: InvoiceDocument, seller: Seller): PdfSpec {
  const ogm = ogmFromBase(invoice.ogm.slice(0, 10));
  const addressee = [
    invoice.invoiceAddressee ?? "Vereniging",
    invoice.association?.village,
    invoice.association?.companyNo ? `ondernemingsnummer ${invoice.association.companyNo}` : null,
  ]
    .filter(Boolean)
    .join(", ");
  return {
    title: `Factuur ${invoice.invoiceNumber}`,
    reference: invoice.invoiceNumber,
    blocks: [
      {
        type: "facts",
        rows: [
          [
            "Van",
            [seller.name, seller.enterpriseNo && `ondernemingsnummer ${seller.enterpriseNo}`]
              .filter(Boolean)
              .join(", "),
          ],
          ["Aan", addressee],
          ["Factuurnummer", invoice.invoiceNumber],
          ["Factuurdatum", formatLongDate(invoice.invoicedAt)],
          ["Vervaldag", formatDateKey(dateKeyOf(invoice.invoiceDueOn))],
          ["Bestelling", invoice.number],
        ],
      },
      {
        type: "table",
        columns: [
          { label: "Omschrijving" },
          { label: "Aantal", align: "right" },
          { label: "Prijs", align: "right" },
          { label: "Bedrag", align: "right" },
        ],
        rows: [
          ...invoice.lines.map((l) => [
            `${l.description} (${l.tariffLabel})`,
            String(l.quantity),
            formatEuro(l.unitCents),
            formatEuro(l.totalCents),
          ]),
          ["Totaal", "", "", formatEuro(invoice.totalCents)],
        ],
      },
      { type: "heading", text: "Betalen" },
      {
        type: "facts",
        rows: [
          ["Bedrag", formatEuro(invoice.totalCents)],
          ["Rekening", [seller.iban ?? "–", seller.bic ? `(BIC ${seller.bic})` : ""].join(" ").trim()],
          ["Begunstigde", seller.name],
          ["Gestructureerde mededeling", ogm],
          ["Uiterlijk", formatDateKey(dateKeyOf(invoice.invoiceDueOn))],
        ],
      },
      {
        type: "paragraph",
        emphasis: invoice.paidAt !== null,
        text: invoice.paidAt
          ? `Betaald op ${formatLongDate(invoice.paidAt)}. Bedankt.`
          : "Vermeld de gestructureerde mededeling bij je overschrijving, zo boeken we je betaling meteen op deze factuur.",
      },
    ],
  };
}
