// Units out of service against PostgreSQL: a repair lowers the day pools it covers, a repair that
// would leave a day with less than is promised is refused naming the loan (or stored when staff
// confirm, with whom to call), an open-ended repair also holds for days nobody asked for yet, and a
// repair racing a request on separate connections never lets promised + out of service pass the stock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";
import { FieldError } from "@/lib/errors";
import { handOut, takeBack } from "@/lib/lending/commands/depot";
import { StockConflictError, endRepair, takeOutOfService } from "@/lib/lending/commands/stock";
import { requestLoan } from "@/lib/lending/commands/request";
import { freePerDay } from "@/lib/lending/queries/availability";
import { poolKey } from "@/lib/lending/rules";
import { settle } from "@/lib/payments/settle";
import { seed } from "@/prisma/seed";
import { categories, friday, item, plusDays, resident, slots } from "./lending-fixtures";

const racers = createPrismaClient(process.env.DATABASE_URL!, 6);
afterAll(() => racers.$disconnect());

let slot: Awaited<ReturnType<typeof slots>>;
let staffId: string;
beforeAll(async () => {
  // The settle mail needs the municipality's identity (the seed, idempotent).
  await seed(db);
  await categories();
  slot = await slots();
  staffId = (await resident()).id;
});

const borrow = (itemId: string, quantity: number, from: string, userId: string, client = db) =>
  requestLoan(
    {
      quantities: { [itemId]: quantity },
      pickupDate: from,
      pickupSlotId: slot.fridayEvening.id,
      returnDate: plusDays(from, 3),
      returnSlotId: slot.mondayEvening.id,
      borrowFor: "self",
    },
    { userId },
    { db: client },
  );

const repair = (itemId: string, quantity: number, from: string, until: string | null, confirmed = false) =>
  takeOutOfService(
    { itemId, kind: "REPAIR", quantity, fromDate: from, untilDate: until },
    { staffId, confirmed },
  );

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const freeOn = async (tent: { id: string; stock: number }, day: string) =>
  (await freePerDay(db, [tent], day, day)).get(tent.id)![0]!.free;

describe("repairs lower the stock of the days they cover", () => {
  it("a repair that fits lowers what is free and the pools, and ending it gives the units back", async () => {
    const tents = await item("Tent", 10, { RESIDENT: 1000 });
    const from = friday(8);
    await borrow(tents.id, 4, from, (await resident()).id);
    await repair(tents.id, 5, plusDays(from, 1), plusDays(from, 2));
    expect(await freeOn(tents, from)).toBe(6);
    expect(await freeOn(tents, plusDays(from, 1))).toBe(1);
    const pool = await db.capacityPool.findUniqueOrThrow({
      where: { key: poolKey(tents.id, plusDays(from, 1)) },
    });
    expect(pool.capacity).toBe(5);
    const change = await db.loanStockChange.findFirstOrThrow({ where: { itemId: tents.id } });
    await endRepair(change.id, plusDays(from, 2), staffId);
    expect(await freeOn(tents, plusDays(from, 1))).toBe(1);
    expect(await freeOn(tents, plusDays(from, 2))).toBe(6);
  });

  it("refuses a repair that leaves a day with less than is promised, naming the loan, and stores nothing", async () => {
    const tents = await item("Tent", 10, { RESIDENT: 1000 });
    const from = friday(9);
    const borrower = await resident();
    const { loanId } = await borrow(tents.id, 6, from, borrower.id);
    const refusal = await repair(tents.id, 5, plusDays(from, 1), null).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(StockConflictError);
    const conflicts = (refusal as StockConflictError).conflicts;
    expect(conflicts).toEqual([
      expect.objectContaining({
        loanId,
        borrowerName: "Test Lener",
        pickupDate: from,
        returnDate: plusDays(from, 3),
        quantity: 6,
      }),
    ]);
    expect(conflicts[0]!.shortDays.map((d) => d.short)).toEqual([1, 1, 1]);
    expect((refusal as Error).message).toContain("Test Lener");
    expect(await db.loanStockChange.count({ where: { itemId: tents.id } })).toBe(0);
    expect(await freeOn(tents, plusDays(from, 1))).toBe(4);
  });

  it("stores a confirmed conflicting repair, returns whom to call, and nothing more can be lent those days", async () => {
    const tents = await item("Tent", 10, { RESIDENT: 1000 });
    const from = friday(10);
    const { loanId } = await borrow(tents.id, 6, from, (await resident()).id);
    const { conflicts } = await repair(tents.id, 5, from, plusDays(from, 3), true);
    expect(conflicts.map((c) => [c.loanId, c.quantity])).toEqual([[loanId, 6]]);
    expect(await freeOn(tents, from)).toBe(0);
    const late = await borrow(tents.id, 1, from, (await resident()).id).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(FieldError);
  });

  it("an open-ended repair also lowers days that had no pool yet, and more than owned is refused", async () => {
    const tents = await item("Tent", 10, { RESIDENT: 1000 });
    const from = friday(11);
    await repair(tents.id, 8, from, null);
    expect(await freeOn(tents, plusDays(from, 21))).toBe(2);
    await expect(borrow(tents.id, 3, plusDays(from, 7), (await resident()).id)).rejects.toBeInstanceOf(
      FieldError,
    );
    await expect(borrow(tents.id, 2, plusDays(from, 7), (await resident()).id)).resolves.toBeTruthy();
    await expect(repair(tents.id, 11, from, null)).rejects.toMatchObject({ field: "quantity" });
  });
});

describe("units missing after a take-back", () => {
  it("lower the stock from the take-back's day, and a later loan that no longer fits is named", async () => {
    const tents = await item("Tent", 10, { RESIDENT: 1000 });
    const from = friday(3);
    const { loanId, order } = await borrow(tents.id, 10, from, (await resident()).id);
    await settle(
      order.id,
      { method: "DESK_CARD", amountCents: order.totalCents, recordedById: staffId },
      "Test",
    );
    const next = await borrow(tents.id, 10, plusDays(from, 7), (await resident()).id);
    // Paid, so its holds still count on the (later) day of the take-back.
    await settle(
      next.order.id,
      { method: "DESK_CARD", amountCents: next.order.totalCents, recordedById: staffId },
      "Test",
    );
    const line = await db.loanLine.findFirstOrThrow({ where: { loanId } });
    await handOut(loanId, { [line.id]: 10 }, staffId);
    const returnedOn = new Date(`${plusDays(from, 4)}T09:00:00Z`);
    const { conflicts } = await takeBack(
      loanId,
      { returned: { [line.id]: 8 }, damaged: { [line.id]: 1 }, missing: { [line.id]: 1 } },
      staffId,
      returnedOn,
    );
    expect(conflicts.map((c) => c.loanId)).toEqual([next.loanId, next.loanId]);
    // 2 × € 25 damage fee, and one started day late (back the morning after the Monday evening slot).
    const settings = await db.loanSettings.findUniqueOrThrow({ where: { id: 1 } });
    const back = await db.loan.findUniqueOrThrow({ where: { id: loanId } });
    expect(back.feeCents).toBe(5000 + settings.lateFeePerDayCents);
    expect(back.feeNote).toMatch(/1 dag\(en\) te laat/);
    const changes = await db.loanStockChange.findMany({
      where: { itemId: tents.id },
      orderBy: { kind: "asc" },
    });
    expect(changes.map((c) => [c.kind, c.quantity, c.untilDate])).toEqual([
      ["REPAIR", 1, null],
      ["LOST", 1, null],
    ]);
    // The loan's own days keep their stock; from the take-back on 2 fewer.
    const [onReturn] = (await freePerDay(db, [tents], plusDays(from, 3), plusDays(from, 3))).get(tents.id)!;
    expect(onReturn!.stock).toBe(10);
    expect(await freeOn(tents, plusDays(from, 14))).toBe(8);
    expect(await freeOn(tents, plusDays(from, 7))).toBe(0);
  });
});

describe("a repair racing a request on separate connections", () => {
  it("never lets promised + out for repair pass the stock on any day (10 rounds)", async () => {
    let loansWon = 0;
    let repairsWon = 0;
    for (let round = 0; round < 10; round++) {
      const tents = await item("Tent", 10, { RESIDENT: 1000 });
      const from = friday(12 + round);
      await borrow(tents.id, 4, from, (await resident()).id);
      const someone = await resident();
      // 4 promised; a request of 4 and a repair of 4 cannot both fit in 10.
      const [loan, fix] = await Promise.allSettled([
        borrow(tents.id, 4, from, someone.id, racers),
        // The repair starts a little later each round, so both orders of arrival happen.
        pause(round * 15).then(() =>
          takeOutOfService(
            {
              itemId: tents.id,
              kind: "REPAIR",
              quantity: 4,
              fromDate: plusDays(from, 1),
              untilDate: plusDays(from, 2),
            },
            { staffId, confirmed: false, db: racers },
          ),
        ),
      ]);
      expect([loan.status, fix.status].filter((s) => s === "fulfilled")).toHaveLength(1);
      loansWon += loan.status === "fulfilled" ? 1 : 0;
      repairsWon += fix.status === "fulfilled" ? 1 : 0;
      for (let day = from; day <= plusDays(from, 3); day = plusDays(day, 1)) {
        const pool = await db.capacityPool.findUniqueOrThrow({ where: { key: poolKey(tents.id, day) } });
        const out = day > from && day < plusDays(from, 3) && fix.status === "fulfilled" ? 4 : 0;
        expect(pool.taken + out).toBeLessThanOrEqual(10);
      }
    }
    console.info(`repair vs request race: ${loansWon} requests won, ${repairsWon} repairs won, 10 rounds`);
  }, 120_000);
});
