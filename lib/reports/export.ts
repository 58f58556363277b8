// The staff inbox as a CSV file: the same filter and order as the list on screen. Holds the facts
// of each report, not the reporter's name or contact details (those stay in the application).
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { brusselsParts, formatDate, formatDateTime } from "@/lib/be/time";
import { decimalComma, toCsv } from "@/lib/csv";
import { db } from "@/lib/db";
import type { InboxFilter } from "./inbox-filter";
import { CHANNEL_LABELS, KIND_LABELS, STATUS_LABELS } from "./labels";
import { ageInDays, dueDateKey } from "./overdue";
import { inboxRowsForExport } from "./queries/inbox";

const EXPORT_HEADERS = [
  "Volgnummer",
  "Ontvangen",
  "Ouderdom (dagen)",
  "Soort",
  "Categorie",
  "Dienst",
  "Kanaal",
  "Status",
  "Streefdatum",
  "Te laat",
  "Adres of plaats",
  "Breedtegraad",
  "Lengtegraad",
  "Beschrijving",
] as const;

export async function inboxCsv(
  filter: Omit<InboxFilter, "page">,
  now = new Date(),
): Promise<{ csv: string; count: number }> {
  const rows = await inboxRowsForExport(filter, now);
  const csv = toCsv(
    EXPORT_HEADERS,
    rows.map((r) => [
      r.number,
      formatDateTime(r.createdAt),
      ageInDays(r.createdAt, now),
      KIND_LABELS[r.kind].title.replace(/^Een /, ""),
      r.category.name,
      r.department.name,
      CHANNEL_LABELS[r.channel],
      STATUS_LABELS[r.status],
      formatDate(new Date(`${dueDateKey(r.createdAt, r.category.targetDays)}T12:00:00Z`)),
      r.overdue ? "ja" : "nee",
      r.addressText,
      decimalComma(r.latitude),
      decimalComma(r.longitude),
      r.description,
    ]),
  );
  return { csv, count: rows.length };
}

export function exportFileName(now: Date): string {
  return `meldpunt-${brusselsParts(now).dateKey}.csv`;
}

/** The export as staff download it; each one is audited, because it takes report texts out. */
export async function exportInbox(filter: InboxFilter, actorId: string, now = new Date()) {
  const { csv, count } = await inboxCsv(filter, now);
  await recordAudit(db, {
    actorId,
    action: "report.exported",
    subjectType: "Report",
    details: { count, filter: { ...filter } },
  });
  return { csv, fileName: exportFileName(now) };
}
