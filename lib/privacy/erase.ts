// The right to erasure, carried out by staff after checking the request: every rule of
// ./erasure-rules for one person in one transaction, or nothing when something still runs for
// them. The account stays as an empty tombstone that cannot sign in (no address, no sessions, no
// linked logins), so kept invoices still point somewhere. The audit entry says who erased which
// account id and how many rows each rule touched; it holds no name or address.
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { erasureBlockers } from "./erasure-blockers";
import { ERASURE_RULES } from "./erasure-rules";
import { erasureScope } from "./erase-scope";
import { ERASE_STEPS } from "./erase-steps";
import { privacyMessages } from "./messages";

export type ErasureCounts = Record<string, number>;

export async function eraseResident(
  db: Db,
  who: { actorId: string; residentId: string },
  now = new Date(),
): Promise<ErasureCounts> {
  return transaction(
    db,
    async (tx) => {
      // The row lock makes a second erasure (a double click, two staff) wait and then find it done.
      const [user] = await tx.$queryRaw<{ id: string; email: string | null; erasedAt: Date | null }[]>`
        SELECT id, email, "erasedAt" FROM "User" WHERE id = ${who.residentId} FOR UPDATE`;
      if (!user || user.erasedAt) throw new AppError("NOT_FOUND", privacyMessages.residentNotFound);
      if (await tx.staffRoleAssignment.count({ where: { userId: user.id } }))
        throw new AppError("CONFLICT", privacyMessages.staffAccount);
      const blockers = await erasureBlockers(tx, { userId: user.id, email: user.email, now });
      if (blockers.length) throw new AppError("CONFLICT", privacyMessages.blocked(blockers));

      const scope = await erasureScope(tx, user, now);
      const counts: ErasureCounts = {};
      for (const rule of ERASURE_RULES)
        if (rule.action !== "keep") counts[rule.id] = await ERASE_STEPS[rule.id](tx, scope);
      await recordAudit(tx, {
        actorId: who.actorId,
        onBehalfOfId: user.id,
        action: "privacy.erased",
        subjectType: "User",
        subjectId: user.id,
        details: counts,
      });
      return counts;
    },
    { timeoutMs: 60_000, statementTimeoutMs: 30_000 },
  );
}
