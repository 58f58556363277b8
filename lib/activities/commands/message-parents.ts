// A message to the parents of one session, sent by staff (activities:manage) or by one of the
// activity's organisers: one mail per parent with a child placed (HELD, CONFIRMED), also those
// waiting when asked, each parent once however many children they have in it. Stored
// (ActivityMessage), audited and limited per sender, all in one transaction; the mails go after
// the commit through the outbox.
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { hit } from "@/lib/rate-limit";
import { parentsMessageMail } from "../mails";
import { activityMessages as m } from "../messages";
import type { ParentsMessageInput } from "../organiser-schema";

/** At most this many messages per sender per hour, whatever session: a form cannot flood inboxes. */
export const MESSAGE_LIMIT = { max: 5, windowSeconds: 3600 };

const PLACED = ["HELD", "CONFIRMED"] as const;
const WAITING = ["WAITING", "OFFERED"] as const;

export type MessageSender = {
  userId: string;
  /** An organiser writes as organiser: the link to the session's activity is checked. */
  asOrganiser: boolean;
};

export async function messageParents(db: Db, input: ParentsMessageInput, sender: MessageSender) {
  const { sent, mails } = await transaction(db, async (tx) => {
    const session = await tx.activitySession.findUnique({
      where: { id: input.sessionId },
      include: { activity: { select: { id: true, title: true } } },
    });
    const organiser =
      session && sender.asOrganiser
        ? await tx.activityOrganiser.findUnique({
            where: { activityId_userId: { activityId: session.activityId, userId: sender.userId } },
          })
        : null;
    if (!session || (sender.asOrganiser && !organiser)) throw new AppError("NOT_FOUND", m.sessionNotFound);
    const statuses = input.includeWaiting ? [...PLACED, ...WAITING] : [...PLACED];
    const registrations = await tx.activityRegistration.findMany({
      where: { sessionId: session.id, status: { in: statuses }, user: { email: { not: null } } },
      select: { user: { select: { id: true, name: true, email: true } } },
    });
    const parents = new Map(registrations.flatMap((r) => (r.user ? [[r.user.id, r.user] as const] : [])));
    if (parents.size === 0) throw new AppError("INVALID_INPUT", m.messageNoParents);
    if (!(await hit(tx, `activity-message:${sender.userId}`, MESSAGE_LIMIT)))
      throw new AppError("RATE_LIMITED", m.messageTooMany);
    const message = await tx.activityMessage.create({
      data: {
        sessionId: session.id,
        senderId: sender.userId,
        subject: input.subject,
        body: input.body,
        recipientCount: parents.size,
      },
    });
    const ids: string[] = [];
    for (const parent of parents.values())
      ids.push(
        await queueMail(
          tx,
          parentsMessageMail({
            parentName: parent.name,
            email: parent.email!,
            activity: session.activity.title,
            session: session.label,
            subject: input.subject,
            body: input.body,
            sender: sender.asOrganiser ? `De begeleiding van ${session.activity.title}` : "Dienst vrije tijd",
          }),
        ),
      );
    await recordAudit(tx, {
      actorId: sender.userId,
      action: "activity.parents-messaged",
      subjectType: "ActivitySession",
      subjectId: session.id,
      details: { messageId: message.id, recipients: parents.size, asOrganiser: sender.asOrganiser },
    });
    return { sent: parents.size, mails: ids };
  });
  await deliverQueued(db, mails);
  return { sent };
}
