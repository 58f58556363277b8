// What staff see of a report: its facts, the reporter and followers, the description and photos.
import Image from "next/image";
import Link from "next/link";
import { SummaryList } from "@/components/ui/form/summary-list";
import { formatDate, formatDateTime } from "@/lib/be/time";
import { STATUS_LABELS } from "@/lib/reports/labels";
import type { StaffReport } from "@/lib/reports/queries";

function Place({ report }: { report: StaffReport }) {
  const { latitude, longitude } = report;
  return (
    <>
      {report.addressText ?? "-"}
      {latitude !== null && longitude !== null && (
        <>
          {" "}
          ({latitude.toFixed(5)}, {longitude.toFixed(5)},{" "}
          <a
            href={`https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=18/${latitude}/${longitude}`}
            rel="noopener noreferrer"
          >
            op OpenStreetMap
          </a>
          )
        </>
      )}
    </>
  );
}

export function ReportFacts({ report, dueDateKey }: { report: StaffReport; dueDateKey: string }) {
  const reporter =
    [
      report.reporterName ?? report.reporter?.name,
      report.reporterEmail ?? report.reporter?.email,
      report.reporterPhone,
    ]
      .filter(Boolean)
      .join(", ") || "anoniem";
  return (
    <>
      <SummaryList
        rows={[
          {
            key: "status",
            label: "Status",
            value: <span data-testid="staff-report-status">{STATUS_LABELS[report.status]}</span>,
          },
          { key: "department", label: "Dienst", value: report.department.name },
          {
            key: "received",
            label: "Ontvangen",
            value: `${formatDateTime(report.createdAt)}${report.createdBy ? ` (ingevoerd door ${report.createdBy.name})` : ""}`,
          },
          { key: "due", label: "Streefdatum", value: formatDate(new Date(`${dueDateKey}T12:00:00Z`)) },
          { key: "place", label: "Plaats", value: <Place report={report} /> },
          { key: "reporter", label: "Melder", value: reporter },
          {
            key: "followers",
            label: "Volgers",
            value: report.followers.length ? report.followers.map((f) => f.email).join(", ") : "geen",
          },
          ...(report.mergedReports.length > 0
            ? [
                {
                  key: "merged",
                  label: "Samengevoegd",
                  value: report.mergedReports.map((m, i) => (
                    <span key={m.id}>
                      {i > 0 && ", "}
                      <Link href={`/beheer/meldpunt/${m.id}`}>{m.number}</Link>
                    </span>
                  )),
                },
              ]
            : []),
        ]}
      />
      <p className="mt-4 whitespace-pre-line">{report.description}</p>
      {report.photos.length > 0 && (
        <ul className="mt-4 flex flex-wrap gap-3">
          {report.photos.map((p, i) => (
            <li key={p.fileId}>
              <a href={`/api/meldpunt/foto/${p.fileId}`}>
                <Image
                  src={`/api/meldpunt/foto/${p.fileId}`}
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
    </>
  );
}
