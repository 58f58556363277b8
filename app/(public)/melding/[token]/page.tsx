import type { Metadata } from "next";
import Image from "next/image";
import { notFound } from "@/lib/http/page-interrupts";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate, formatDateTime } from "@/lib/be/time";
import { KIND_LABELS, STATUS_LABELS } from "@/lib/reports/labels";
import { dueDateKey } from "@/lib/reports/overdue";
import { getReportByToken } from "@/lib/reports/queries";
import { isOpen } from "@/lib/reports/status";

// Reached by its token only: rendered per request (a blocking route), never a shared shell.
export const instant = false;

export const metadata: Metadata = { title: "Stand van zaken van je melding", referrer: "no-referrer" };

// Reached by the unguessable link in the mail, without signing in. Staff names are not shown.
export default async function StatusPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ verstuurd?: string }>;
}) {
  const [{ token }, { verstuurd }] = await Promise.all([params, searchParams]);
  const found = await getReportByToken(token);
  if (!found) notFound();
  const { report, mergedFrom } = found;
  const due = dueDateKey(report.createdAt, report.category.targetDays);
  return (
    <>
      <PageHeader
        title={`Melding ${report.number}`}
        intro={`${KIND_LABELS[report.kind].title} over ${report.category.name.toLowerCase()}`}
      />
      {verstuurd === "1" && !mergedFrom && (
        <div
          role="status"
          className="mb-6 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4 text-brand-900"
        >
          <p className="font-semibold">Bedankt, we ontvingen je melding.</p>
          <p>
            Je volgnummer is <strong>{report.number}</strong>. We stuurden je een e-mail met de link naar deze
            pagina. Bewaar die link: zo volg je de stand van zaken zonder aan te melden.
          </p>
        </div>
      )}
      {mergedFrom && (
        <p className="mb-6 rounded-md border-l-4 border-amber-600 bg-amber-50 p-4">
          Je melding {mergedFrom} ging over hetzelfde als deze melding. We behandelen ze samen; hieronder zie
          je de stand van zaken.
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Stand van zaken">
          <p className="text-2xl font-bold" data-testid="report-status">
            {STATUS_LABELS[report.status]}
          </p>
          {isOpen(report.status) && (
            <p className="mt-2">
              We streven ernaar dit af te handelen tegen {formatDate(new Date(`${due}T12:00:00Z`))}.
            </p>
          )}
          <h3 className="mt-5 font-semibold">Geschiedenis</h3>
          <ol className="mt-2 space-y-1">
            {report.statusChanges.map((c) => (
              <li key={c.id}>
                {formatDateTime(c.at)}: {STATUS_LABELS[c.toStatus]}
              </li>
            ))}
          </ol>
        </Card>
        <Card title="Je melding">
          <p className="whitespace-pre-line">{report.description}</p>
          {report.addressText && <p className="mt-3">Plaats: {report.addressText}</p>}
          {report.latitude !== null && report.longitude !== null && (
            <p className="mt-1">
              Coördinaten: {report.latitude.toFixed(5)}, {report.longitude.toFixed(5)}
            </p>
          )}
          <p className="mt-1">Ontvangen op {formatDateTime(report.createdAt)}</p>
          {report.photos.length > 0 && (
            <ul className="mt-4 flex flex-wrap gap-3">
              {report.photos.map((p, i) => (
                <li key={p.id}>
                  <Image
                    src={`/api/meldpunt/foto/${p.id}?t=${encodeURIComponent(token)}`}
                    alt={`Foto ${i + 1} bij de melding`}
                    width={192}
                    height={128}
                    unoptimized
                    className="h-32 w-auto rounded border border-slate-300"
                  />
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      {report.messages.length > 0 && (
        <div className="mt-6">
          <Card title="Berichten van de gemeente">
            <ol className="space-y-4">
              {report.messages.map((m) => (
                <li key={m.id}>
                  <p className="text-sm text-slate-700">{formatDateTime(m.createdAt)}</p>
                  <p className="whitespace-pre-line">{m.body}</p>
                </li>
              ))}
            </ol>
          </Card>
        </div>
      )}
    </>
  );
}
