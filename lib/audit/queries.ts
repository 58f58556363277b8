// Reads of the audit log for staff with audit:read: filtered and paged in SQL (indexes on at,
// action and subject), with the true number of entries that match.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { addBrusselsDays, brusselsInstant } from "@/lib/be/time";
import { db } from "@/lib/db";
import { paged } from "@/lib/paging";
import type { AuditFilter } from "./schema";

export const AUDIT_PAGE_SIZE = 50;
/** An export is for a period or a person, not the whole history: beyond this, narrow the filter. */
export const AUDIT_EXPORT_LIMIT = 20_000;

const contains = (text: string) => ({ contains: text, mode: "insensitive" as const });
const person = (text: string): Prisma.UserWhereInput => ({
  OR: [{ name: contains(text) }, { email: contains(text) }],
});

export function auditWhere(filter: Omit<AuditFilter, "pagina">): Prisma.AuditLogWhereInput {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (filter.wie) and.push({ actor: person(filter.wie) });
  if (filter.wat) and.push({ action: filter.wat });
  if (filter.van) and.push({ at: { gte: brusselsInstant(filter.van, 0) } });
  if (filter.tot) and.push({ at: { lt: brusselsInstant(addBrusselsDays(filter.tot, 1), 0) } });
  if (filter.over)
    and.push({
      OR: [
        { subjectId: filter.over },
        { onBehalfOf: person(filter.over) },
        { association: { name: contains(filter.over) } },
      ],
    });
  return and.length ? { AND: and } : {};
}

const entry = {
  actor: { select: { name: true, email: true } },
  onBehalfOf: { select: { name: true, email: true } },
  association: { select: { name: true } },
} satisfies Prisma.AuditLogInclude;

export async function listAudit(filter: AuditFilter) {
  const where = auditWhere(filter);
  return paged(
    filter.pagina,
    () => db.auditLog.count({ where }),
    (window) =>
      db.auditLog.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], ...window, include: entry }),
    AUDIT_PAGE_SIZE,
  );
}

export type AuditRow = Awaited<ReturnType<typeof listAudit>>["rows"][number];

/** Every entry the filter matches, or null when they are more than an export may hold. */
export async function auditRowsForExport(filter: AuditFilter): Promise<AuditRow[] | null> {
  const where = auditWhere(filter);
  if ((await db.auditLog.count({ where })) > AUDIT_EXPORT_LIMIT) return null;
  return db.auditLog.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], include: entry });
}
