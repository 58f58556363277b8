import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "@/lib/http/page-interrupts";
import { ReportHeader } from "@/components/reports/report-header";
import { ReportFacts } from "@/components/reports/staff/report-facts";
import {
  MergeForm,
  MessageForm,
  NoteForm,
  ReassignForm,
  StatusForm,
} from "@/components/reports/staff/report-forms";
import { DatedEntries, StatusHistory } from "@/components/reports/staff/report-history";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { requireStaff } from "@/lib/auth/guards";
import { formatDate } from "@/lib/be/time";
import { STATUS_LABELS } from "@/lib/reports/labels";
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
  const due = dueDateKey(report.createdAt, report.category.targetDays);
  return (
    <>
      <ReportHeader
        report={report}
        back={{ href: "/beheer/meldpunt", label: "Terug naar het meldpunt" }}
        channel={report.channel}
      />
      {nieuw === "1" && (
        <Notice tone="success">
          Melding {report.number} is ingevoerd en naar {report.department.name} gestuurd.
        </Notice>
      )}
      {isOverdue(report, report.category.targetDays, new Date()) && (
        <Notice tone="error" title="Te laat">
          Deze melding moest afgehandeld zijn tegen {formatDate(new Date(`${due}T12:00:00Z`))}.
        </Notice>
      )}
      {report.mergedInto && (
        <Notice tone="warning">
          Samengevoegd in{" "}
          <Link href={`/beheer/meldpunt/${report.mergedInto.id}`}>{report.mergedInto.number}</Link>.
        </Notice>
      )}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="space-y-6">
          <Card title="Melding">
            <ReportFacts report={report} dueDateKey={due} />
          </Card>
          <Card title="Geschiedenis">
            <StatusHistory changes={report.statusChanges} />
          </Card>
          <Card title="Berichten aan de melder">
            <DatedEntries entries={report.messages} empty="Nog geen berichten." />
            <div className="mt-4">
              <MessageForm reportId={report.id} />
            </div>
          </Card>
          <Card title="Interne notities">
            <DatedEntries entries={report.notes} empty="Nog geen notities." />
            <div className="mt-4">
              <NoteForm reportId={report.id} />
            </div>
          </Card>
        </div>
        <div className="space-y-6">
          <Card title="Status wijzigen">
            <StatusForm
              reportId={report.id}
              current={report.status}
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
