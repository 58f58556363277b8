import type { Metadata } from "next";
import { notFound } from "@/lib/http/page-interrupts";
import { ReportHeader } from "@/components/reports/report-header";
import { ResidentReport } from "@/components/reports/resident-report";
import { Notice } from "@/components/ui/notice";
import { getReportByToken } from "@/lib/reports/queries";

// Reached by its token only: rendered per request (a blocking route), never a shared shell.
export const instant = false;

export const metadata: Metadata = { title: "Stand van zaken van je melding", referrer: "no-referrer" };

// Reached by the unguessable link in a mail, without signing in.
export default async function StatusPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ verstuurd?: string }>;
}) {
  const [{ token }, { verstuurd }] = await Promise.all([params, searchParams]);
  const view = await getReportByToken(token);
  if (!view) notFound();
  const { report, mergedFrom } = view;
  return (
    <>
      <ReportHeader report={report} />
      {verstuurd === "1" && !mergedFrom && (
        <Notice tone="success" title="Bedankt, we ontvingen je melding.">
          Je volgnummer is <strong>{report.number}</strong>. We stuurden je een e-mail met de link naar deze
          pagina. Bewaar die link: zo volg je de stand van zaken zonder aan te melden.
        </Notice>
      )}
      {mergedFrom && (
        <Notice tone="warning">
          Je melding {mergedFrom} ging over hetzelfde als deze melding. We behandelen ze samen; hieronder zie
          je de stand van zaken.
        </Notice>
      )}
      <ResidentReport
        view={view}
        photoUrl={(fileId) => `/api/meldpunt/foto/${fileId}?t=${encodeURIComponent(token)}`}
      />
    </>
  );
}
