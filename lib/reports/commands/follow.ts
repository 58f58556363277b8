// Following an open report instead of filing the same one again: the follower hears what the
// reporter hears, with a status-page link of their own.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { newStatusLink, statusPageUrl } from "../links";
import { followingMail } from "../mails";
import { reportMessages } from "../messages";
import { OPEN_STATUSES } from "../status";

/** Adds (or refreshes) a follower; the mail carries a new link for them. */
export async function followReport(
  reportId: string,
  email: string,
  userId: string | null,
): Promise<{ number: string }> {
  const { number, mailId } = await transaction(db, async (tx) => {
    const report = await tx.report.findFirst({
      where: { id: reportId, status: { in: [...OPEN_STATUSES] }, mergedIntoId: null },
      include: { category: { select: { name: true } } },
    });
    if (!report) throw new AppError("NOT_FOUND", reportMessages.cannotFollow);
    const follower = await tx.reportFollower.upsert({
      where: { reportId_email: { reportId, email } },
      update: { userId: userId ?? undefined },
      create: { reportId, email, userId },
      select: { id: true, user: { select: { name: true } } },
    });
    const token = await newStatusLink(tx, reportId, follower.id);
    const mailId = await queueMail(
      tx,
      followingMail({
        to: email,
        name: follower.user?.name ?? null,
        number: report.number,
        category: report.category.name,
        link: statusPageUrl(token),
      }),
    );
    await recordAudit(tx, {
      actorId: userId,
      action: "report.followed",
      subjectType: "Report",
      subjectId: reportId,
    });
    return { number: report.number, mailId };
  });
  await deliverQueued(db, [mailId]);
  return { number };
}
