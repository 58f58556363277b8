// The loans that no longer fit in the stock (after a confirmed repair, a lower stock or units lost
// at a take-back): whom the depot must call, with dates, quantity and how to reach them.
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { formatDateKey } from "@/lib/be/calendar-date";
import type { StockConflict } from "@/lib/lending/stock/conflicts";

export function StockShortages({ conflicts, unit }: { conflicts: StockConflict[]; unit: string }) {
  return (
    <Notice tone="warning">
      <p className="font-semibold">Te weinig {unit} voor deze uitleningen: bel de leners.</p>
      <ul className="mt-2 grid gap-1">
        {conflicts.map((c) => (
          <li key={c.loanId}>
            <Link href={`/beheer/uitleendienst/${c.loanId}`}>{c.borrowerName}</Link>,{" "}
            {formatDateKey(c.pickupDate)} tot {formatDateKey(c.returnDate)}, {c.quantity} {unit}
            {c.phone ? `, ${c.phone}` : ""}
            {c.borrowerEmail ? `, ${c.borrowerEmail}` : ""} (tekort:{" "}
            {c.shortDays.map((d) => `${formatDateKey(d.day).slice(0, 5)}: ${d.short}`).join(", ")})
          </li>
        ))}
      </ul>
    </Notice>
  );
}
