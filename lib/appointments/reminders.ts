// The reminder the day before (job "appointment-reminders"). Each appointment is claimed with one
// conditional update on reminderSentAt in the same transaction that queues its mail, so runs that
// overlap (two instances, a retry) send every reminder exactly once.
import { addBrusselsDays, brusselsInstant, brusselsParts } from "@/lib/be/time";
import type { Db } from "@/lib/db/client";
import { deliverMail, queueMail } from "@/lib/mail/outbox";
import { appointmentReminderMail } from "./mails";

const include = {
  service: { select: { name: true, whatToBring: true } },
  desk: { select: { name: true } },
  site: { select: { name: true, street: true, postcode: true, city: true } },
} as const;

/** Queues (and tries to deliver) reminders for tomorrow's appointments in Brussels; returns how many. */
export async function sendAppointmentReminders(db: Db, now = new Date()): Promise<number> {
  const tomorrow = addBrusselsDays(brusselsParts(now).dateKey, 1);
  const due = await db.appointment.findMany({
    where: {
      status: "BOOKED",
      reminderSentAt: null,
      startsAt: { gte: brusselsInstant(tomorrow, 0), lt: brusselsInstant(addBrusselsDays(tomorrow, 1), 0) },
    },
    select: { id: true },
  });
  const mailIds: string[] = [];
  for (const { id } of due) {
    const mailId = await db.$transaction(async (tx) => {
      const claimed = await tx.appointment.updateMany({
        where: { id, status: "BOOKED", reminderSentAt: null },
        data: { reminderSentAt: now },
      });
      if (claimed.count === 0) return null;
      const appointment = await tx.appointment.findUniqueOrThrow({ where: { id }, include });
      return queueMail(tx, appointmentReminderMail(appointment));
    });
    if (mailId) mailIds.push(mailId);
  }
  for (const id of mailIds) await deliverMail(db, id);
  return mailIds.length;
}
