// The invoice of an order on its page: number, dates, where it stands in words, how to pay it and
// the PDF. Shown for an open invoice (with the bank details) and for a paid one.
import type { ReactNode } from "react";
import { formatDateKey } from "@/lib/be/calendar-date";
import { formatEuro } from "@/lib/be/money";
import { formatLongDate } from "@/lib/be/time";
import { dateKeyOf, invoiceState } from "@/lib/payments/invoice-rules";
import { INVOICE_STATE_LABELS } from "@/lib/payments/labels";
import { StructuredReference } from "./structured-reference";

export type InvoiceFacts = {
  status: string;
  totalCents: number;
  ogm: string | null;
  invoiceNumber: string;
  invoiceAddressee: string | null;
  invoicedAt: Date | null;
  invoiceDueOn: Date | null;
};

export function InvoiceDetails({
  token,
  invoice,
  account,
  now,
}: {
  token: string;
  invoice: InvoiceFacts;
  account: { iban: string | null; bic: string | null; beneficiary: string };
  now: Date;
}) {
  const state = invoice.invoiceDueOn ? invoiceState(invoice.status, invoice.invoiceDueOn, now) : "open";
  const rows: [string, ReactNode][] = [
    ["Factuur", invoice.invoiceNumber],
    ["Aan", invoice.invoiceAddressee ?? "–"],
    ["Factuurdatum", invoice.invoicedAt ? formatLongDate(invoice.invoicedAt) : "–"],
    ["Vervaldag", invoice.invoiceDueOn ? formatDateKey(dateKeyOf(invoice.invoiceDueOn)) : "–"],
    ["Stand", INVOICE_STATE_LABELS[state]],
    ["Bedrag", formatEuro(invoice.totalCents)],
  ];
  if (state === "open" || state === "overdue")
    rows.push(
      ["Rekening", [account.iban ?? "–", account.bic ? `(BIC ${account.bic})` : ""].join(" ").trim()],
      ["Begunstigde", account.beneficiary],
      ["Mededeling", invoice.ogm ? <StructuredReference ogm={invoice.ogm} /> : "–"],
    );
  return (
    <div className="space-y-3" data-testid="invoice">
      {state === "overdue" && (
        <p role="status" className="font-semibold text-red-800">
          De vervaldag is voorbij en we ontvingen nog geen betaling. Betaal zo snel mogelijk.
        </p>
      )}
      {(state === "open" || state === "overdue") && (
        <p>
          Je bestelling is bevestigd. Je vereniging betaalt de factuur met een overschrijving met deze
          mededeling.
        </p>
      )}
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className={label === "Mededeling" ? "font-mono font-bold" : "break-words"}>{value}</dd>
          </div>
        ))}
      </dl>
      <p>
        <a className="underline" href={`/bestelling/${token}/factuur.pdf`}>
          Factuur {invoice.invoiceNumber} downloaden (PDF)
        </a>
      </p>
    </div>
  );
}
