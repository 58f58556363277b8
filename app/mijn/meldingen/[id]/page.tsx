import type { Metadata } from "next";
import { notFound } from "@/lib/http/page-interrupts";
import { ReportHeader } from "@/components/reports/report-header";
import { ResidentReport } from "@/components/reports/resident-report";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth/guards";
import { getMyReport } from "@/lib/reports/queries";

export const metadata: Metadata = { title: "Mijn melding" };

// The report a resident filed or follows, opened from Mijn meldingen or from a mail about it.
export default async function MyReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser(`/mijn/meldingen/${id}`);
  const view = await getMyReport(actor.userId, id);
  if (!view) notFound();
  const { report, mergedFrom } = view;
  return (
    <>
      <ReportHeader report={report} back={{ href: "/mijn/meldingen", label: "Terug naar mijn meldingen" }} />
      {mergedFrom && (
        <Notice tone="warning">
          Melding {mergedFrom} ging over hetzelfde als deze melding. We behandelen ze samen; hieronder zie je
          de stand van zaken.
        </Notice>
      )}
      <ResidentReport view={view} photoUrl={(fileId) => `/api/meldpunt/foto/${fileId}`} />
    </>
  );
}
