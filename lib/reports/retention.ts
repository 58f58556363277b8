// Privacy retention: some months after a report was closed, the reporter's personal data (name,
// e-mail, phone, link to an account), the followers (their e-mail addresses) and the photos go.
// What remains (category, kind, channel, place, dates, statuses, messages) still counts for the
// statistics. Runs nightly (lib/jobs/schedules.ts).
import type { ReportStatus } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";

const DEFAULT_RETENTION_MONTHS = 12;
const CLOSED_STATUSES: readonly ReportStatus[] = ["RESOLVED", "REJECTED", "MERGED"];

/** The same instant `months` calendar months earlier (the 31st falls back to the month's last day). */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

export async function retentionMonths(db: Db): Promise<number> {
  const settings = await db.reportSettings.findUnique({ where: { id: 1 } });
  return settings?.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
}

/** Also used by the right to erasure (lib/privacy). Deleting the files takes their ReportPhoto rows along. */
export const deleteReportPhotos = async (tx: Tx, reportIds: string[]) =>
  (await tx.storedFile.deleteMany({ where: { reportPhoto: { reportId: { in: reportIds } } } })).count;

/** Removes the personal data of reports closed before the retention cut-off; returns how many. */
export async function removeExpiredPersonalData(db: Db, now = new Date()): Promise<number> {
  const cutoff = monthsBefore(now, await retentionMonths(db));
  return transaction(db, async (tx) => {
    // The claim is a conditional update: a concurrent run blocks on the same rows, re-reads them
    // after the first commits, finds anonymisedAt set and skips them, so each report is done once.
    const claimed = await tx.report.updateManyAndReturn({
      where: { anonymisedAt: null, status: { in: [...CLOSED_STATUSES] }, closedAt: { lt: cutoff } },
      data: {
        reporterName: null,
        reporterEmail: null,
        reporterPhone: null,
        reporterId: null,
        anonymisedAt: now,
      },
      select: { id: true },
    });
    if (claimed.length === 0) return 0;
    const ids = claimed.map((r) => r.id);
    await tx.reportFollower.deleteMany({ where: { reportId: { in: ids } } });
    await deleteReportPhotos(tx, ids);
    await recordAudit(tx, {
      actorId: null,
      action: "report.personal-data-removed",
      subjectType: "Report",
      details: { count: ids.length, closedBefore: cutoff.toISOString() },
    });
    return ids.length;
  });
}
