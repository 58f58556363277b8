// Invoices in the payment core against PostgreSQL: numbers under racing issuers, who may choose an
// invoice (and that a refusal stores nothing), an unpaid invoice that never lapses and keeps its
// stock, staff booking the payment, the PDF reached only by its order's token, and hall rental's
// "factuur achteraf" as an invoiced order.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDateKey } from "@/lib/be/calendar-date";
import { formatEuro } from "@/lib/be/money";
import { addBrusselsDays, brusselsParts } from "@/lib/be/time";
import { expireHolds } from "@/lib/capacity";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { approveBooking } from "@/lib/halls/commands/decisions";
import { lapseUnpaidBookings } from "@/lib/halls/commands/lapse";
import { requestBooking } from "@/lib/halls/commands/request";
import { bookingSchema } from "@/lib/halls/schema/booking";
import { requestLoan } from "@/lib/lending/commands/request";
import { poolKey } from "@/lib/lending/rules";
import type { BasketInput } from "@/lib/lending/schema";
import { renderPdf } from "@/lib/pdf/render";
import { getPdfIdentity } from "@/lib/municipality/queries";
import { createOrder, expireOrders } from "@/lib/payments";
import { issueInvoice } from "@/lib/payments/invoice";
import { recordInvoicePayment } from "@/lib/payments/invoice-payment";
import { recordTransfer } from "@/lib/payments/transfer";
import { invoiceByToken, invoiceSeller, myInvoices, staffInvoices } from "@/lib/payments/invoice-queries";
import { paymentMessages } from "@/lib/payments/messages";
import { lendingMessages } from "@/lib/lending/messages";
import { invoiceSpec } from "@/lib/payments/pdf";
import { seed } from "@/prisma/seed";
import { pdfPages } from "../support/pdf-text";
import * as halls from "./halls-fixtures";
import { association, categories, friday, item, plusDays, resident, slots } from "./lending-fixtures";

const racers = createPrismaClient(process.env.DATABASE_URL!, 25);
afterAll(() => racers.$disconnect());

let slot: Awaited<ReturnType<typeof slots>>;
beforeAll(async () => {
  await seed(db);
  await categories();
  slot = await slots();
  await db.paymentSettings.upsert({
    where: { id: 1 },
    update: { invoiceDueDays: 21 },
    create: { id: 1, invoiceDueDays: 21 },
  });
});

const basket = (itemId: string, quantity: number, borrowFor: string, from = friday()): BasketInput => ({
  quantities: { [itemId]: quantity },
  pickupDate: from,
  pickupSlotId: slot.fridayEvening.id,
  returnDate: plusDays(from, 3),
  returnSlotId: slot.mondayEvening.id,
  borrowFor,
});

const running = (invoiceNumber: string | null) => Number(invoiceNumber!.split("-")[2]);
const today = () => brusselsParts(new Date()).dateKey;

async function invoicedLoan(quantity = 2) {
  const tents = await item("Tent", 10, { RECOGNISED: 1500 }, { depositCents: 5000 });
  const officer = await resident();
  const club = await association(officer.id);
  const from = friday();
  const { loanId, order } = await requestLoan(
    basket(tents.id, quantity, club.id, from),
    { userId: officer.id },
    { invoice: true },
  );
  return { tents, officer, club, from, loanId, orderId: order.id };
}

describe("invoice numbers", () => {
  it("gives 20 racing invoice orders 20 distinct, consecutive numbers of this year", async () => {
    const chairs = await item("Stoel", 400, { RECOGNISED: 20 });
    const officers = await Promise.all(Array.from({ length: 20 }, () => resident()));
    const clubs = await Promise.all(officers.map((o) => association(o.id)));
    const results = await Promise.all(
      officers.map((o, i) =>
        requestLoan(basket(chairs.id, 5, clubs[i]!.id), { userId: o.id }, { db: racers, invoice: true }),
      ),
    );
    const orders = await db.order.findMany({
      where: { id: { in: results.map((r) => r.order.id) } },
      select: { invoiceNumber: true },
    });
    const year = today().slice(0, 4);
    expect(orders.every((o) => o.invoiceNumber?.startsWith(`F-${year}-`))).toBe(true);
    const numbers = orders.map((o) => running(o.invoiceNumber)).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(20);
    expect(numbers.at(-1)! - numbers[0]!).toBe(19);
  });
});

describe("who may pay by invoice", () => {
  it("refuses an invoice for oneself, for a non-recognised association and for a plain member, with a Dutch message on the field, storing nothing", async () => {
    const tents = await item("Tent", 10, { RECOGNISED: 1500, RESIDENT: 2500, NONPROFIT: 2000 });
    const person = await resident();
    const unrecognised = await association(person.id, "MANAGER", false);
    const officer = await resident();
    const recognised = await association(officer.id);
    await db.associationMember.create({
      data: { associationId: recognised.id, userId: person.id, role: "MEMBER" },
    });
    const counterBefore = await db.invoiceNumberSequence.findMany();

    for (const [borrowFor, field, message] of [
      ["self", "payment", paymentMessages.invoiceOnlyForRecognised],
      [unrecognised.id, "payment", paymentMessages.invoiceOnlyForRecognised],
      [recognised.id, "borrowFor", lendingMessages.notAnOfficer],
    ] as const)
      await expect(
        requestLoan(basket(tents.id, 1, borrowFor), { userId: person.id }, { invoice: true }),
      ).rejects.toMatchObject({
        field,
        message: typeof message === "string" ? message : expect.stringMatching(message),
      });

    expect(await db.loan.count({ where: { userId: person.id } })).toBe(0);
    expect(await db.order.count({ where: { buyerUserId: person.id } })).toBe(0);
    expect(await db.invoiceNumberSequence.findMany()).toEqual(counterBefore);
  });

  it("checks again in the payment core: a plain member cannot turn an open order of theirs into an invoice", async () => {
    const member = await resident();
    const officer = await resident();
    const club = await association(officer.id);
    await db.associationMember.create({
      data: { associationId: club.id, userId: member.id, role: "MEMBER" },
    });
    const order = await createOrder(db, {
      buyer: { userId: member.id, name: "Lid", email: member.email },
      lines: [
        {
          itemType: "test",
          itemId: "x",
          description: "Iets",
          quantity: 1,
          unitCents: 500,
          tariffCode: "T",
          tariffLabel: "T",
        },
      ],
      holds: [],
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    await expect(
      transaction(db, (tx) =>
        issueInvoice(tx, order.id, { associationId: club.id, officerUserId: member.id }),
      ),
    ).rejects.toMatchObject({ field: "payment", message: paymentMessages.invoiceOnlyForRecognised });
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect([after.invoiceNumber, after.ogm, after.status]).toEqual([null, null, "PENDING"]);
  });
});

describe("an unpaid invoice", () => {
  it("confirms the loan at once, has the configured due date and a structured communication, and is mailed to the officer", async () => {
    const { loanId, orderId, officer } = await invoicedLoan();
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order.status).toBe("PENDING");
    expect(order.expiresAt).toBeNull();
    expect(order.ogm).toMatch(/^\d{12}$/);
    expect(order.invoiceAddressee).toBe("Testvereniging");
    expect(order.invoiceDueOn!.toISOString().slice(0, 10)).toBe(addBrusselsDays(today(), 21));
    expect((await db.loan.findUniqueOrThrow({ where: { id: loanId } })).status).toBe("CONFIRMED");
    const mail = await db.mailMessage.findFirstOrThrow({
      where: { to: officer.email!, subject: { startsWith: "Factuur" } },
    });
    expect(mail.subject).toContain(order.invoiceNumber!);
    expect(mail.text).toContain(`/bestelling/${order.accessToken}/factuur.pdf`);
  });

  it("is not expired by the order-expiry and capacity-expiry jobs, even months later, and keeps its stock", async () => {
    const { tents, from, orderId, loanId } = await invoicedLoan(3);
    const later = new Date(Date.now() + 120 * 86_400_000);
    await expireOrders(db, later);
    await expireHolds(db, later);
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("PENDING");
    expect((await db.loan.findUniqueOrThrow({ where: { id: loanId } })).status).toBe("CONFIRMED");
    const pool = await db.capacityPool.findUniqueOrThrow({ where: { key: poolKey(tents.id, from) } });
    expect(pool.taken).toBe(3);
  });

  it("is overdue after its due date in the staff list and in Mijn facturen of the officer", async () => {
    const { orderId, officer } = await invoicedLoan();
    const afterDue = new Date(Date.now() + 30 * 86_400_000);
    const overdue = await staffInvoices("vervallen", 1, afterDue);
    const open = await staffInvoices("vervallen", 1, new Date());
    expect(overdue.rows.map((r) => r.id)).toContain(orderId);
    expect(open.rows.map((r) => r.id)).not.toContain(orderId);
    expect((await myInvoices(officer.id, 1)).rows.map((r) => r.id)).toEqual([orderId]);
    expect((await myInvoices((await resident()).id, 1)).total).toBe(0);
  });
});

describe("booking the payment", () => {
  it("marks the invoice paid with method INVOICE, audits it, keeps the loan confirmed, and refuses a second booking", async () => {
    const { orderId, loanId } = await invoicedLoan();
    const clerk = await resident();
    expect(await recordInvoicePayment(orderId, clerk.id)).toBe("paid");
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { payments: true } });
    expect(order.status).toBe("PAID");
    expect(order.payments.map((p) => [p.method, p.amountCents, p.recordedById])).toEqual([
      ["INVOICE", order.totalCents, clerk.id],
    ]);
    expect(
      await db.auditLog.count({ where: { action: "invoice.paid", subjectId: orderId, actorId: clerk.id } }),
    ).toBe(1);
    expect((await db.loan.findUniqueOrThrow({ where: { id: loanId } })).status).toBe("CONFIRMED");
    expect((await staffInvoices("betaald", 1)).rows.map((r) => r.id)).toContain(orderId);
    await expect(recordInvoicePayment(orderId, clerk.id)).rejects.toMatchObject({
      message: paymentMessages.invoiceNotOpen,
    });
    expect(await db.payment.count({ where: { orderId } })).toBe(1);
  });
});

describe("booking an invoice's transfer", () => {
  it("books a transfer with the invoice's structured reference as the invoice's payment, audited; a wrong amount books nothing", async () => {
    const { orderId } = await invoicedLoan();
    const clerk = await resident();
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    await expect(recordTransfer(order.ogm!, order.totalCents - 1, clerk.id)).rejects.toMatchObject({
      message: paymentMessages.amountDiffers,
    });
    expect(await db.payment.count({ where: { orderId } })).toBe(0);
    expect(await recordTransfer(order.ogm!, order.totalCents, clerk.id)).toEqual({
      orderId,
      outcome: "paid",
    });
    const paid = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { payments: true } });
    expect([paid.status, paid.payments.map((p) => p.method)]).toEqual(["PAID", ["INVOICE"]]);
    expect(await db.auditLog.count({ where: { action: "invoice.paid", subjectId: orderId } })).toBe(1);
  });
});

describe("the invoice PDF", () => {
  it("is reached by its order's token only: not by another resident's token, the order id or the invoice number", async () => {
    const { orderId } = await invoicedLoan();
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    const other = await requestLoan(basket((await item("Tafel", 5, { RESIDENT: 300 })).id, 1, "self"), {
      userId: (await resident()).id,
    });
    expect(await invoiceByToken(other.order.accessToken)).toBeNull();
    expect(await invoiceByToken(order.id)).toBeNull();
    expect(await invoiceByToken(order.invoiceNumber!)).toBeNull();
    const invoice = await invoiceByToken(order.accessToken);
    expect(invoice?.invoiceNumber).toBe(order.invoiceNumber);
  });

  it("prints the municipality as sender, the association, number, due date, lines, total, IBAN and the structured communication", async () => {
    const { orderId } = await invoicedLoan();
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    const invoice = (await invoiceByToken(order.accessToken))!;
    const pdf = await renderPdf(invoiceSpec(invoice, await invoiceSeller()), await getPdfIdentity());
    // The PDF's text has plain spaces where formatEuro writes a non-breaking one.
    const plain = (t: string) => t.replace(/\s+/gu, " ");
    const text = plain((await pdfPages(pdf)).join(" "));
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe("%PDF-");
    for (const expected of [
      "Gemeente Wingene",
      "Testvereniging",
      order.invoiceNumber!,
      "Tent",
      formatEuro(order.totalCents),
      formatDateKey(order.invoiceDueOn!.toISOString().slice(0, 10)),
      "BE71 0961 2345 6769",
      `+++${order.ogm!.slice(0, 3)}/${order.ogm!.slice(3, 7)}/${order.ogm!.slice(7)}+++`,
    ])
      expect(text).toContain(plain(expected));
  });
});

describe("hall rental: factuur achteraf", () => {
  /** An evening `daysAhead` from today in the association's name, with "factuur achteraf". */
  const invoiceLater = (hallId: string, associationId: string, daysAhead: number) =>
    bookingSchema.parse({
      unit: "DAY_PART",
      purpose: "Ledenfeest",
      hallId,
      date: addBrusselsDays(today(), daysAhead),
      dayParts: ["AVOND"],
      bookFor: associationId,
      invoiceLater: "on",
    });

  it("makes an instant booking of a recognised association an invoiced order whose mail carries number, due date and reference", async () => {
    const h = await halls.hall({ requiresApproval: false });
    const officer = await halls.resident();
    const club = await halls.association(officer.id);
    const outcome = await requestBooking(invoiceLater(h.id, club.id, 40), { userId: officer.id });
    const order = await db.order.findUniqueOrThrow({ where: { accessToken: outcome.orderToken! } });
    expect(order.invoiceNumber).toMatch(/^F-\d{4}-\d{6}$/);
    expect(order.expiresAt).toBeNull();
    const mail = await db.mailMessage.findFirstOrThrow({
      where: { to: officer.email!, subject: { startsWith: "Zaal gereserveerd" } },
    });
    expect(mail.text).toContain(order.invoiceNumber!);
    expect(mail.text).toContain(`+++${order.ogm!.slice(0, 3)}/`);
    expect(mail.text).toContain("factuur.pdf");
    expect(mail.text).toContain(formatDateKey(order.invoiceDueOn!.toISOString().slice(0, 10)));
  });

  it("invoices a booking that needed approval when staff approve it, and the approval mail carries the invoice", async () => {
    const h = await halls.hall({ requiresApproval: true });
    const officer = await halls.resident();
    const club = await halls.association(officer.id);
    const clerk = await halls.resident();
    const outcome = await requestBooking(invoiceLater(h.id, club.id, 45), { userId: officer.id });
    expect(outcome.orderToken).toBeNull();
    const order = (await approveBooking(outcome.bookingIds[0]!, clerk.id))!;
    const stored = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(stored.invoiceNumber).toMatch(/^F-\d{4}-\d{6}$/);
    expect(stored.invoiceAssociationId).toBe(club.id);
    expect(stored.expiresAt).toBeNull();
    const mail = await db.mailMessage.findFirstOrThrow({
      where: { to: officer.email!, subject: { startsWith: "Aanvraag goedgekeurd" } },
    });
    expect(mail.text).toContain(stored.invoiceNumber!);
    // Two months on, the expiry jobs leave it alone: the order never lapses, so the booking stands.
    const later = new Date(Date.now() + 60 * 86_400_000);
    await expireOrders(db, later);
    await lapseUnpaidBookings(db, later);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PENDING");
    const booking = await db.hallBooking.findUniqueOrThrow({ where: { id: outcome.bookingIds[0]! } });
    expect(booking.status).toBe("APPROVED");
  });

  it("refuses factuur achteraf for an association that is not recognised, on its field, storing nothing", async () => {
    const h = await halls.hall({ requiresApproval: false });
    const officer = await halls.resident();
    const club = await halls.association(officer.id, false);
    await expect(
      requestBooking(invoiceLater(h.id, club.id, 40), { userId: officer.id }),
    ).rejects.toMatchObject({ field: "invoiceLater" });
    expect(await db.hallBooking.count({ where: { userId: officer.id } })).toBe(0);
  });
});
