// Job "invoice-reminders", each morning: an unpaid invoice gets a first reminder
// PaymentSettings.invoiceFirstReminderDays after its due date and a second, last one
// invoiceSecondReminderDays after the first. Each reminder is claimed with one conditional update of
// the order's reminder count (still PENDING, count unchanged) in the transaction that queues its
// mail and its audit entry, so overlapping or retried runs send each reminder once, and an invoice
// paid or cancelled meanwhile gets none.
import { recordAudit } from "@/lib/audit/record";
import { addBrusselsDays, brusselsParts } from "@/lib/be/brussels-clock";
import type { Db } from "@/lib/db/client";
import { unlessTakenElsewhere } from "@/lib/db/tx";
import { deliverQueued } from "@/lib/mail/outbox";
import { invoiceReminderMail } from "./invoice-reminder-mail";
import { readInvoiceTerms } from "./invoice-terms";
import { LAST_REMINDER, type ReminderDays, dateKeyOf, reminderDue } from "./invoice-rules";
import { queueOrderMail } from "./notifications";

export async function reminderDays(db: Db): Promise<ReminderDays> {
  const terms = await readInvoiceTerms(db);
  return { first: terms.firstReminderDays, second: terms.secondReminderDays };
}

const reminded = {
  id: true,
  status: true,
  invoiceNumber: true,
  invoiceDueOn: true,
  invoiceAssociationId: true,
  ogm: true,
  invoiceReminders: true,
  invoiceRemindedAt: true,
} as const;

/**
 * Sends an invoice the reminder it is due for at `now`, once: queues its mail (the caller delivers
 * `mailId`) and audits it. Null when none is due, or another run claimed it first.
 */
export async function remindInvoice(
  db: Db,
  orderId: string,
  now: Date,
  days: ReminderDays,
  /** False for the demo seed, which mails nobody. */
  { mail = true }: { mail?: boolean } = {},
): Promise<{ reminder: number; mailId: string | null } | null> {
  const invoice = await db.order.findUnique({ where: { id: orderId }, select: reminded });
  if (invoice?.status !== "PENDING" || !invoice.invoiceNumber || !invoice.invoiceDueOn || !invoice.ogm)
    return null;
  const dueOn = dateKeyOf(invoice.invoiceDueOn);
  const reminder = reminderDue(dueOn, invoice.invoiceReminders, invoice.invoiceRemindedAt, now, days);
  if (!reminder) return null;
  const details = { number: invoice.invoiceNumber, dueOn, ogm: invoice.ogm, reminder };
  // Another run holding this invoice is sending that reminder: this run skips it.
  return unlessTakenElsewhere(db, async (tx) => {
    const claim = await tx.order.updateMany({
      where: { id: orderId, status: "PENDING", invoiceReminders: invoice.invoiceReminders },
      data: { invoiceReminders: reminder, invoiceRemindedAt: now },
    });
    if (claim.count === 0) return null;
    const seller = await tx.municipality.findUniqueOrThrow({
      where: { id: 1 },
      select: { iban: true, bic: true, name: true },
    });
    const account = { iban: seller.iban, bic: seller.bic, beneficiary: seller.name };
    const mailId = mail
      ? await queueOrderMail(tx, orderId, (o) => invoiceReminderMail(o, details, account))
      : null;
    await recordAudit(tx, {
      actorId: null,
      associationId: invoice.invoiceAssociationId,
      action: "invoice.reminded",
      subjectType: "Order",
      subjectId: orderId,
      details: { invoice: details.number, reminder, dueOn },
    });
    return { reminder, mailId };
  });
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
      invoiceReminders: { lt: LAST_REMINDER },
      invoiceDueOn: { lte: new Date(`${latestDueOn}T00:00:00Z`) },
    },
    select: { id: true },
    orderBy: [{ invoiceDueOn: "asc" }, { id: "asc" }],
  });
  const mailIds: (string | null)[] = [];
  for (const { id } of candidates) {
    const sent = await remindInvoice(db, id, now, days);
    if (sent) mailIds.push(sent.mailId);
  }
  await deliverQueued(db, mailIds);
  return mailIds.length;
}
