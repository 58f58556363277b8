// What staff do with a case: move it along its workflow, assign it, add an internal note, ask the
// applicant a question (the case then waits). Each is a transaction on the locked case row, scoped
// to the staff member's teams, with a history row, an audit row and, where the applicant should
// know, a mail through the outbox.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { staffCaseScope } from "../access";
import { lockedCase, mailAbout } from "../load";
import { caseQuestionMail, caseStatusMail } from "../mails";
import { caseMessages } from "../messages";
import { canMove, isOpenKind, statusOf, waitingStatus } from "../workflow";

type StaffCommand = { caseId: string; actorId: string; now?: Date };

/** `seen` is the status the staff member's page showed: of two moves at once, one wins. */
export async function moveCase(db: Db, input: StaffCommand & { to: string; seen: string }) {
  const now = input.now ?? new Date();
  const mailIds = await transaction(db, async (tx) => {
    const c = await lockedCase(tx, { id: input.caseId, scope: staffCaseScope(input.actorId) });
    if (c.status !== input.seen) throw new AppError("CONFLICT", caseMessages.movedMeanwhile);
    const w = c.workflow;
    const target = statusOf(w, input.to);
    if (!target || target.kind === "WAITING" || !canMove(w, c.status, input.to))
      throw new FieldError("to", caseMessages.transitionNotAllowed);
    // An outcome needs its reason and its document: commands/decide.ts.
    if (target.kind === "DECIDED") throw new FieldError("to", caseMessages.decideWithForm);
    await tx.case.update({
      where: { id: c.id },
      data: { status: input.to, closedAt: target.kind === "CLOSED" ? now : null },
    });
    await tx.caseEvent.create({
      data: {
        caseId: c.id,
        kind: "STATUS",
        actorId: input.actorId,
        fromStatus: c.status,
        toStatus: input.to,
        at: now,
      },
    });
    await recordAudit(tx, {
      actorId: input.actorId,
      onBehalfOfId: null,
      action: "case.status-changed",
      subjectType: "Case",
      subjectId: c.id,
      details: { from: c.status, to: input.to },
    });
    const about = mailAbout(c);
    return about ? [await queueMail(tx, caseStatusMail({ ...about, status: target.label }))] : [];
  });
  await deliverQueued(db, mailIds);
}

/** Assign to a member of the case's team, or to nobody (`assigneeId` null). */
export async function assignCase(db: Db, input: StaffCommand & { assigneeId: string | null }) {
  await transaction(db, async (tx) => {
    const c = await lockedCase(tx, { id: input.caseId, scope: staffCaseScope(input.actorId) });
    if (input.assigneeId) {
      const member = await tx.teamMember.findUnique({
        where: { teamId_userId: { teamId: c.teamId, userId: input.assigneeId } },
      });
      if (!member) throw new FieldError("assignee", caseMessages.notATeamMember);
    }
    await tx.case.update({ where: { id: c.id }, data: { assigneeId: input.assigneeId } });
    await tx.caseEvent.create({
      data: {
        caseId: c.id,
        kind: "ASSIGNED",
        actorId: input.actorId,
        text: input.assigneeId,
        internal: true,
        at: input.now,
      },
    });
    await recordAudit(tx, {
      actorId: input.actorId,
      onBehalfOfId: null,
      action: "case.assigned",
      subjectType: "Case",
      subjectId: c.id,
      details: { assigneeId: input.assigneeId },
    });
  });
}

export async function addNote(db: Db, input: StaffCommand & { text: string }) {
  await transaction(db, async (tx) => {
    const c = await lockedCase(tx, { id: input.caseId, scope: staffCaseScope(input.actorId) });
    await tx.caseEvent.create({
      data: {
        caseId: c.id,
        kind: "NOTE",
        actorId: input.actorId,
        text: input.text,
        internal: true,
        at: input.now,
      },
    });
    await recordAudit(tx, {
      actorId: input.actorId,
      onBehalfOfId: null,
      action: "case.note-added",
      subjectType: "Case",
      subjectId: c.id,
    });
  });
}

/** Ask the applicant; the case moves to its workflow's waiting status until they answer. */
export async function askQuestion(db: Db, input: StaffCommand & { question: string }) {
  const now = input.now ?? new Date();
  const mailIds = await transaction(db, async (tx) => {
    const c = await lockedCase(tx, { id: input.caseId, scope: staffCaseScope(input.actorId) });
    const waiting = waitingStatus(c.workflow, c.status);
    if (!waiting)
      throw new AppError(
        "CONFLICT",
        isOpenKind(statusOf(c.workflow, c.status)?.kind) ? caseMessages.questionOpen : caseMessages.closed,
      );
    await tx.caseQuestion.create({
      data: {
        caseId: c.id,
        question: input.question,
        askedById: input.actorId,
        askedAt: now,
        resumeStatus: c.status,
      },
    });
    await tx.case.update({ where: { id: c.id }, data: { status: waiting } });
    await tx.caseEvent.createMany({
      data: [
        { caseId: c.id, kind: "QUESTION", actorId: input.actorId, text: input.question, at: now },
        {
          caseId: c.id,
          kind: "STATUS",
          actorId: input.actorId,
          fromStatus: c.status,
          toStatus: waiting,
          at: now,
        },
      ],
    });
    await recordAudit(tx, {
      actorId: input.actorId,
      onBehalfOfId: null,
      action: "case.question-asked",
      subjectType: "Case",
      subjectId: c.id,
    });
    const about = mailAbout(c);
    return about ? [await queueMail(tx, caseQuestionMail({ ...about, question: input.question }))] : [];
  });
  await deliverQueued(db, mailIds);
}
