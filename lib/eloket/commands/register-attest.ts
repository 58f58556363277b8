// The attest from the population register: a request for a product issued from the register, for a
// resident whose national number staff verified, is decided with the register's household as the
// document (the one decision path, recordDecision). Three callers, one path: the resident's own
// submit and the desk's filing for them (at once, only while nobody handled the case: the portal
// decides) and staff of the case's team on its page (from any open status: they decide). The
// register is asked outside any transaction (a slow register holds no lock); the decision then is
// one transaction, so a register that is down, unknown or answers nonsense leaves the case exactly
// as it was. The household rows the resident typed into their profile are never read here.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { staffCaseScope } from "@/lib/cases/access";
import { DECISION_REFUSALS, queueDecisionMail, recordDecision } from "@/lib/cases/commands/decide";
import { lockedCase } from "@/lib/cases/load";
import { caseMessages } from "@/lib/cases/messages";
import { registerApprovalPath } from "@/lib/cases/workflow";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { deliverQueued } from "@/lib/mail/outbox";
import { logError } from "@/lib/log";
import { householdAttestText } from "@/lib/register/attest-text";
import type { PopulationRegister } from "@/lib/register/household";
import { verifiedNationalNumber } from "@/lib/residents/verification";

/** Why an attest from the register was not issued (the resident, the desk or staff read it in Dutch). */
export type NotInstantReason = "not-verified" | "not-found" | "not-configured" | "unreachable" | "malformed";

/** null: the product is not issued from the register, or the case is past the point where it can be. */
export type InstantAttest = { issued: true } | { issued: false; reason: NotInstantReason } | null;

export const REGISTER_DECISION_REASON = "Meteen uitgereikt uit het bevolkingsregister.";
export const STAFF_REGISTER_DECISION_REASON = "Uitgereikt uit het bevolkingsregister.";

type Timing = { caseId: string; now?: () => Date };
/** The resident's own submit; `filedById` when the desk filed it for them a moment ago. */
type ByApplicant = Timing & { userId: string; filedById?: string };
/** Staff of the case's team; `seen` is the status their page showed (a colleague's move wins). */
type ByStaff = Timing & { staffId: string; seen: string };

export async function issueFromRegister(
  db: Db,
  register: PopulationRegister,
  input: ByApplicant | ByStaff,
): Promise<InstantAttest> {
  const staff = "staffId" in input ? input : null;
  const applicant = "userId" in input ? input : null;
  const scope = applicant ? { applicantId: applicant.userId } : staffCaseScope(staff!.staffId);
  const filed = await db.case.findFirst({
    where: { AND: [{ id: input.caseId }, scope] },
    select: { applicantId: true, product: { select: { issuedFromRegister: true } } },
  });
  if (!filed) {
    if (staff) throw new AppError("NOT_FOUND", caseMessages.notFound);
    return null;
  }
  if (!filed.product.issuedFromRegister) return null;
  const nationalNumber = filed.applicantId ? await verifiedNationalNumber(filed.applicantId, db) : null;
  if (!nationalNumber) return { issued: false, reason: "not-verified" };
  const answer = await register.householdOf(nationalNumber);
  if (answer.kind === "not-found") return { issued: false, reason: "not-found" };
  if (answer.kind === "unavailable") return { issued: false, reason: answer.reason };
  const fetchedAt = (input.now ?? (() => new Date()))();
  // The portal decides an instant attest; a staff member who issues it is the decision's actor.
  const decidedBy = staff?.staffId ?? null;
  const reason = staff ? STAFF_REGISTER_DECISION_REASON : REGISTER_DECISION_REASON;

  const mailIds = await transaction(
    db,
    async (tx) => {
      const c = await lockedCase(tx, { id: input.caseId, scope });
      if (staff && c.status !== staff.seen) throw new AppError("CONFLICT", caseMessages.movedMeanwhile);
      const path = registerApprovalPath(c, staff ? "staff" : "applicant");
      if (!path) return null;
      if (path.via) {
        await tx.case.update({ where: { id: c.id }, data: { status: path.via } });
        await tx.caseEvent.create({
          data: {
            caseId: c.id,
            kind: "STATUS",
            actorId: decidedBy,
            fromStatus: c.status,
            toStatus: path.via,
            at: fetchedAt,
          },
        });
      }
      const target = await recordDecision(
        tx,
        { ...c, status: path.via ?? c.status },
        {
          outcome: path.outcome,
          reason,
          actorId: decidedBy,
          now: fetchedAt,
          appendix: householdAttestText(answer.household, fetchedAt, register.source),
        },
      );
      await recordAudit(tx, {
        actorId: staff?.staffId ?? applicant?.filedById ?? c.applicantId,
        onBehalfOfId: c.applicantId,
        action: "case.issued-from-register",
        subjectType: "Case",
        subjectId: c.id,
        details: { members: answer.household.members.length },
      });
      const mailId = await queueDecisionMail(tx, c, target.label, reason);
      return mailId ? [mailId] : [];
    },
    { refusals: DECISION_REFUSALS },
  );
  if (!mailIds) return null;
  await deliverQueued(db, mailIds);
  return { issued: true };
}

/**
 * Right after a filing (online or at the desk): the request is filed either way, so a failure here
 * only means the team issues the attest by hand.
 */
export async function tryInstantAttest(
  db: Db,
  register: PopulationRegister,
  input: ByApplicant,
): Promise<InstantAttest> {
  try {
    return await issueFromRegister(db, register, input);
  } catch (error) {
    logError("register", "attest niet meteen uitgereikt", error);
    return { issued: false, reason: "unreachable" };
  }
}

/** The query parameter that tells the page after a filing what became of the instant attest. */
export function instantAttestParam(instant: InstantAttest): Record<string, string> {
  if (!instant) return {};
  return { register: instant.issued ? "uitgereikt" : instant.reason };
}
