// The orders of one performance for the leisure team: who bought what, how it was paid, and a
// refund for each paid one. A table on wide screens, cards on a phone.
import { DataList } from "@/components/ui/data-list";
import { formatEuro } from "@/lib/be/money";
import { ORDER_STATUS_LABELS, PAYMENT_METHOD_LABELS } from "@/lib/payments/labels";
import type { StaffOrder } from "@/lib/tickets/admin-queries";
import { RefundAction } from "./order-forms";

export function PerformanceOrders({ orders }: { orders: StaffOrder[] }) {
  return (
    <DataList
      caption="Bestellingen voor deze voorstelling"
      rows={orders}
      rowKey={(o) => o.id}
      empty="Nog geen bestellingen."
      columns={[
        {
          key: "buyer",
          label: "Koper",
          primary: true,
          cell: (o) => (
            <>
              {o.buyerName}
              {/* An address is one long word: let it break rather than push the table past its card. */}
              {o.buyerEmail && (
                <span className="block font-normal break-all text-slate-700">{o.buyerEmail}</span>
              )}
            </>
          ),
        },
        { key: "number", label: "Nummer", cell: (o) => <span className="font-mono">{o.number}</span> },
        { key: "amount", label: "Bedrag", align: "right", cell: (o) => formatEuro(o.totalCents) },
        {
          key: "status",
          label: "Status",
          cell: (o) => (
            <>
              {ORDER_STATUS_LABELS[o.status]}
              {o.payments[0] && (
                <span className="block text-slate-700">{PAYMENT_METHOD_LABELS[o.payments[0].method]}</span>
              )}
              {o.ogm && o.status === "PENDING" && (
                <span className="block text-slate-700">wacht op overschrijving</span>
              )}
            </>
          ),
        },
        {
          key: "action",
          label: "Actie",
          cell: (o) =>
            o.status === "PAID" ? (
              <RefundAction
                orderId={o.id}
                number={o.number}
                buyerName={o.buyerName}
                totalCents={o.totalCents}
                online={o.payments.some((p) => p.method === "STRIPE" && p.status === "SUCCEEDED")}
              />
            ) : null,
        },
      ]}
    />
  );
}
