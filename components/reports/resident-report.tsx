// A report as a resident sees it, on the status page (by link) and in Mijn Wingene: where it
// stands, the municipality's messages and, for the person who filed it only, what they wrote and
// their photos. A follower sees the public part. Staff names are not shown.
import Image from "next/image";
import { Card } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/lib/be/time";
import { STATUS_LABELS } from "@/lib/reports/labels";
import { dueDateKey } from "@/lib/reports/overdue";
import type { ResidentView } from "@/lib/reports/queries";
import { isOpen } from "@/lib/reports/status";

export function ResidentReport({
  view: { report, own },
  photoUrl,
}: {
  view: ResidentView;
  /** The address of a photo for this viewer (with the link's token, or for the signed-in owner). */
  photoUrl: (fileId: string) => string;
}) {
  const due = dueDateKey(report.createdAt, report.category.targetDays);
  return (
    <>
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
        {own ? (
          <Card title="Je melding">
            <p className="whitespace-pre-line">{own.description}</p>
            {own.addressText && <p className="mt-3">Plaats: {own.addressText}</p>}
            {own.latitude !== null && own.longitude !== null && (
              <p className="mt-1">
                Coördinaten: {own.latitude.toFixed(5)}, {own.longitude.toFixed(5)}
              </p>
            )}
            <p className="mt-1">Ontvangen op {formatDateTime(own.createdAt)}</p>
            {own.photos.length > 0 && (
              <ul className="mt-4 flex flex-wrap gap-3">
                {own.photos.map((p, i) => (
                  <li key={p.fileId}>
                    <Image
                      src={photoUrl(p.fileId)}
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
        ) : (
          <Card title="Je volgt deze melding">
            <p data-testid="follower-view">
              Iemand anders meldde dit. Wat die persoon schreef en de foto&apos;s blijven privé; je ziet hier
              de stand van zaken en de berichten van de gemeente.
            </p>
            {report.addressText && <p className="mt-3">Plaats: {report.addressText}</p>}
            <p className="mt-1">Gemeld op {formatDate(report.createdAt)}</p>
          </Card>
        )}
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
