// The invoice-reminders job against PostgreSQL: the first reminder PaymentSettings' days after the
// due date and not before, the second (last) one the configured days after the first, never a third,
// none for a paid or cancelled invoice, each reminder once when runs overlap, recorded on the order
// and audited as a system action, with links from the configured public URL.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDateKey } from "@/lib/be/calendar-date";
import { formatEuro } from "@/lib/be/money";
import { ogmFromBase } from "@/lib/be/ogm";
import { addBrusselsDays, brusselsInstant } from "@/lib/be/time";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { env } from "@/lib/env";
import { scheduledJobs } from "@/lib/jobs/schedules";
import { cancelOrder, createOrder } from "@/lib/payments";
import { issueInvoice } from "@/lib/payments/invoice";
import { recordInvoicePayment } from "@/lib/payments/invoice-payment";
import { sendInvoiceReminders } from "@/lib/payments/invoice-reminders";
import { dateKeyOf } from "@/lib/payments/invoice-rules";
import { seed } from "@/prisma/seed";
import { association, resident } from "./lending-fixtures";

const runners = Array.from({ length: 4 }, () => createPrismaClient(process.env.DATABASE_URL!, 2));
afterAll(() => Promise.all(runners.map((r) => r.$disconnect())));

// Not the defaults (3 and 14): the job must read them from PaymentSettings.
const FIRST = 5;
const SECOND = 10;

beforeAll(async () => {
  await seed(db);
  const days = { invoiceFirstReminderDays: FIRST, invoiceSecondReminderDays: SECOND };
  await db.paymentSettings.upsert({ where: { id: 1 }, update: days, create: { id: 1, ...days } });
});

/** An invoice of 42,50 euro issued today to a new officer's recognised association. */
async function openInvoice() {
  const officer = await resident(`penningmeester-${randomUUID()}@example.be`);
  const club = await association(officer.id);
  const order = await createOrder(db, {
    buyer: { userId: officer.id, name: "Penningmeester", email: officer.email },
    lines: [
      {
        itemType: "test",
        itemId: "x",
        description: "Zaalhuur",
        quantity: 1,
        unitCents: 4250,
        tariffCode: "A",
        tariffLabel: "Erkende vereniging",
      },
    ],
    holds: [],
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  await transaction(db, (tx) =>
    issueInvoice(tx, order.id, { associationId: club.id, officerUserId: officer.id }),
  );
  const invoiced = await db.order.findUniqueOrThrow({ where: { id: order.id } });
  const dueOn = dateKeyOf(invoiced.invoiceDueOn!);
  /** 09:00 in Brussels, `days` after the due date. */
  const afterDue = (days: number) => brusselsInstant(addBrusselsDays(dueOn, days), 540);
  return { officer, order: invoiced, dueOn, afterDue };
}

const remindersTo = (to: string) =>
  db.mailMessage.findMany({
    where: { to, subject: { contains: "erinnering" } },
    orderBy: { createdAt: "asc" },
  });

describe("invoice reminders", () => {
  it("is a scheduled job", () => {
    expect(scheduledJobs.map((j) => j.name)).toContain("invoice-reminders");
  });

  it("mails the first reminder the configured days after the due date, not before, once, recorded and audited", async () => {
    const { officer, order, afterDue } = await openInvoice();
    await sendInvoiceReminders(db, afterDue(0));
    await sendInvoiceReminders(db, afterDue(FIRST - 1));
    expect(await remindersTo(officer.email!)).toHaveLength(0);

    await sendInvoiceReminders(db, afterDue(FIRST));
    await sendInvoiceReminders(db, afterDue(FIRST));
    await sendInvoiceReminders(db, afterDue(FIRST + 1));
    const mails = await remindersTo(officer.email!);
    expect(mails.map((m) => m.subject)).toEqual([
      `Herinnering: factuur ${order.invoiceNumber} is niet betaald`,
    ]);
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(after.invoiceReminders).toBe(1);
    expect(after.invoiceRemindedAt).toEqual(afterDue(FIRST));
    const audit = await db.auditLog.findMany({ where: { action: "invoice.reminded", subjectId: order.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null, details: { invoice: order.invoiceNumber, reminder: 1 } });
  });

  it("mails the second, last reminder the configured days after the first, and never a third", async () => {
    const { officer, order, afterDue } = await openInvoice();
    await sendInvoiceReminders(db, afterDue(FIRST));
    await sendInvoiceReminders(db, afterDue(FIRST + SECOND - 1));
    expect(await remindersTo(officer.email!)).toHaveLength(1);

    await sendInvoiceReminders(db, afterDue(FIRST + SECOND));
    for (const later of [1, SECOND, 2 * SECOND, 100])
      await sendInvoiceReminders(db, afterDue(FIRST + SECOND + later));
    const mails = await remindersTo(officer.email!);
    expect(mails.map((m) => m.subject)).toEqual([
      `Herinnering: factuur ${order.invoiceNumber} is niet betaald`,
      `Laatste herinnering: factuur ${order.invoiceNumber} is niet betaald`,
    ]);
    expect(mails[1]!.text).toContain("laatste herinnering");
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect([after.invoiceReminders, after.invoiceRemindedAt]).toEqual([2, afterDue(FIRST + SECOND)]);
  });

  it("sends no reminder for a paid invoice or a cancelled one", async () => {
    const paid = await openInvoice();
    const staff = await resident();
    await recordInvoicePayment(paid.order.id, staff.id);
    const cancelled = await openInvoice();
    await transaction(db, (tx) => cancelOrder(tx, cancelled.order.id, "Geannuleerd", cancelled.officer.id));

    for (const days of [FIRST, FIRST + SECOND, 200]) await sendInvoiceReminders(db, paid.afterDue(days));
    expect(await remindersTo(paid.officer.email!)).toHaveLength(0);
    expect(await remindersTo(cancelled.officer.email!)).toHaveLength(0);
    const orders = await db.order.findMany({ where: { id: { in: [paid.order.id, cancelled.order.id] } } });
    expect(orders.map((o) => o.invoiceReminders)).toEqual([0, 0]);
  });

  it("sends each reminder once when four runs overlap on separate connections", async () => {
    const invoices = await Promise.all([openInvoice(), openInvoice(), openInvoice()]);
    const { afterDue } = invoices[0]!;
    for (const days of [FIRST, FIRST + SECOND]) {
      await Promise.all(runners.map((r) => sendInvoiceReminders(r, afterDue(days))));
      await Promise.all(runners.map((r) => sendInvoiceReminders(r, afterDue(days))));
    }
    for (const { officer, order } of invoices) {
      expect(await remindersTo(officer.email!)).toHaveLength(2);
      const audit = await db.auditLog.count({ where: { action: "invoice.reminded", subjectId: order.id } });
      expect(audit).toBe(2);
    }
  });

  it("says number, amount, due date, structured communication and IBAN, with links from the public URL", async () => {
    const { officer, order, dueOn, afterDue } = await openInvoice();
    await sendInvoiceReminders(db, afterDue(FIRST));
    const [mail] = await remindersTo(officer.email!);
    const { iban, website } = await db.municipality.findUniqueOrThrow({ where: { id: 1 } });
    expect(website).not.toBe(env().PUBLIC_URL);
    const page = `${env().PUBLIC_URL}/bestelling/${order.accessToken}`;
    for (const fact of [
      order.invoiceNumber!,
      formatEuro(4250),
      formatDateKey(dueOn),
      ogmFromBase(order.ogm!.slice(0, 10)),
      iban!,
      `${page}/factuur.pdf`,
      page,
    ])
      expect(mail!.text).toContain(fact);
    expect(mail!.html).toContain(`href="${page}/factuur.pdf"`);
    // Every link to the order, whatever its form, starts from the configured public URL.
    const links = mail!.text.match(/\S*\/bestelling\/\S*/g) ?? [];
    expect(links.length).toBeGreaterThanOrEqual(2);
    expect(links.every((l) => l.replace(/^\W+/, "").startsWith(`${page}`))).toBe(true);
  });
});
