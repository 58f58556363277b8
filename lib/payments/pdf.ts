// The invoice as a document (the one PDF layout prints the municipality as sender in its header):
// the association it is addressed to, number, dates, lines, total, and how to pay (IBAN and the
// structured communication).
import { formatDateKey } from "@/lib/be/calendar-date";
import { formatEuro } from "@/lib/be/money";
import { ogmFromBase } from "@/lib/be/ogm";
import { formatLongDate } from "@/lib/be/time";
import type { PdfBlock, PdfSpec } from "@/lib/pdf/spec";
import { dateKeyOf } from "./invoice-rules";

export type DocumentLine = {
  description: string;
  tariffLabel: string;
  quantity: number;
  unitCents: number;
  totalCents: number;
};

/** The lines of an order with the total, as the invoice and the confirmation print them. */
export function linesTable(lineLabel: string, lines: DocumentLine[], totalCents: number): PdfBlock {
  return {
    type: "table",
    columns: [
      { label: lineLabel },
      { label: "Aantal", align: "right" },
      { label: "Prijs", align: "right" },
      { label: "Bedrag", align: "right" },
    ],
    rows: [
      ...lines.map((l) => [
        l.tariffLabel ? `${l.description} (${l.tariffLabel})` : l.description,
        String(l.quantity),
        formatEuro(l.unitCents),
        formatEuro(l.totalCents),
      ]),
      ["Totaal", "", "", formatEuro(totalCents)],
    ],
  };
}

/** What to put on a transfer: amount, account, beneficiary, structured communication, deadline. */
export function transferFacts(t: {
  totalCents: number;
  account: { iban: string | null; bic: string | null; beneficiary: string };
  ogm: string;
  until: string | null;
}): PdfBlock {
  return {
    type: "facts",
    rows: [
      ["Bedrag", formatEuro(t.totalCents)],
      ["Rekening", [t.account.iban ?? "–", t.account.bic ? `(BIC ${t.account.bic})` : ""].join(" ").trim()],
      ["Begunstigde", t.account.beneficiary],
      ["Gestructureerde mededeling", ogmFromBase(t.ogm.slice(0, 10))],
      ...(t.until ? [["Uiterlijk", t.until] as [string, string]] : []),
    ],
  };
}

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
  lines: DocumentLine[];
};

export type Seller = { name: string; enterpriseNo: string | null; iban: string | null; bic: string | null };

export function invoiceSpec(invoice: InvoiceDocument, seller: Seller): PdfSpec {
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
      linesTable("Omschrijving", invoice.lines, invoice.totalCents),
      { type: "heading", text: "Betalen" },
      transferFacts({
        totalCents: invoice.totalCents,
        account: { iban: seller.iban, bic: seller.bic, beneficiary: seller.name },
        ogm: invoice.ogm,
        until: formatDateKey(dateKeyOf(invoice.invoiceDueOn)),
      }),
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
