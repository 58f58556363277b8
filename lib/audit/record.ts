// Appends to the audit log. Staff acting for a resident is the same command with a different
// actor: `onBehalfOfId` names the resident, `actorId` the person who clicked.
import { randomBytes } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
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

/**
 * The same entry as a CTE for a command that writes everything in one statement (the opening's
 * registration, lib/activities/commands/register-sql.ts): the entry is kept exactly when the
 * statement's other writes are.
 */
export function auditCte(name: string, entry: AuditEntry, at: Date): Prisma.Sql {
  const id = `aud_${randomBytes(12).toString("hex")}`;
  return Prisma.sql`${Prisma.raw(name)} AS (
    INSERT INTO "AuditLog" (id, at, "actorId", "onBehalfOfId", "associationId", action, "subjectType", "subjectId", details)
    VALUES (${id}, ${at}, ${entry.actorId}, ${entry.onBehalfOfId ?? entry.actorId}, ${entry.associationId ?? null},
      ${entry.action}, ${entry.subjectType ?? null}, ${entry.subjectId ?? null},
      ${entry.details === undefined ? null : JSON.stringify(entry.details)}::jsonb)
    RETURNING id
  )`;
}
