// The job "loan-lapse": a reserved loan whose order lapsed unpaid, or was cancelled on the order
// page, becomes CANCELLED (with when, and marked lapsed: "vervallen") and leaves the depot's day;
// the stock the payment core already gave back is not given back again; a second run, or two runs
// at once, change nothing more; a paid loan and a loan still waiting within its term are left
// alone; and a late payment that takes the stock again confirms the lapsed loan.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { scheduledJobs } from "@/lib/jobs/schedules";
import { lapseUnpaidLoans } from "@/lib/lending/commands/lapse";
import { requestLoan } from "@/lib/lending/commands/request";
import { shownStatus } from "@/lib/lending/queries/mine";
import { depotDay } from "@/lib/lending/queries/staff";
import { cancelOrder, expireOrders } from "@/lib/payments";
import { settle } from "@/lib/payments/settle";
import { seed } from "@/prisma/seed";
import { categories, friday, item, plusDays, resident, slots } from "./lending-fixtures";

let slot: Awaited<ReturnType<typeof slots>>;
beforeAll(async () => {
  // Mails of a late payment need the municipality's identity (the seed, idempotent).
  await seed(db);
  await categories();
  slot = await slots();
});

async function reserved(weeks: number, quantity = 10) {
  const chairs = await item("Stoel", 20, { RESIDENT: 50 });
  const from = friday(weeks);
  const user = await resident();
  const { loanId, order } = await requestLoan(
    {
      quantities: { [chairs.id]: quantity },
      pickupDate: from,
      pickupSlotId: slot.fridayEvening.id,
      returnDate: plusDays(from, 3),
      returnSlotId: slot.mondayEvening.id,
      borrowFor: "self",
    },
    { userId: user.id },
  );
  /** What the pool of the pick-up day counts as taken. */
  const taken = async () =>
    (await db.capacityPool.findUniqueOrThrow({ where: { key: `loan:${chairs.id}:${from}` } })).taken;
  return { loanId, order, from, taken };
}

/** Expires this order only: its deadline moved to the past, then the payment core's job runs. */
async function lapse(orderId: string) {
  await db.order.update({ where: { id: orderId }, data: { expiresAt: new Date(Date.now() - 60_000) } });
  await expireOrders(db);
}

const loanOf = (id: string) => db.loan.findUniqueOrThrow({ where: { id } });

describe("the loan-lapse job", () => {
  it("is scheduled every minute, like the payment core's order expiry it follows", () => {
    expect(scheduledJobs.find((j) => j.name === "loan-lapse")?.cron).toBe("* * * * *");
  });

  it("cancels a reserved loan whose order expired, marks it lapsed, takes it off the depot day, and gives no stock back twice", async () => {
    const { loanId, order, from, taken } = await reserved(1);
    expect(await taken()).toBe(10);
    await lapse(order.id);
    expect(await taken()).toBe(0);

    expect(await lapseUnpaidLoans(db)).toBeGreaterThanOrEqual(1);
    const loan = await loanOf(loanId);
    expect(loan).toMatchObject({
      status: "CANCELLED",
      cancelledAt: expect.any(Date),
      lapsedAt: expect.any(Date),
    });
    expect(shownStatus(loan, "EXPIRED")).toBe("LAPSED");
    expect(await taken()).toBe(0);
    expect((await depotDay(from)).pickups.map((l) => l.id)).not.toContain(loanId);

    expect(await lapseUnpaidLoans(db)).toBe(0);
    expect(await loanOf(loanId)).toEqual(loan);
    expect(await taken()).toBe(0);
  });

  it("cancels a reserved loan whose order was cancelled on the order page, the released stock released once", async () => {
    const { loanId, order, taken } = await reserved(2, 7);
    await transaction(db, (tx) => cancelOrder(tx, order.id, "Geannuleerd op de bestelpagina", null));
    expect(await taken()).toBe(0);
    await lapseUnpaidLoans(db);
    expect(await loanOf(loanId)).toMatchObject({ status: "CANCELLED", lapsedAt: expect.any(Date) });
    expect(await taken()).toBe(0);
    expect(
      await db.capacityHold.count({ where: { reference: order.holdReference, status: "RELEASED" } }),
    ).toBe(await db.capacityHold.count({ where: { reference: order.holdReference } }));
  });

  it("leaves a paid loan and a loan whose order is still within its term alone", async () => {
    const waiting = await reserved(3);
    const paid = await reserved(4);
    await settle(paid.order.id, { method: "DESK_CASH", amountCents: paid.order.totalCents }, "Test");
    await lapseUnpaidLoans(db);
    expect(await loanOf(waiting.loanId)).toMatchObject({
      status: "RESERVED",
      cancelledAt: null,
      lapsedAt: null,
    });
    expect(await loanOf(paid.loanId)).toMatchObject({
      status: "CONFIRMED",
      cancelledAt: null,
      lapsedAt: null,
    });
    expect(await waiting.taken()).toBe(10);
    expect(await paid.taken()).toBe(10);
  });

  it("lapses each loan once when two runs overlap", async () => {
    const a = await reserved(5);
    const b = await reserved(5, 4);
    await lapse(a.order.id);
    await lapse(b.order.id);
    // Every loan due, these two and any another test file left on this database, is counted once.
    const lapsedOrders = await db.order.findMany({
      where: { status: { in: ["EXPIRED", "CANCELLED"] } },
      select: { id: true },
    });
    const due = await db.loan.count({
      where: { status: "RESERVED", orderId: { in: lapsedOrders.map((o) => o.id) } },
    });
    const [first, second] = await Promise.all([lapseUnpaidLoans(db), lapseUnpaidLoans(db)]);
    expect(first + second).toBe(due);
    const mine = await db.loan.findMany({ where: { id: { in: [a.loanId, b.loanId] } } });
    expect(mine.map((l) => [l.status, l.lapsedAt !== null])).toEqual([
      ["CANCELLED", true],
      ["CANCELLED", true],
    ]);
    expect(await lapseUnpaidLoans(db)).toBe(0);
    expect(await a.taken()).toBe(0);
    expect(await b.taken()).toBe(0);
  });

  it("confirms a lapsed loan again when its late payment takes the stock again", async () => {
    const { loanId, order, taken } = await reserved(6, 6);
    await lapse(order.id);
    await lapseUnpaidLoans(db);
    expect((await loanOf(loanId)).status).toBe("CANCELLED");

    expect(
      await settle(
        order.id,
        { method: "TRANSFER", amountCents: order.totalCents },
        "Laattijdige overschrijving",
      ),
    ).toBe("paid");
    expect(await loanOf(loanId)).toMatchObject({ status: "CONFIRMED", cancelledAt: null, lapsedAt: null });
    expect(await taken()).toBe(6);
    expect(await lapseUnpaidLoans(db)).toBe(0);
  });
});
