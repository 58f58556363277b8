// The invoice terms staff set on /beheer/facturen/instellingen are the ones the portal then uses:
// a new invoice is due after the set days, the reminder job reads the set reminder days, and the
// change is audited with what was set.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addBrusselsDays, brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { createOrder } from "@/lib/payments";
import { issueInvoice } from "@/lib/payments/invoice";
import { reminderDays } from "@/lib/payments/invoice-reminders";
import { dateKeyOf } from "@/lib/payments/invoice-rules";
import { invoiceSettings, updateInvoiceSettings } from "@/lib/payments/invoice-settings";
import { seed } from "@/prisma/seed";
import { association, resident } from "./lending-fixtures";

let before: Awaited<ReturnType<typeof invoiceSettings>>;
let staffId: string;

beforeAll(async () => {
  await seed(db);
  before = await invoiceSettings();
  staffId = (
    await db.user.create({ data: { email: `financien-${randomUUID()}@wingene.be`, name: "Financiën" } })
  ).id;
});

// Other test files on this worker's database expect the seeded terms.
afterAll(() => updateInvoiceSettings(before, staffId));

/** An order of a new officer's recognised association, invoiced now. */
async function invoicedOrder(description: string, unitCents: number) {
  const officer = await resident(`penningmeester-${randomUUID()}@example.be`);
  const club = await association(officer.id);
  const line = {
    itemType: "test",
    itemId: "x",
    description,
    quantity: 1,
    unitCents,
    tariffCode: "A",
    tariffLabel: "Erkende vereniging",
  };
  const order = await createOrder(db, {
    buyer: { userId: officer.id, name: "Penningmeester", email: officer.email },
    lines: [line],
    holds: [],
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  await transaction(db, (tx) =>
    issueInvoice(tx, order.id, { associationId: club.id, officerUserId: officer.id }),
  );
  return db.order.findUniqueOrThrow({ where: { id: order.id } });
}

describe("invoice terms set by staff", () => {
  it("makes a new invoice due after the set days and the reminder job use the set reminder days, audited", async () => {
    await updateInvoiceSettings({ dueDays: 14, firstReminderDays: 2, secondReminderDays: 7 }, staffId);

    const invoiced = await invoicedOrder("Zaalhuur", 4250);
    const issuedOn = brusselsParts(invoiced.invoicedAt!).dateKey;
    expect(dateKeyOf(invoiced.invoiceDueOn!)).toBe(addBrusselsDays(issuedOn, 14));
    expect(await reminderDays(db)).toEqual({ first: 2, second: 7 });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { actorId: staffId, action: "invoice.settings-updated" },
      orderBy: { at: "desc" },
    });
    expect(audit.details).toEqual({
      invoiceDueDays: 14,
      invoiceFirstReminderDays: 2,
      invoiceSecondReminderDays: 7,
    });
  });

  it("keeps the due day of an invoice made before the terms changed, while the next invoice follows the new terms", async () => {
    await updateInvoiceSettings({ dueDays: 30, firstReminderDays: 3, secondReminderDays: 14 }, staffId);
    const order = await invoicedOrder("Uitlening", 1000);

    await updateInvoiceSettings({ dueDays: 10, firstReminderDays: 3, secondReminderDays: 14 }, staffId);

    const next = await invoicedOrder("Uitlening", 1000);

    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).invoiceDueOn).toEqual(
      order.invoiceDueOn,
    );
    const dueAfter = (o: typeof order) => dateKeyOf(o.invoiceDueOn!);
    const issued = (o: typeof order) => brusselsParts(o.invoicedAt!).dateKey;
    expect(dueAfter(order)).toBe(addBrusselsDays(issued(order), 30));
    expect(dueAfter(next)).toBe(addBrusselsDays(issued(next), 10));
  });
});
