import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/guards";
import { formatDate } from "@/lib/be/time";
import { getMyReports } from "@/lib/reports/queries";
import { STATUS_LABELS } from "@/lib/reports/labels";

export const metadata: Metadata = { title: "Mijn meldingen" };

export default async function MyReportsPage() {
  const actor = await requireUser("/mijn/meldingen");
  const reports = await getMyReports(actor.userId);
  return (
    <>
      <PageHeader
        title="Mijn meldingen"
        intro="De meldingen die je verstuurde of volgt, met hun stand van zaken."
      >
        <p className="mt-4">
          <Link href="/melden" className={buttonClass()}>
            Nieuwe melding
          </Link>
        </p>
      </PageHeader>
      <Card>
        {reports.length === 0 ? (
          <p>Je hebt nog geen meldingen verstuurd.</p>
        ) : (
          <Table
            caption="Mijn meldingen"
            columns={[
              { label: "Volgnummer" },
              { label: "Datum" },
              { label: "Categorie" },
              { label: "Status" },
              { label: "Laatste bericht" },
            ]}
          >
            {reports.map((r) => (
              <tr key={r.id} className="border-b border-slate-200">
                <td className="py-2 pr-3 font-semibold">{r.number}</td>
                <td className="py-2 pr-3">{formatDate(r.createdAt)}</td>
                <td className="py-2 pr-3">{r.category.name}</td>
                <td className="py-2 pr-3">
                  {STATUS_LABELS[r.status]}
                  {r.mergedInto && ` (in ${r.mergedInto.number})`}
                </td>
                <td className="py-2 pr-3">{r.messages[0]?.body ?? "-"}</td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </>
  );
}
