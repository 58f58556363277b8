// Staff of the dossier's team try the UiTdatabank publication again after it failed (after the last
// automatic try, or sooner): the row goes back to PENDING with fresh tries, audited, and one try is
// made right away. Only a row that failed and is not being sent at this moment can be retried.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { staffCaseScope } from "@/lib/cases/access";
import { lockedCase } from "@/lib/cases/load";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { type UitdatabankConfig, uitdatabankConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { eventMessages as m } from "../messages";
import { publishEvent } from "../uitdatabank/outbox";

export async function retryPublication(
  db: Db,
  input: { caseId: string; actorId: string; config?: UitdatabankConfig | null; now?: Date },
) {
  const config = input.config === undefined ? uitdatabankConfig() : input.config;
  if (!config) throw new AppError("NOT_FOUND", m.publicationOff);
  const now = input.now ?? new Date();
  await transaction(db, async (tx) => {
    const c = await lockedCase(tx, { id: input.caseId, scope: staffCaseScope(input.actorId) });
    const reset = await tx.eventPublication.updateMany({
      where: {
        caseId: c.id,
        status: { not: "PUBLISHED" },
        lastError: { not: null },
        OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
      },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: now },
    });
    if (reset.count === 0) throw new AppError("CONFLICT", m.publicationNotRetryable);
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "events.publication-retried",
      subjectType: "Case",
      subjectId: c.id,
    });
  });
  return publishEvent(db, input.caseId, config, now);
}
