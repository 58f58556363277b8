// Job "advice-reminders", each morning: advice due tomorrow reminds the body's advisors; advice
// still unanswered the day after its due date tells them again and the dossier's handler (or, with
// nobody assigned, the staff member who asked). Each advice is claimed with one conditional update
// in the transaction that queues its mails, so overlapping runs send each mail once.
import "server-only";
import { appUrl } from "@/lib/app-url";
import { addBrusselsDays, brusselsParts, formatDate } from "@/lib/be/time";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { adviceMail, adviceOverdueStaffMail } from "../mails";

const day = (key: string) => new Date(`${key}T00:00:00Z`);

const include = {
  body: { include: { team: { include: { members: { include: { user: true } } } } } },
  case: { select: { id: true, number: true, assignee: true, closedAt: true } },
} as const;

/** Queues and delivers the reminders of `now`'s Brussels day; returns how many advices were reminded. */
export async function sendAdviceReminders(db: Db, now = new Date()): Promise<number> {
  const today = brusselsParts(now).dateKey;
  const kinds = [
    { late: false, dueOn: day(addBrusselsDays(today, 1)), claim: "reminderSentAt" },
    // Up to a week late, so a day the job did not run is caught up, and no older ones are revived.
    {
      late: true,
      dueOn: { gte: day(addBrusselsDays(today, -7)), lt: day(today) },
      claim: "lateNoticeSentAt",
    },
  ] as const;
  const mailIds: string[] = [];
  let reminded = 0;
  for (const kind of kinds) {
    const due = await db.caseAdvice.findMany({
      where: { answeredAt: null, dueOn: kind.dueOn, [kind.claim]: null, case: { closedAt: null } },
      select: { id: true },
    });
    for (const { id } of due) {
      const ids = await transaction(db, async (tx) => {
        const claimed = await tx.caseAdvice.updateMany({
          where: { id, answeredAt: null, [kind.claim]: null },
          data: { [kind.claim]: now },
        });
        if (claimed.count === 0) return [];
        const advice = await tx.caseAdvice.findUniqueOrThrow({ where: { id }, include });
        const dueDate = formatDate(new Date(advice.dueOn.getTime() + 12 * 3_600_000));
        const queued: string[] = [];
        for (const { user } of advice.body.team.members)
          if (user.email)
            queued.push(
              await queueMail(
                tx,
                adviceMail(kind.late ? "late" : "dueTomorrow", {
                  to: user.email,
                  name: user.name,
                  body: advice.body.name,
                  number: advice.case.number,
                  dueDate,
                  link: appUrl(`/mijn/advies/${advice.id}`),
                }),
              ),
            );
        const handler =
          advice.case.assignee ??
          (advice.askedById ? await tx.user.findUnique({ where: { id: advice.askedById } }) : null);
        if (kind.late && handler?.email)
          queued.push(
            await queueMail(
              tx,
              adviceOverdueStaffMail({
                to: handler.email,
                name: handler.name,
                body: advice.body.name,
                number: advice.case.number,
                dueDate,
                link: appUrl(`/beheer/aanvragen/${advice.case.id}`),
              }),
            ),
          );
        return queued;
      });
      if (ids.length) reminded += 1;
      mailIds.push(...ids);
    }
  }
  await deliverQueued(db, mailIds);
  return reminded;
}
