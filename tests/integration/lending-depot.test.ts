// The depot against PostgreSQL: hand-out of the quantities given, take-back with a broken chair
// (fee by the item's tariff), the deposit settled through the payment core's part refund and the
// borrower mailed; and the nightly retention of borrowers' names.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { FieldError } from "@/lib/errors";
import { handOut, settleLoanDeposit, takeBack } from "@/lib/lending/commands/depot";
import { requestLoan } from "@/lib/lending/commands/request";
import { ANONYMISED_BORROWER, removeExpiredLoanData } from "@/lib/lending/retention";
import { settle } from "@/lib/payments/settle";
import { seed } from "@/prisma/seed";
import { association, categories, friday, item, plusDays, resident, slots } from "./lending-fixtures";

let slot: Awaited<ReturnType<typeof slots>>;
beforeAll(async () => {
  // Mails need the municipality's identity (the seed, idempotent).
  await seed(db);
  await categories();
  slot = await slots();
});

async function paidLoan() {
  const chairs = await item("Stoel", 400, { RECOGNISED: 20 }, { depositCents: 100, damageFeeCents: 2500 });
  const tables = await item("Tafel", 80, { RECOGNISED: 100 }, { depositCents: 500, damageFeeCents: 8000 });
  const officer = await resident();
  const club = await association(officer.id, "MANAGER", true);
  const staff = await resident(`depot-${officer.id}@wingene.be`);
  const from = friday(6);
  const { loanId, order } = await requestLoan(
    {
      quantities: { [chairs.id]: 40, [tables.id]: 2 },
      pickupDate: from,
      pickupSlotId: slot.fridayEvening.id,
      returnDate: plusDays(from, 3),
      returnSlotId: slot.mondayEvening.id,
      borrowFor: club.id,
    },
    { userId: officer.id },
  );
  // Rent 40 × € 0,20 + 2 × € 1,00 = € 10; deposit 40 × € 1 + 2 × € 5 = € 50.
  expect(order.totalCents).toBe(1000 + 5000);
  await settle(
    order.id,
    { method: "DESK_CARD", amountCents: order.totalCents, recordedById: staff.id },
    "Test",
  );
  const lines = await db.loanLine.findMany({ where: { loanId } });
  const line = (itemId: string) => lines.find((l) => l.itemId === itemId)!.id;
  return { loanId, order, officer, staff, chair: line(chairs.id), table: line(tables.id) };
}

describe("the depot", () => {
  it("hands out, takes back with 1 chair broken, keeps € 25 and refunds the rest of the deposit with a mail", async () => {
    const { loanId, order, officer, staff, chair, table } = await paidLoan();
    expect((await db.loan.findUniqueOrThrow({ where: { id: loanId } })).status).toBe("CONFIRMED");
    await handOut(loanId, { [chair]: 40, [table]: 2 }, staff.id);
    await takeBack(
      loanId,
      { returned: { [chair]: 39, [table]: 2 }, damaged: { [chair]: 1 }, missing: {} },
      staff.id,
    );
    const returned = await db.loan.findUniqueOrThrow({ where: { id: loanId } });
    expect(returned).toMatchObject({ status: "RETURNED", feeCents: 2500 });
    const result = await settleLoanDeposit(loanId, staff.id);
    expect(result).toEqual({ keptCents: 2500, refundedCents: 2500, manual: true });
    const refunds = await db.refund.findMany({ where: { orderId: order.id } });
    expect(refunds).toEqual([
      expect.objectContaining({ key: `loan-deposit:${loanId}`, amountCents: 2500, manual: true }),
    ]);
    const mail = await db.mailMessage.findFirstOrThrow({
      where: { to: officer.email!, subject: "Je waarborg van de uitleendienst" },
    });
    expect(mail.text).toMatch(/We houden €\s25,00 van je waarborg in: 1 beschadigd: Stoel/);
    expect((await db.loan.findUniqueOrThrow({ where: { id: loanId } })).status).toBe("SETTLED");
    // Settling again changes nothing and pays nothing twice.
    await expect(settleLoanDeposit(loanId, staff.id)).rejects.toThrow(/nog niet teruggenomen/);
    expect(await db.refund.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("refuses giving more than reserved and a take-back that does not add up, on the field", async () => {
    const { loanId, staff, chair, table } = await paidLoan();
    const tooMany = await handOut(loanId, { [chair]: 41, [table]: 2 }, staff.id).catch((e: unknown) => e);
    expect(tooMany).toBeInstanceOf(FieldError);
    expect((tooMany as FieldError).field).toBe(`given.${chair}`);
    expect((await db.loan.findUniqueOrThrow({ where: { id: loanId } })).status).toBe("CONFIRMED");
    // A short hand-out: 38 chairs went out, so 38 must come back in some way.
    await handOut(loanId, { [chair]: 38, [table]: 2 }, staff.id);
    const wrong = await takeBack(
      loanId,
      { returned: { [chair]: 40, [table]: 2 }, damaged: {}, missing: {} },
      staff.id,
    ).catch((e: unknown) => e);
    expect((wrong as FieldError).field).toBe(`returned.${chair}`);
    expect((wrong as FieldError).message).toMatch(/samen moeten 38 zijn/);
    expect((await db.loan.findUniqueOrThrow({ where: { id: loanId } })).status).toBe("HANDED_OUT");
  });

  it("refuses to hand out an unpaid loan", async () => {
    const chairs = await item("Stoel", 400, { RESIDENT: 50 });
    const user = await resident();
    const from = friday(7);
    const { loanId } = await requestLoan(
      {
        quantities: { [chairs.id]: 10 },
        pickupDate: from,
        pickupSlotId: slot.fridayEvening.id,
        returnDate: plusDays(from, 3),
        returnSlotId: slot.mondayEvening.id,
        borrowFor: "self",
      },
      { userId: user.id },
    );
    const line = await db.loanLine.findFirstOrThrow({ where: { loanId } });
    await expect(handOut(loanId, { [line.id]: 10 }, user.id)).rejects.toThrow(/nog niet betaald/);
  });
});

describe("retention", () => {
  it("removes the borrower's name, e-mail and account link once, after the period, and keeps the facts", async () => {
    const { loanId, staff, chair, table } = await paidLoan();
    await handOut(loanId, { [chair]: 40, [table]: 2 }, staff.id);
    await takeBack(loanId, { returned: { [chair]: 40, [table]: 2 }, damaged: {}, missing: {} }, staff.id);
    await settleLoanDeposit(loanId, staff.id);
    const settledAt = (await db.loan.findUniqueOrThrow({ where: { id: loanId } })).settledAt!;
    const months = (await db.loanSettings.findUniqueOrThrow({ where: { id: 1 } })).retentionMonths;
    const justBefore = new Date(settledAt.getTime() + (months * 30 - 40) * 86_400_000);
    await removeExpiredLoanData(db, justBefore);
    expect((await db.loan.findUniqueOrThrow({ where: { id: loanId } })).anonymisedAt).toBeNull();
    const after = new Date(settledAt.getTime() + (months * 31 + 2) * 86_400_000);
    const [first, second] = await Promise.all([
      removeExpiredLoanData(db, after),
      removeExpiredLoanData(db, after),
    ]);
    expect(first + second).toBeGreaterThanOrEqual(1);
    const loan = await db.loan.findUniqueOrThrow({ where: { id: loanId }, include: { lines: true } });
    expect(loan).toMatchObject({ borrowerName: ANONYMISED_BORROWER, borrowerEmail: null, userId: null });
    expect(loan.lines).toHaveLength(2);
    expect(await db.auditLog.count({ where: { action: "loan.anonymised" } })).toBeGreaterThanOrEqual(1);
  });
});
