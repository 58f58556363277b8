// A page of invoices: number, addressee, amount, due date and where it stands in words (overdue is
// said, not only coloured), with the PDF; on the staff list also "Betaling ontvangen" for open ones.
import Link from "next/link";
import { DataList } from "@/components/ui/data-list";
import { formatDateKey } from "@/lib/be/calendar-date";
import { formatEuro } from "@/lib/be/money";
import { formatDate } from "@/lib/be/time";
import { LAST_REMINDER, dateKeyOf, invoiceState } from "@/lib/payments/invoice-rules";
import { INVOICE_STATE_LABELS } from "@/lib/payments/labels";
import { InvoicePaidAction } from "./invoice-paid-action";
import { StructuredReference } from "./structured-reference";

export type InvoiceRow = {
  id: string;
  number: string;
  status: string;
  accessToken: string;
  totalCents: number;
  invoiceNumber: string | null;
  invoiceAddressee: string | null;
  invoiceDueOn: Date | null;
  invoiceReminders: number;
  invoiceRemindedAt: Date | null;
  ogm: string | null;
};

const STATE_CLASS = {
  open: "text-slate-900",
  overdue: "font-semibold text-red-800",
  paid: "text-green-800",
  void: "text-slate-700",
} as const;

/** "Herinnerd op 04/12/2026" or, after the second one, "Laatste herinnering op 18/12/2026". */
function reminderLabel(count: number, at: Date): string {
  return `${count >= LAST_REMINDER ? "Laatste herinnering" : "Herinnerd"} op ${formatDate(at)}`;
}

export function InvoiceList({
  rows,
  now,
  staff = false,
}: {
  rows: InvoiceRow[];
  now: Date;
  /** Staff may book the payment of an open invoice. */
  staff?: boolean;
}) {
  return (
    <DataList
      caption="Facturen"
      rows={rows}
      rowKey={(r) => r.id}
      empty="Geen facturen."
      tableFrom="lg"
      columns={[
        {
          key: "number",
          label: "Factuur",
          primary: true,
          cell: (r) => (
            // A plain link: a document, not a page to prefetch.
            <a className="underline" href={`/bestelling/${r.accessToken}/factuur.pdf`}>
              {r.invoiceNumber} <span className="sr-only">(PDF)</span>
            </a>
          ),
        },
        { key: "to", label: "Aan", cell: (r) => r.invoiceAddressee ?? "–" },
        { key: "amount", label: "Bedrag", align: "right", cell: (r) => formatEuro(r.totalCents) },
        { key: "ogm", label: "Mededeling", cell: (r) => (r.ogm ? <StructuredReference ogm={r.ogm} /> : "–") },
        {
          key: "due",
          label: "Vervaldag",
          cell: (r) => (r.invoiceDueOn ? formatDateKey(dateKeyOf(r.invoiceDueOn)) : "–"),
        },
        {
          key: "state",
          label: "Stand",
          cell: (r) => {
            if (!r.invoiceDueOn) return "–";
            const state = invoiceState(r.status, r.invoiceDueOn, now);
            return (
              <>
                <span className={STATE_CLASS[state]} data-testid="invoice-state">
                  {INVOICE_STATE_LABELS[state]}
                </span>
                {r.invoiceRemindedAt ? (
                  <span className="block text-sm text-slate-700" data-testid="invoice-reminded">
                    {reminderLabel(r.invoiceReminders, r.invoiceRemindedAt)}
                  </span>
                ) : null}
              </>
            );
          },
        },
        ...(staff
          ? [
              {
                key: "act",
                label: "Actie",
                cell: (r: InvoiceRow) =>
                  r.status === "PENDING" && r.invoiceNumber ? (
                    <InvoicePaidAction
                      orderId={r.id}
                      invoiceNumber={r.invoiceNumber}
                      addressee={r.invoiceAddressee ?? "de vereniging"}
                      totalCents={r.totalCents}
                    />
                  ) : (
                    <Link className="underline" href={`/bestelling/${r.accessToken}`}>
                      Bestelling {r.number}
                    </Link>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
