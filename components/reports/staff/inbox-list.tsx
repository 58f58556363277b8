// The inbox as a list: a table on a wide screen, cards on a phone. Overdue reports say so in words.
import Link from "next/link";
import { DataList } from "@/components/ui/data-list";
import { formatDate } from "@/lib/be/time";
import { CHANNEL_LABELS, STATUS_LABELS } from "@/lib/reports/labels";
import { ageInDays } from "@/lib/reports/overdue";
import type { InboxRow } from "@/lib/reports/queries";

export function InboxList({ rows, caption, now }: { rows: InboxRow[]; caption: string; now: Date }) {
  return (
    <DataList
      caption={caption}
      rows={rows}
      rowKey={(r) => r.id}
      empty="Geen meldingen voor deze filters."
      tableFrom="lg"
      columns={[
        {
          key: "number",
          label: "Volgnummer",
          primary: true,
          cell: (r) => <Link href={`/beheer/meldpunt/${r.id}`}>{r.number}</Link>,
        },
        {
          key: "received",
          label: "Ontvangen",
          cell: (r) => `${formatDate(r.createdAt)} (${ageInDays(r.createdAt, now)} d)`,
        },
        { key: "category", label: "Categorie", cell: (r) => r.category.name },
        { key: "place", label: "Plaats", cell: (r) => r.addressText ?? "-" },
        { key: "channel", label: "Kanaal", cell: (r) => CHANNEL_LABELS[r.channel] },
        { key: "department", label: "Dienst", cell: (r) => r.department.name },
        {
          key: "status",
          label: "Status",
          cell: (r) => (
            <>
              {STATUS_LABELS[r.status]}
              {r.overdue && (
                <strong className="ml-2 rounded bg-red-700 px-2 py-0.5 whitespace-nowrap text-white">
                  Te laat
                </strong>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
