// Merging a duplicate into the report that stays: the duplicate becomes MERGED and points at it,
// its reporter and followers follow that report from now on, and each of them is told.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { lockRows, transaction } from "@/lib/db/tx";
import { AppError, FieldError } from "@/lib/errors";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { audience, linkFor } from "../links";
import { mergedMail } from "../mails";
import { reportMessages } from "../messages";
import { canMove } from "../status";
import { parseTrackingNumber } from "../tracking-number";

/** Followers move over; an address already following the target keeps that one row and gets the links. */
async function moveFollowers(tx: Tx, sourceId: string, targetId: string) {
  const followers = await tx.reportFollower.findMany({ where: { reportId: sourceId } });
  const staying = new Map(
    (await tx.reportFollower.findMany({ where: { reportId: targetId } })).map((f) => [f.email, f.id]),
  );
  for (const f of followers) {
    const survivor = staying.get(f.email);
    if (survivor) {
      await tx.reportLink.updateMany({ where: { followerId: f.id }, data: { followerId: survivor } });
      await tx.reportFollower.delete({ where: { id: f.id } });
    } else {
      await tx.reportFollower.update({ where: { id: f.id }, data: { reportId: targetId } });
      staying.set(f.email, f.id);
    }
  }
  return staying;
}

export async function mergeReport(sourceId: string, targetNumber: string, actorId: string) {
  const number = parseTrackingNumber(targetNumber);
  if (!number) throw new FieldError("target", reportMessages.enterNumber);
  const result = await transaction(
    db,
    async (tx) => {
      const found = await tx.report.findUnique({ where: { number }, select: { id: true } });
      if (!found) throw new FieldError("target", reportMessages.numberNotFound(number));
      if (found.id === sourceId) throw new FieldError("target", reportMessages.mergeWithItself);
      // Both rows, in id order: two merges of the same pair cannot deadlock or cross.
      const locked = await lockRows(tx, "Report", [sourceId, found.id]);
      if (!locked.includes(sourceId)) throw new AppError("NOT_FOUND", reportMessages.reportNotFound);
      const source = await tx.report.findUniqueOrThrow({ where: { id: sourceId } });
      const target = await tx.report.findUniqueOrThrow({ where: { id: found.id } });
      if (source.status === "MERGED")
        throw new AppError("CONFLICT", reportMessages.mergedMeanwhile(source.number));
      if (!canMove(source.status, "MERGED")) throw new AppError("CONFLICT", reportMessages.mergeOnlyOpen);
      if (target.status === "MERGED" || target.mergedIntoId)
        throw new FieldError("target", reportMessages.targetAlreadyMerged(number));
      const informed = new Set((await audience(tx, source.id)).map((r) => r.email.toLowerCase()));

      await tx.report.update({
        where: { id: source.id },
        data: { status: "MERGED", mergedIntoId: target.id, closedAt: new Date() },
      });
      await tx.reportStatusChange.create({
        data: { reportId: source.id, fromStatus: source.status, toStatus: "MERGED", actorId },
      });
      const following = await moveFollowers(tx, source.id, target.id);
      // The duplicate's reporter follows the target too; their own links keep working through the
      // duplicate (the status page follows mergedInto).
      const reporterEmail = (source.reporterEmail ?? "").toLowerCase();
      if (
        reporterEmail &&
        !following.has(reporterEmail) &&
        reporterEmail !== (target.reporterEmail ?? "").toLowerCase()
      ) {
        await tx.reportFollower.create({
          data: { reportId: target.id, email: reporterEmail, userId: source.reporterId },
        });
      }
      await tx.reportNote.create({
        data: {
          reportId: target.id,
          authorId: actorId,
          body: `Melding ${source.number} werd hierin samengevoegd.`,
        },
      });
      await recordAudit(tx, {
        actorId,
        action: "report.merged",
        subjectType: "Report",
        subjectId: source.id,
        details: { into: target.id },
      });
      const mailIds: string[] = [];
      for (const r of await audience(tx, target.id)) {
        if (!informed.has(r.email.toLowerCase())) continue;
        const link = await linkFor(tx, target.id, r);
        mailIds.push(
          await queueMail(
            tx,
            mergedMail({ to: r.email, name: r.name, source: source.number, target: target.number, link }),
          ),
        );
      }
      return { mailIds, targetId: target.id };
    },
    { busy: () => new AppError("CONFLICT", reportMessages.busy) },
  );
  await deliverQueued(db, result.mailIds);
  return { targetId: result.targetId };
}
