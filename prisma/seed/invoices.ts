// Demo invoices to Chiro Zwevezele (officer An Peeters), so /beheer/facturen and her Mijn facturen
// show each state: one paid, one open and one overdue that had its first reminder. They go through
// the payment core's own commands (order, invoice, payment, reminder) at earlier dates. The loans
// and bookings those commands belong to need the app's own client, which a seed script cannot
// load, so these orders carry plain lines. No mail goes out (a seed script has no public URL to
// link from, and demo data mails nobody). Skipped when a demo invoice with the same key exists.
import { addBrusselsDays, brusselsInstant } from "@/lib/be/time";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { createOrder } from "@/lib/payments/orders";
import { issueInvoice, payInvoice } from "@/lib/payments/invoice";
import { remindInvoice, reminderDays } from "@/lib/payments/invoice-reminders";
import { DEFAULT_INVOICE_DUE_DAYS, dateKeyOf } from "@/lib/payments/invoice-rules";

const DEMO_ITEM = "demo-invoice";
const DAY_MS = 86_400_000;

// Issued this many days before the seed runs; the overdue one so that its first reminder went out
// a few days ago (from PaymentSettings).
const demoInvoices: { key: string; daysAgo: number | "reminded"; description: string; cents: number }[] = [
  { key: "paid", daysAgo: 40, description: "Huur feestmateriaal: 12 tafels en 80 stoelen", cents: 9_600 },
  { key: "open", daysAgo: 6, description: "Huur Parochiezaal Zwevezele, zaterdagavond", cents: 14_500 },
  { key: "overdue", daysAgo: "reminded", description: "Huur podiumelementen en geluidsset", cents: 7_250 },
];

export async function seedInvoices(db: Db, now: Date): Promise<void> {
  const chiro = await db.association.findUniqueOrThrow({ where: { slug: "chiro-zwevezele" } });
  const officer = await db.user.findUniqueOrThrow({ where: { email: "an.peeters@example.be" } });
  const staff = await db.user.findUniqueOrThrow({ where: { email: "vrijetijd@wingene.be" } });
  const settings = await db.paymentSettings.findUnique({ where: { id: 1 } });
  const days = await reminderDays(db);
  const dueDays = settings?.invoiceDueDays ?? DEFAULT_INVOICE_DUE_DAYS;
  for (const demo of demoInvoices) {
    if (await db.orderLine.findFirst({ where: { itemType: DEMO_ITEM, itemId: demo.key } })) continue;
    const daysAgo = demo.daysAgo === "reminded" ? dueDays + days.first + 4 : demo.daysAgo;
    const issuedAt = new Date(now.getTime() - daysAgo * DAY_MS);
    const order = await createOrder(
      db,
      {
        buyer: { userId: officer.id, name: officer.name ?? "An Peeters", email: officer.email },
        lines: [
          {
            itemType: DEMO_ITEM,
            itemId: demo.key,
            description: demo.description,
            quantity: 1,
            unitCents: demo.cents,
            tariffCode: "RECOGNISED",
            tariffLabel: "Erkende vereniging",
          },
        ],
        holds: [],
        expiresAt: new Date(issuedAt.getTime() + 3_600_000),
      },
      issuedAt,
    );
    const invoice = { associationId: chiro.id, officerUserId: officer.id, mail: false };
    await transaction(db, async (tx) => {
      await issueInvoice(tx, order.id, invoice, issuedAt);
      if (demo.key === "paid") await payInvoice(tx, order.id, staff.id, { mail: false });
    });
    if (demo.daysAgo === "reminded") {
      const { invoiceDueOn } = await db.order.findUniqueOrThrow({ where: { id: order.id } });
      const firstOn = addBrusselsDays(dateKeyOf(invoiceDueOn!), days.first);
      await remindInvoice(db, order.id, brusselsInstant(firstOn, 8 * 60 + 25), days, { mail: false });
    }
  }
}
