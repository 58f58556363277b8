// The audit log, filtered as on screen, as CSV for Belgian Excel (the meldpunt export's helper).
// Exporting is itself recorded: it takes who-did-what out of the application.
import "server-only";
import { brusselsParts, formatDateTime } from "@/lib/be/time";
import { toCsv } from "@/lib/csv";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { auditActionLabel, auditSubjectLabel } from "./labels";
import { auditMessages } from "./messages";
import { AUDIT_EXPORT_LIMIT, auditRowsForExport } from "./queries";
import { recordAudit } from "./record";
import type { AuditFilter } from "./schema";

const HEADERS = ["Wanneer", "Wie", "Namens", "Handeling", "Code", "Over", "Verwijzing"] as const;

const who = (u: { name: string | null; email: string | null } | null) => u?.name ?? u?.email ?? "";

export async function exportAudit(filter: AuditFilter, actorId: string, now = new Date()) {
  const rows = await auditRowsForExport(filter);
  if (!rows) throw new AppError("INVALID_INPUT", auditMessages.exportTooLarge(AUDIT_EXPORT_LIMIT));
  const csv = toCsv(
    HEADERS,
    rows.map((r) => [
      formatDateTime(r.at),
      who(r.actor) || "systeem of anoniem",
      r.association?.name ?? (r.onBehalfOfId && r.onBehalfOfId !== r.actorId ? who(r.onBehalfOf) : ""),
      auditActionLabel(r.action),
      r.action,
      auditSubjectLabel(r.subjectType),
      r.subjectId,
    ]),
  );
  await recordAudit(db, {
    actorId,
    action: "audit.exported",
    subjectType: "AuditLog",
    details: {
      count: rows.length,
      filter: Object.fromEntries(Object.entries(filter).filter(([k]) => k !== "pagina")),
    },
  });
  return { csv, fileName: `auditlog-${brusselsParts(now).dateKey}.csv` };
}
