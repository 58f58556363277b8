// The instant attest: a request for a product issued from the population register, filed by a
// resident whose national number staff verified, is decided at once with the register's household
// as the document (the one decision path, recordDecision). The register is asked outside any
// transaction (a slow register holds no lock); the decision then is one transaction, so a register
// that is down, unknown or answers nonsense leaves the case exactly as filed, for burgerzaken.
// The household rows the resident typed into their profile are never read here.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { DECISION_REFUSALS, queueDecisionMail, recordDecision } from "@/lib/cases/commands/decide";
import { lockedCase } from "@/lib/cases/load";
import { approvalPath, initialStatus } from "@/lib/cases/workflow";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { deliverQueued } from "@/lib/mail/outbox";
import { householdAttestText } from "@/lib/register/attest-text";
import type { PopulationRegister } from "@/lib/register/household";
import { verifiedNationalNumber } from "@/lib/residents/verification";

/** Why an attest from the register was not issued at once (the resident reads it in Dutch). */
export type NotInstantReason = "not-verified" | "not-found" | "not-configured" | "unreachable" | "malformed";

/** null: the product is not issued from the register, or staff already took the case. */
export type InstantAttest = { issued: true } | { issued: false; reason: NotInstantReason } | null;

export const REGISTER_DECISION_REASON = "Meteen uitgereikt uit het bevolkingsregister.";

export async function issueFromRegister(
  db: Db,
  register: PopulationRegister,
  input: { caseId: string; userId: string; now?: () => Date },
): Promise<InstantAttest> {
  const scope = { applicantId: input.userId };
  const filed = await db.case.findFirst({
    where: { id: input.caseId, ...scope },
    select: { product: { select: { issuedFromRegister: true } } },
  });
  if (!filed?.product.issuedFromRegister) return null;
  const nationalNumber = await verifiedNationalNumber(input.userId, db);
  if (!nationalNumber) return { issued: false, reason: "not-verified" };
  const answer = await register.householdOf(nationalNumber);
  if (answer.kind === "not-found") return { issued: false, reason: "not-found" };
  if (answer.kind === "unavailable") return { issued: false, reason: answer.reason };
  const fetchedAt = (input.now ?? (() => new Date()))();

  const mailIds = await transaction(
    db,
    async (tx) => {
      const c = await lockedCase(tx, { id: input.caseId, scope });
      const path = c.status === initialStatus(c.workflow) ? approvalPath(c.workflow, c.status) : null;
      if (!path) return null;
      if (path.via) {
        await tx.case.update({ where: { id: c.id }, data: { status: path.via } });
        await tx.caseEvent.create({
          data: { caseId: c.id, kind: "STATUS", fromStatus: c.status, toStatus: path.via, at: fetchedAt },
        });
      }
      const target = await recordDecision(
        tx,
        { ...c, status: path.via ?? c.status },
        {
          outcome: path.outcome,
          reason: REGISTER_DECISION_REASON,
          actorId: null,
          now: fetchedAt,
          appendix: householdAttestText(answer.household, fetchedAt, register.source),
        },
      );
      await recordAudit(tx, {
        actorId: input.userId,
        action: "case.issued-from-register",
        subjectType: "Case",
        subjectId: c.id,
        details: { members: answer.household.members.length },
      });
      const mailId = await queueDecisionMail(tx, c, target.label, REGISTER_DECISION_REASON);
      return mailId ? [mailId] : [];
    },
    { refusals: DECISION_REFUSALS },
  );
  if (!mailIds) return null;
  await deliverQueued(db, mailIds);
  return { issued: true };
}
