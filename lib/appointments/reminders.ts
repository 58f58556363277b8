// The reminder the day before (job "appointment-reminders"). Each appointment is claimed with one
// conditional update on reminderSentAt in the same transaction that queues its mail, so runs that
// overlap (two instances, a retry) send every reminder exactly once. The reminder carries a fresh
// personal link (only a hash of the old one is stored); the old link then says a newer one was sent.
import { addBrusselsDays, brusselsInstant, brusselsParts } from "@/lib/be/time";
import type { Db } from "@/lib/db/client";
import { unlessTakenElsewhere } from "@/lib/db/tx";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { appointmentLinks } from "./links";
import { appointmentMailInclude, appointmentReminderMail } from "./mails";
import { newManageToken } from "./token";

/** Queues (and tries to deliver) reminders for tomorrow's appointments in Brussels; returns how many. */
export async function sendAppointmentReminders(db: Db, now = new Date()): Promise<number> {
  const tomorrow = addBrusselsDays(brusselsParts(now).dateKey, 1);
  const due = await db.appointment.findMany({
    where: {
      status: "BOOKED",
      reminderSentAt: null,
      email: { not: "" },
      startsAt: { gte: brusselsInstant(tomorrow, 0), lt: brusselsInstant(addBrusselsDays(tomorrow, 1), 0) },
    },
    select: { id: true, manageTokenHash: true },
  });
  const mailIds: string[] = [];
  for (const { id, manageTokenHash } of due) {
    const { token, hash } = newManageToken();
    // Another run holding this appointment is sending that reminder: this run skips it.
    const mailId = await unlessTakenElsewhere(db, async (tx) => {
      const claimed = await tx.appointment.updateMany({
        where: { id, status: "BOOKED", reminderSentAt: null, manageTokenHash },
        data: { reminderSentAt: now, manageTokenHash: hash },
      });
      if (claimed.count === 0) return null;
      await tx.appointmentRetiredLink.create({ data: { tokenHash: manageTokenHash, appointmentId: id } });
      const appointment = await tx.appointment.findUniqueOrThrow({
        where: { id },
        include: appointmentMailInclude,
      });
      return queueMail(
        tx,
        appointmentReminderMail(appointment, appointmentLinks(appointment.service, token)),
      );
    });
    if (mailId) mailIds.push(mailId);
  }
  await deliverQueued(db, mailIds);
  return mailIds.length;
}
