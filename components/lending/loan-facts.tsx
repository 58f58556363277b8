// One loan as the borrower and the depot read it: what, when, for whom, money and status.
import Link from "next/link";
import { SummaryList } from "@/components/ui/form/summary-list";
import { formatDateKey } from "@/lib/be/calendar-date";
import { formatEuro } from "@/lib/be/money";
import { formatMinutes } from "@/lib/be/time";
import { type DeliveryColumns, deliveryAddressText } from "@/lib/lending/delivery";
import { LOAN_STATUS_LABELS } from "@/lib/lending/labels";
import type { LoanStatus } from "@/generated/prisma/enums";

type Slot = { startMinutes: number; endMinutes: number };
export type LoanFactsView = DeliveryColumns & {
  transportCents: number;
  shown: LoanStatus | "LAPSED";
  pickup: string;
  giveBack: string;
  pickupSlot: Slot;
  returnSlot: Slot;
  borrowerName: string;
  association: { name: string } | null;
  category: { label: string };
  depositCents: number;
  feeCents: number;
  feeNote: string | null;
  lines: { id: string; quantity: number; handedOut: number | null; item: { name: string } }[];
  order: { number: string; accessToken: string; totalCents: number } | null;
};

const at = (date: string, slot: Slot) =>
  `${formatDateKey(date)}, ${formatMinutes(slot.startMinutes)}–${formatMinutes(slot.endMinutes)}`;

export function LoanFacts({ loan }: { loan: LoanFactsView }) {
  return (
    <SummaryList
      rows={[
        { key: "status", label: "Status", value: LOAN_STATUS_LABELS[loan.shown] },
        {
          key: "what",
          label: "Materiaal",
          value: (
            <ul>
              {loan.lines.map((l) => (
                <li key={l.id}>
                  {l.quantity} × {l.item.name.toLowerCase()}
                  {l.handedOut !== null && l.handedOut !== l.quantity && ` (${l.handedOut} meegegeven)`}
                </li>
              ))}
            </ul>
          ),
        },
        ...(loan.delivery
          ? [
              { key: "pickup", label: "Levering", value: at(loan.pickup, loan.pickupSlot) },
              { key: "return", label: "Ophaling", value: at(loan.giveBack, loan.returnSlot) },
              { key: "address", label: "Adres", value: deliveryAddressText(loan) ?? "Verwijderd" },
              { key: "transport", label: "Transport", value: formatEuro(loan.transportCents) },
            ]
          : [
              { key: "pickup", label: "Ophalen", value: at(loan.pickup, loan.pickupSlot) },
              { key: "return", label: "Terugbrengen", value: at(loan.giveBack, loan.returnSlot) },
            ]),
        { key: "for", label: "Voor", value: loan.association?.name ?? loan.borrowerName },
        { key: "tariff", label: "Tarief", value: loan.category.label },
        { key: "deposit", label: "Waarborg", value: formatEuro(loan.depositCents) },
        ...(loan.feeCents
          ? [
              {
                key: "fee",
                label: "Ingehouden",
                value: `${formatEuro(loan.feeCents)}: ${loan.feeNote ?? ""}`,
              },
            ]
          : []),
        ...(loan.order
          ? [
              {
                key: "order",
                label: "Bestelling",
                value: (
                  <Link href={`/bestelling/${loan.order.accessToken}`}>
                    {loan.order.number} ({formatEuro(loan.order.totalCents)})
                  </Link>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
