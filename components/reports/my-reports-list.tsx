// The resident's reports in Mijn Wingene: each row opens the report. A table on a wide screen,
// cards on a phone.
import Link from "next/link";
import { DataList } from "@/components/ui/data-list";
import { formatDate } from "@/lib/be/time";
import { STATUS_LABELS } from "@/lib/reports/labels";
import type { getMyReports } from "@/lib/reports/queries";

type Row = Awaited<ReturnType<typeof getMyReports>>["rows"][number];

export function MyReportsList({ reports }: { reports: Row[] }) {
  return (
    <DataList
      caption="Mijn meldingen"
      rows={reports}
      rowKey={(r) => r.id}
      empty="Je hebt nog geen meldingen verstuurd."
      columns={[
        {
          key: "number",
          label: "Volgnummer",
          primary: true,
          cell: (r) => (
            <Link href={`/mijn/meldingen/${r.id}`} className="font-semibold">
              {r.number}
            </Link>
          ),
        },
        { key: "date", label: "Datum", cell: (r) => formatDate(r.createdAt) },
        { key: "category", label: "Categorie", cell: (r) => r.category.name },
        {
          key: "status",
          label: "Status",
          cell: (r) => `${STATUS_LABELS[r.status]}${r.mergedInto ? ` (in ${r.mergedInto.number})` : ""}`,
        },
        { key: "message", label: "Laatste bericht", cell: (r) => r.messages[0]?.body ?? "-" },
      ]}
    />
  );
}
