// Mijn uitleningen: every loan of the borrower as a DataList (cards on a phone).
import Link from "next/link";
import { DataList } from "@/components/ui/data-list";
import { formatDateKey } from "@/lib/be/calendar-date";
import { LOAN_STATUS_LABELS } from "@/lib/lending/labels";
import type { myLoans } from "@/lib/lending/queries/mine";

type Row = Awaited<ReturnType<typeof myLoans>>["rows"][number];

export function MyLoansList({ loans }: { loans: Row[] }) {
  return (
    <DataList
      caption="Mijn uitleningen"
      rows={loans}
      rowKey={(l) => l.id}
      empty={
        <>
          Je leende nog niets. <Link href="/uitlenen">Bekijk het materiaal</Link>.
        </>
      }
      columns={[
        {
          key: "what",
          label: "Materiaal",
          primary: true,
          cell: (l) => (
            <Link href={`/mijn/uitleningen/${l.id}`}>
              {l.lines.map((x) => `${x.quantity} × ${x.item.name.toLowerCase()}`).join(", ")}
            </Link>
          ),
        },
        {
          key: "when",
          label: "Periode",
          cell: (l) => `${formatDateKey(l.pickup)} – ${formatDateKey(l.giveBack)}`,
        },
        { key: "for", label: "Voor", cell: (l) => l.association?.name ?? "mezelf" },
        { key: "status", label: "Status", cell: (l) => LOAN_STATUS_LABELS[l.shown] },
      ]}
    />
  );
}
