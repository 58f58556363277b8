// Job "invoice-reminders", each morning: an unpaid invoice gets a first reminder
// PaymentSettings.invoiceFirstReminderDays after its due date and a second, last one
// invoiceSecondReminderDays after the first. Each reminder is claimed with one conditional update of
// the order's reminder count (still PENDING, count unchanged) in the transaction that queues its
// mail and its audit entry, so overlapping or retried runs send each reminder once, and an invoice
// paid or cancelled meanwhile gets none.
import { recordAudit } from "@/lib/audit/record";
import { addBrusselsDays, brusselsParts } from "@/lib/be/brussels-clock";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { deliverQueued } from "@/lib/mail/outbox";
import { invoiceReminderMail } from "./invoice-reminder-mail";
import {
  DEFAULT_REMINDER_DAYS,
  LAST_REMINDER,
  type ReminderDays,
  dateKeyOf,
  reminderDue,
} from "./invoice-rules";
import { queueOrderMail } from "./notifications";

export async function reminderDays(db: Db): Promise<ReminderDays> {
  const settings = await db.paymentSettings.findUnique({ where: { id: 1 } });
  return {
    first: settings?.invoiceFirstReminderDays ?? DEFAULT_REMINDER_DAYS.first,
    second: settings?.invoiceSecondReminderDays ?? DEFAULT_REMINDER_DAYS.second,
  };
}

/** Queues and delivers the reminders due on `now`'s Brussels day; returns how many were sent. */
export async function sendInvoiceReminders(db: Db, now = new Date()): Promise<number> {
  const days = await reminderDays(db);
  // No invoice is due for any reminder before its first one's day.
  const latestDueOn = addBrusselsDays(brusselsParts(now).dateKey, -days.first);
  const candidates = await db.order.findMany({
    where: {
      status: "PENDING",
      invoiceNumber: { not: null },
      ogm: { not: null },
      invoiceReminders: { lt: LAST_REMINDER },
      invoiceDueOn: { lte: new Date(`${latestDueOn}T00:00:00Z`) },
    },
    select: {
      id: true,
      invoiceNumber: true,
      invoiceDueOn: true,
      invoiceAssociationId: true,
      ogm: true,
      invoiceReminders: true,
      invoiceRemindedAt: true,
    },
    orderBy: [{ invoiceDueOn: "asc" }, { id: "asc" }],
  });
  const mailIds: (string | null)[] = [];
  let sent = 0;
  for (const invoice of candidates) {
    const dueOn = dateKeyOf(invoice.invoiceDueOn!);
    const reminder = reminderDue(dueOn, invoice.invoiceReminders, invoice.invoiceRemindedAt, now, days);
    if (!reminder) continue;
    const claimed = await transaction(db, async (tx) => {
      const claim = await tx.order.updateMany({
        where: { id: invoice.id, status: "PENDING", invoiceReminders: invoice.invoiceReminders },
        data: { invoiceReminders: reminder, invoiceRemindedAt: now },
      });
      if (claim.count === 0) return null;
      const seller = await tx.municipality.findUniqueOrThrow({
        where: { id: 1 },
        select: { iban: true, bic: true, name: true },
      });
      const account = { iban: seller.iban, bic: seller.bic, beneficiary: seller.name };
      const details = { number: invoice.invoiceNumber!, dueOn, ogm: invoice.ogm!, reminder };
      const mailId = await queueOrderMail(tx, invoice.id, (o) => invoiceReminderMail(o, details, account));
      await recordAudit(tx, {
        actorId: null,
        associationId: invoice.invoiceAssociationId,
        action: "invoice.reminded",
        subjectType: "Order",
        subjectId: invoice.id,
        details: { invoice: details.number, reminder, dueOn },
      });
      return { mailId };
    });
    if (!claimed) continue;
    sent += 1;
    mailIds.push(claimed.mailId);
  }
  await deliverQueued(db, mailIds);
  return sent;
}
