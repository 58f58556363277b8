import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ResidentReport } from "@/components/reports/resident-report";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { KIND_LABELS } from "@/lib/reports/labels";
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
      <p className="mb-2">
        <Link href="/mijn/meldingen">Terug naar mijn meldingen</Link>
      </p>
      <PageHeader
        title={`Melding ${report.number}`}
        intro={`${KIND_LABELS[report.kind].title} over ${report.category.name.toLowerCase()}`}
      />
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
