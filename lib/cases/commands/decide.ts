// Deciding a case: an outcome (one of the workflow's decided statuses, approving or refusing) with
// its reason, recorded once (CaseDecision's key is the case). Approving issues the product's
// document; refusing issues a refusal letter with the reason and how to object. The e-loket's
// inbox decides through `decideCase`; the event notification records through `recordDecision`
// and sends its own mail with the permit.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { staffCaseScope } from "../access";
import { issueDocument, issueRefusalLetter } from "../document";
import { lockedCase, mailAbout } from "../load";
import { caseStatusMail } from "../mails";
import { caseMessages } from "../messages";
import { canMove, statusOf } from "../workflow";

export type DecisionInput = {
  outcome: string;
  reason: string;
  /** Null: the portal itself decided (an attest issued from the population register). */
  actorId: string | null;
  now: Date;
  /** Text the document carries after the product's template (the register's household). */
  appendix?: string;
};

type LockedCase = Awaited<ReturnType<typeof lockedCase>>;

/** Records the decision on a case locked by the caller; returns the decided status. */
export async function recordDecision(tx: Tx, c: LockedCase, input: DecisionInput) {
  const target = statusOf(c.workflow, input.outcome);
  if (!target || target.kind !== "DECIDED" || !canMove(c.workflow, c.status, input.outcome))
    throw new FieldError("outcome", caseMessages.transitionNotAllowed);
  const reason = input.reason.trim();
  if (target.refuses && !reason) throw new FieldError("reason", caseMessages.refusalNeedsReason);
  await tx.caseDecision.create({
    data: {
      caseId: c.id,
      outcome: input.outcome,
      conditions: reason,
      decidedById: input.actorId,
      decidedAt: input.now,
    },
  });
  // A decided status with no way on ends the case; otherwise it is closed by a later move.
  const final = !c.workflow.transitions.some((t) => t.fromCode === input.outcome);
  await tx.case.update({
    where: { id: c.id },
    data: { status: input.outcome, closedAt: final ? input.now : null },
  });
  if (target.refuses) await issueRefusalLetter(tx, c.id, reason, input.now);
  else if (!c.documentIssuedAt) await issueDocument(tx, c.id, input.now, input.appendix);
  await tx.caseEvent.create({
    data: {
      caseId: c.id,
      kind: "STATUS",
      actorId: input.actorId,
      fromStatus: c.status,
      toStatus: input.outcome,
      text: reason || null,
      at: input.now,
    },
  });
  await recordAudit(tx, {
    actorId: input.actorId,
    action: "case.decided",
    subjectType: "Case",
    subjectId: c.id,
    details: { outcome: input.outcome },
  });
  return target;
}

/** The applicant's mail about a decision just recorded; null when they have no e-mail address. */
export async function queueDecisionMail(tx: Tx, c: LockedCase, status: string, reason: string) {
  const about = mailAbout(c);
  return about ? queueMail(tx, caseStatusMail({ ...about, status, reason: reason.trim() || null })) : null;
}

/** Refusals of the database that mean "decided already" (two colleagues at once). */
export const DECISION_REFUSALS = {
  CaseDecision_pkey: () => new AppError("CONFLICT", caseMessages.alreadyDecided),
};

/** `seen` is the status the staff member's page showed: of two decisions at once, one wins. */
export async function decideCase(
  db: Db,
  input: { caseId: string; actorId: string; seen: string; outcome: string; reason: string; now?: Date },
) {
  const now = input.now ?? new Date();
  const mailIds = await transaction(
    db,
    async (tx) => {
      const c = await lockedCase(tx, { id: input.caseId, scope: staffCaseScope(input.actorId) });
      if (c.status !== input.seen) throw new AppError("CONFLICT", caseMessages.movedMeanwhile);
      const target = await recordDecision(tx, c, { ...input, now });
      const mailId = await queueDecisionMail(tx, c, target.label, input.reason);
      return mailId ? [mailId] : [];
    },
    { refusals: DECISION_REFUSALS },
  );
  await deliverQueued(db, mailIds);
}
