import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { notFound } from "@/lib/http/page-interrupts";
import {
  MergeForm,
  MessageForm,
  NoteForm,
  ReassignForm,
  StatusForm,
} from "@/components/reports/staff/report-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { formatDate, formatDateTime } from "@/lib/be/time";
import { CHANNEL_LABELS, KIND_LABELS, STATUS_LABELS } from "@/lib/reports/labels";
import { dueDateKey, isOverdue } from "@/lib/reports/overdue";
import { getDepartments, getReportForStaff } from "@/lib/reports/queries";
import { canMove, manualTargets } from "@/lib/reports/status";

export const metadata: Metadata = { title: "Melding" };

export default async function ReportDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ nieuw?: string }>;
}) {
  const [{ id }, { nieuw }] = await Promise.all([params, searchParams]);
  await requireStaff("reports:manage", `/beheer/meldpunt/${id}`);
  const [report, departments] = await Promise.all([getReportForStaff(id), getDepartments()]);
  if (!report) notFound();
  const now = new Date();
  const overdue = isOverdue(report, report.category.targetDays, now);
  const due = dueDateKey(report.createdAt, report.category.targetDays);
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/meldpunt">Terug naar het meldpunt</Link>
      </p>
      <PageHeader
        title={`Melding ${report.number}`}
        intro={`${KIND_LABELS[report.kind].title} over ${report.category.name.toLowerCase()}, via ${CHANNEL_LABELS[report.channel].toLowerCase()}`}
      />
      {nieuw === "1" && (
        <p role="status" className="mb-6 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4">
          Melding {report.number} is ingevoerd en naar {report.department.name} gestuurd.
        </p>
      )}
      {overdue && (
        <p className="mb-6 rounded-md border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
          Te laat: deze melding moest afgehandeld zijn tegen {formatDate(new Date(`${due}T12:00:00Z`))}.
        </p>
      )}
      {report.mergedInto && (
        <p className="mb-6 rounded-md border-l-4 border-amber-600 bg-amber-50 p-4">
          Samengevoegd in{" "}
          <Link href={`/beheer/meldpunt/${report.mergedInto.id}`}>{report.mergedInto.number}</Link>.
        </p>
      )}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="space-y-6">
          <Card title="Melding">
            <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
              <dt className="font-semibold">Status</dt>
              <dd data-testid="staff-report-status">{STATUS_LABELS[report.status]}</dd>
              <dt className="font-semibold">Dienst</dt>
              <dd>{report.department.name}</dd>
              <dt className="font-semibold">Ontvangen</dt>
              <dd>
                {formatDateTime(report.createdAt)}
                {report.createdBy && ` (ingevoerd door ${report.createdBy.name})`}
              </dd>
              <dt className="font-semibold">Streefdatum</dt>
              <dd>{formatDate(new Date(`${due}T12:00:00Z`))}</dd>
              <dt className="font-semibold">Plaats</dt>
              <dd>
                {report.addressText ?? "-"}
                {report.latitude !== null && report.longitude !== null && (
                  <>
                    {" "}
                    ({report.latitude.toFixed(5)}, {report.longitude.toFixed(5)},{" "}
                    <a
                      href={`https://www.openstreetmap.org/?mlat=${report.latitude}&mlon=${report.longitude}#map=18/${report.latitude}/${report.longitude}`}
                      rel="noopener noreferrer"
                    >
                      op OpenStreetMap
                    </a>
                    )
                  </>
                )}
              </dd>
              <dt className="font-semibold">Melder</dt>
              <dd>
                {[
                  report.reporterName ?? report.reporter?.name,
                  report.reporterEmail ?? report.reporter?.email,
                  report.reporterPhone,
                ]
                  .filter(Boolean)
                  .join(", ") || "anoniem"}
              </dd>
              <dt className="font-semibold">Volgers</dt>
              <dd>{report.followers.length ? report.followers.map((f) => f.email).join(", ") : "geen"}</dd>
              {report.mergedReports.length > 0 && (
                <>
                  <dt className="font-semibold">Samengevoegd</dt>
                  <dd>
                    {report.mergedReports.map((m, i) => (
                      <span key={m.id}>
                        {i > 0 && ", "}
                        <Link href={`/beheer/meldpunt/${m.id}`}>{m.number}</Link>
                      </span>
                    ))}
                  </dd>
                </>
              )}
            </dl>
            <p className="mt-4 whitespace-pre-line">{report.description}</p>
            {report.photos.length > 0 && (
              <ul className="mt-4 flex flex-wrap gap-3">
                {report.photos.map((p, i) => (
                  <li key={p.id}>
                    <a href={`/api/meldpunt/foto/${p.id}`}>
                      <Image
                        src={`/api/meldpunt/foto/${p.id}`}
                        alt={`Foto ${i + 1} bij melding ${report.number}`}
                        width={192}
                        height={128}
                        unoptimized
                        className="h-32 w-auto rounded border border-slate-300"
                      />
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="Geschiedenis">
            <ol className="space-y-1">
              {report.statusChanges.map((c) => (
                <li key={c.id}>
                  {formatDateTime(c.at)}: {c.fromStatus ? `${STATUS_LABELS[c.fromStatus]} → ` : ""}
                  {STATUS_LABELS[c.toStatus]}
                  {c.actor?.name ? ` door ${c.actor.name}` : ""}
                </li>
              ))}
            </ol>
          </Card>
          <Card title="Berichten aan de melder">
            {report.messages.length === 0 ? (
              <p>Nog geen berichten.</p>
            ) : (
              <ol className="space-y-3">
                {report.messages.map((m) => (
                  <li key={m.id}>
                    <p className="text-sm text-slate-700">
                      {formatDateTime(m.createdAt)} {m.author?.name ? `door ${m.author.name}` : ""}
                    </p>
                    <p className="whitespace-pre-line">{m.body}</p>
                  </li>
                ))}
              </ol>
            )}
            <div className="mt-4">
              <MessageForm reportId={report.id} />
            </div>
          </Card>
          <Card title="Interne notities">
            {report.notes.length === 0 ? (
              <p>Nog geen notities.</p>
            ) : (
              <ol className="space-y-3">
                {report.notes.map((n) => (
                  <li key={n.id}>
                    <p className="text-sm text-slate-700">
                      {formatDateTime(n.createdAt)} {n.author?.name ? `door ${n.author.name}` : ""}
                    </p>
                    <p className="whitespace-pre-line">{n.body}</p>
                  </li>
                ))}
              </ol>
            )}
            <div className="mt-4">
              <NoteForm reportId={report.id} />
            </div>
          </Card>
        </div>
        <div className="space-y-6">
          <Card title="Status wijzigen">
            <StatusForm
              reportId={report.id}
              targets={manualTargets(report.status).map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
            />
          </Card>
          <Card title="Dienst">
            <ReassignForm
              reportId={report.id}
              current={report.departmentId}
              departments={departments.map((d) => ({ value: d.id, label: d.name }))}
            />
          </Card>
          {canMove(report.status, "MERGED") && (
            <Card title="Dubbele melding samenvoegen">
              <MergeForm reportId={report.id} />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
