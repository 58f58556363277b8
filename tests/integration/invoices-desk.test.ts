// An invoice chosen at the desk: staff lending for an officer of a recognised association, or
// booking a hall for one with "factuur achteraf", get the same invoiced order as the officer online
// (number, structured communication, never lapsing), recorded as sold by the clerk; an invoice for a
// resident borrowing for themselves is refused on the payment field, storing nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { addBrusselsDays, brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { requestBooking } from "@/lib/halls/commands/request";
import { deskBookingSchema } from "@/lib/halls/schema/booking";
import { lendAtDesk } from "@/lib/lending/commands/desk-loan";
import { deskLoanSchema } from "@/lib/lending/schema";
import { paymentMessages } from "@/lib/payments/messages";
import { seed } from "@/prisma/seed";
import * as halls from "./halls-fixtures";
import { association, categories, friday, item, plusDays, resident, slots } from "./lending-fixtures";

let slot: Awaited<ReturnType<typeof slots>>;
beforeAll(async () => {
  await seed(db);
  await categories();
  slot = await slots();
});

const deskLoan = (residentId: string, itemId: string, borrowFor: string, payment: string) => {
  const from = friday();
  return deskLoanSchema.parse({
    residentId,
    quantities: { [itemId]: "2" },
    pickupDate: from,
    pickupSlotId: slot.fridayEvening.id,
    returnDate: plusDays(from, 3),
    returnSlotId: slot.mondayEvening.id,
    borrowFor,
    payment,
  });
};

/** An open invoice to the association that never lapses, recorded as sold by the clerk. */
function expectInvoicedBy(
  order: {
    status: string;
    expiresAt: Date | null;
    soldById: string | null;
    invoiceAssociationId: string | null;
    invoiceNumber: string | null;
  },
  clerkId: string,
  associationId: string,
) {
  expect(order).toMatchObject({
    status: "PENDING",
    expiresAt: null,
    soldById: clerkId,
    invoiceAssociationId: associationId,
  });
  expect(order.invoiceNumber).toMatch(/^F-\d{4}-\d{6}$/);
}

describe("an invoice at the desk", () => {
  it("lends for an officer of a recognised association on an invoice: confirmed, numbered, sold by the clerk", async () => {
    const tents = await item("Tent", 10, { RECOGNISED: 1500 }, { depositCents: 5000 });
    const officer = await resident();
    const club = await association(officer.id);
    const clerk = await resident();
    const loanId = await lendAtDesk(deskLoan(officer.id, tents.id, club.id, "INVOICE"), clerk.id);

    const loan = await db.loan.findUniqueOrThrow({ where: { id: loanId } });
    expect([loan.status, loan.createdById, loan.associationId]).toEqual(["CONFIRMED", clerk.id, club.id]);
    const order = await db.order.findUniqueOrThrow({
      where: { id: loan.orderId! },
      include: { payments: true },
    });
    expectInvoicedBy(order, clerk.id, club.id);
    expect(order.ogm).toMatch(/^\d{12}$/);
    expect(order.payments).toEqual([]);
  });

  it("refuses an invoice for a resident borrowing for themselves, on the payment field, storing nothing", async () => {
    const chairs = await item("Stoel", 50, { RESIDENT: 100, RECOGNISED: 50 });
    const person = await resident();
    const clerk = await resident();
    await expect(
      lendAtDesk(deskLoan(person.id, chairs.id, "self", "INVOICE"), clerk.id),
    ).rejects.toMatchObject({
      field: "payment",
      message: paymentMessages.invoiceOnlyForRecognised,
    });
    expect(await db.loan.count({ where: { userId: person.id } })).toBe(0);
    expect(await db.order.count({ where: { buyerUserId: person.id } })).toBe(0);
  });

  it("books a hall for an officer with factuur achteraf: an invoiced order sold by the clerk", async () => {
    const h = await halls.hall({ requiresApproval: false });
    const officer = await halls.resident();
    const club = await halls.association(officer.id);
    const clerk = await halls.resident();
    const { residentId, ...input } = deskBookingSchema.parse({
      residentId: officer.id,
      hallId: h.id,
      unit: "DAY_PART",
      date: addBrusselsDays(brusselsParts(new Date()).dateKey, 50),
      dayParts: ["AVOND"],
      bookFor: club.id,
      purpose: "Ledenfeest",
      invoiceLater: "on",
    });
    const outcome = await requestBooking(input, { userId: residentId, staffId: clerk.id });
    const order = await db.order.findUniqueOrThrow({ where: { accessToken: outcome.orderToken! } });
    expectInvoicedBy(order, clerk.id, club.id);
  });
});
