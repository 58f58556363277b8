// Staff handling a report: a status move (a conditional update on the status the staff member
// saw, so of two moving it at once one wins and the other is told), another department, an
// internal note, a message to the resident. Reporter and followers are mailed after commit.
import "server-only";
import type { ReportStatus } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import type { TemplateMail } from "@/lib/mail/compose";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { audience, linkFor, type Recipient } from "../links";
import { messageMail, statusChangedMail } from "../mails";
import { reportMessages } from "../messages";
import { canMove, OPEN_STATUSES } from "../status";

const notFound = () => new AppError("NOT_FOUND", reportMessages.reportNotFound);
const options = {
  busy: () => new AppError("CONFLICT", reportMessages.busy),
  refusals: { ReportNote_reportId_fkey: notFound },
};

/** Queues one mail per person who hears about the report, each with their own link. */
async function mailEveryone(
  tx: Tx,
  reportId: string,
  mail: (recipient: Recipient, link: string) => TemplateMail,
): Promise<string[]> {
  const ids: string[] = [];
  for (const recipient of await audience(tx, reportId))
    ids.push(await queueMail(tx, mail(recipient, await linkFor(tx, reportId, recipient))));
  return ids;
}

export async function changeStatus(
  reportId: string,
  to: ReportStatus,
  actorId: string,
  { message, seen }: { message?: string; seen?: ReportStatus } = {},
): Promise<void> {
  const mailIds = await transaction(
    db,
    async (tx) => {
      const report = await tx.report.findUnique({ where: { id: reportId } });
      if (!report) throw notFound();
      if (seen && report.status !== seen)
        throw new AppError("CONFLICT", reportMessages.statusChangedMeanwhile);
      if (to === "MERGED" || !canMove(report.status, to))
        throw new AppError("CONFLICT", reportMessages.moveNotAllowed);
      // Conditional on the status we read: a move that committed meanwhile makes this one match nothing.
      const moved = await tx.report.updateMany({
        where: { id: reportId, status: report.status },
        data: { status: to, closedAt: OPEN_STATUSES.includes(to) ? null : new Date() },
      });
      if (moved.count === 0) throw new AppError("CONFLICT", reportMessages.statusChangedMeanwhile);
      await tx.reportStatusChange.create({
        data: { reportId, fromStatus: report.status, toStatus: to, actorId },
      });
      if (message) await tx.reportMessage.create({ data: { reportId, authorId: actorId, body: message } });
      await recordAudit(tx, {
        actorId,
        action: "report.status",
        subjectType: "Report",
        subjectId: reportId,
        details: { from: report.status, to },
      });
      return mailEveryone(tx, reportId, (r, link) =>
        statusChangedMail({ to: r.email, name: r.name, number: report.number, status: to, message, link }),
      );
    },
    options,
  );
  await deliverQueued(db, mailIds);
}

export async function reassignDepartment(reportId: string, departmentId: string, actorId: string) {
  await transaction(
    db,
    async (tx) => {
      const department = await tx.department.findUnique({ where: { id: departmentId } });
      if (!department) throw new AppError("NOT_FOUND", reportMessages.departmentNotFound);
      const { count } = await tx.report.updateMany({ where: { id: reportId }, data: { departmentId } });
      if (count === 0) throw notFound();
      await tx.reportNote.create({
        data: { reportId, authorId: actorId, body: `Toegewezen aan ${department.name}.` },
      });
      await recordAudit(tx, {
        actorId,
        action: "report.reassigned",
        subjectType: "Report",
        subjectId: reportId,
        details: { departmentId },
      });
    },
    options,
  );
}

export async function addNote(reportId: string, body: string, actorId: string) {
  await transaction(
    db,
    (tx) => tx.reportNote.create({ data: { reportId, authorId: actorId, body } }),
    options,
  );
}

export async function sendMessage(reportId: string, body: string, actorId: string) {
  const mailIds = await transaction(
    db,
    async (tx) => {
      const report = await tx.report.findUnique({ where: { id: reportId }, select: { number: true } });
      if (!report) throw notFound();
      await tx.reportMessage.create({ data: { reportId, authorId: actorId, body } });
      await recordAudit(tx, {
        actorId,
        action: "report.message",
        subjectType: "Report",
        subjectId: reportId,
      });
      return mailEveryone(tx, reportId, (r, link) =>
        messageMail({ to: r.email, name: r.name, number: report.number, message: body, link }),
      );
    },
    options,
  );
  await deliverQueued(db, mailIds);
}
