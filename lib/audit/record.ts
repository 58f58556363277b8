// Appends to the audit log. Staff acting for a resident is the same command with a different
// actor: `onBehalfOfId` names the resident, `actorId` the person who clicked.
import type { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db/client";
import type { AuditAction } from "./labels";

export type AuditEntry = {
  actorId: string | null;
  onBehalfOfId?: string | null;
  associationId?: string | null;
  /** A code with a Dutch label in ./labels.ts. */
  action: AuditAction;
  subjectType?: string;
  subjectId?: string;
  details?: Prisma.InputJsonValue;
};

export async function recordAudit(db: Db | Tx, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({ data: { ...entry, onBehalfOfId: entry.onBehalfOfId ?? entry.actorId } });
}
