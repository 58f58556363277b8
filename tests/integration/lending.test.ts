// The uitleendienst against PostgreSQL: never more than the stock on any day when requests race on
// separate connections, every kind of bad input refused with a Dutch message on its field and
// nothing stored, and the depot's hand-out, take-back and deposit settlement through the payment core.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { holidaysOf } from "@/lib/be/holidays";
import { brusselsParts } from "@/lib/be/time";
import { weekdayOf } from "@/lib/be/working-days";
import { capacityMessages } from "@/lib/capacity";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";
import { FieldError } from "@/lib/errors";
import { cancelLoan } from "@/lib/lending/commands/cancel";
import { requestLoan } from "@/lib/lending/commands/request";
import { poolKey } from "@/lib/lending/rules";
import type { BasketInput } from "@/lib/lending/schema";
import { association, categories, friday, item, plusDays, resident, slots } from "./lending-fixtures";

// A connection per racer, so the 20 requests really run at the same time.
const racers = createPrismaClient(process.env.DATABASE_URL!, 25);
afterAll(() => racers.$disconnect());

let slot: Awaited<ReturnType<typeof slots>>;
beforeAll(async () => {
  await categories();
  slot = await slots();
});

const basket = (
  quantities: Record<string, number>,
  from: string,
  to: string,
  borrowFor = "self",
): BasketInput => ({
  quantities,
  pickupDate: from,
  pickupSlotId: slot.fridayEvening.id,
  returnDate: to,
  returnSlotId: slot.mondayEvening.id,
  borrowFor,
});

async function takenOn(itemId: string, day: string) {
  const pool = await db.capacityPool.findUnique({ where: { key: poolKey(itemId, day) } });
  return pool?.taken ?? 0;
}

describe("stock per day under racing requests", () => {
  it("never promises more than 400 chairs on any day when 20 requests of 30 race over overlapping weekends", async () => {
    const chairs = await item("Stoel", 400, { RESIDENT: 50, RECOGNISED: 20 }, { depositCents: 100 });
    const first = friday();
    const second = plusDays(first, 7);
    const periods = [
      ...Array(10).fill([first, plusDays(first, 3)]), // A: one weekend
      ...Array(5).fill([first, plusDays(second, 3)]), // B: both weekends
      ...Array(5).fill([second, plusDays(second, 3)]), // C: the second weekend
    ] as [string, string][];
    const people = await Promise.all(periods.map(() => resident()));
    const results = await Promise.allSettled(
      periods.map(([from, to], i) =>
        requestLoan(basket({ [chairs.id]: 30 }, from, to), { userId: people[i]!.id }, { db: racers }),
      ),
    );
    const won = results.map((r) => r.status === "fulfilled");
    const losers = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(losers.map((r) => r.reason.message)).toEqual(
      Array(losers.length).fill(capacityMessages.notEnough),
    );
    // A and B share the first weekend: 13 × 30 = 390 fit in 400, the 14th would be 420.
    expect(won.slice(0, 15).filter(Boolean)).toHaveLength(13);
    // The second weekend has room for every C and the B that won.
    expect(won.slice(15).every(Boolean)).toBe(true);
    for (let day = first; day <= plusDays(second, 3); day = plusDays(day, 1)) {
      const covering = periods.filter(([from, to], i) => won[i] && from <= day && day <= to).length;
      const taken = await takenOn(chairs.id, day);
      expect(taken).toBeLessThanOrEqual(400);
      expect(taken).toBe(covering * 30);
    }
    // Only the winners have a loan; the losers left nothing behind.
    expect(await db.loanLine.count({ where: { itemId: chairs.id } })).toBe(won.filter(Boolean).length);
  }, 120_000);
});

describe("bad input: a Dutch message on the field, nothing stored", () => {
  async function refused(input: BasketInput, userId: string, field: string, message: RegExp) {
    const before = await db.loan.count();
    const error = await requestLoan(input, { userId }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldError);
    expect((error as FieldError).field).toBe(field);
    expect((error as FieldError).message).toMatch(message);
    expect(await db.loan.count()).toBe(before);
  }

  it("refuses more than the stock, a day without enough left, and an item the category may not borrow", async () => {
    const tents = await item("Tent", 4, { RESIDENT: 5000 });
    const signs = await item("Bord", 30, { RECOGNISED: 100 });
    const user = await resident();
    const from = friday(3);
    await refused(
      basket({ [tents.id]: 5 }, from, plusDays(from, 3)),
      user.id,
      `quantities.${tents.id}`,
      /in totaal 4 tents/,
    );
    await requestLoan(basket({ [tents.id]: 3 }, from, plusDays(from, 3)), { userId: (await resident()).id });
    await refused(
      basket({ [tents.id]: 2 }, from, plusDays(from, 3)),
      user.id,
      `quantities.${tents.id}`,
      /Nog 1 van 4 tents vrij op vr/,
    );
    await refused(
      basket({ [signs.id]: 2 }, from, plusDays(from, 3)),
      user.id,
      `quantities.${signs.id}`,
      /kan je niet lenen als inwoner/,
    );
  });

  it("refuses a pick-up inside the lead time, a return past the horizon, and a slot not on that weekday", async () => {
    const chairs = await item("Stoel", 50, { RESIDENT: 50 });
    const user = await resident();
    // The first Friday after today: always inside the 10 working days.
    let soon = plusDays(brusselsParts(new Date()).dateKey, 1);
    while (weekdayOf(soon) !== 5) soon = plusDays(soon, 1);
    await refused(
      basket({ [chairs.id]: 5 }, soon, plusDays(soon, 3)),
      user.id,
      "pickupDate",
      /werkdagen nodig/,
    );
    const far = friday(30);
    await refused(
      basket({ [chairs.id]: 5 }, far, plusDays(far, 3)),
      user.id,
      "returnDate",
      /6 maanden vooruit/,
    );
    const from = friday(2);
    await refused(
      { ...basket({ [chairs.id]: 5 }, from, plusDays(from, 3)), pickupSlotId: slot.mondayEvening.id },
      user.id,
      "pickupSlotId",
      /ophaalmoment bestaat niet/,
    );
    await refused(
      { ...basket({ [chairs.id]: 5 }, from, plusDays(from, 3)), returnSlotId: "bestaat-niet" },
      user.id,
      "returnSlotId",
      /terugbrengmoment bestaat niet/,
    );
  });

  it("refuses borrowing for an association one is only a member of, and barriers without their feet", async () => {
    const barriers = await item("Nadarhek", 120, { RESIDENT: 150, RECOGNISED: 50 });
    const feet = await item("Voet", 130, { RESIDENT: 0, RECOGNISED: 0 });
    await db.loanAccessory.create({
      data: { itemId: barriers.id, accessoryId: feet.id, perUnit: 1, required: true },
    });
    const member = await resident();
    const club = await association(member.id, "MEMBER");
    const from = friday(4);
    await refused(
      basket({ [barriers.id]: 20, [feet.id]: 20 }, from, plusDays(from, 3), club.id),
      member.id,
      "borrowFor",
      /geen verantwoordelijke/,
    );
    await refused(
      basket({ [barriers.id]: 20, [feet.id]: 10 }, from, plusDays(from, 3)),
      member.id,
      `quantities.${feet.id}`,
      /Bij 20 nadarheks horen 20 voets/,
    );
  });

  it("refuses a return on a public holiday on a weekday, when the depot is closed", async () => {
    const chairs = await item("Stoel", 50, { RESIDENT: 50 });
    const user = await resident();
    const [earliest, latest] = [plusDays(friday(), 3), plusDays(friday(), 150)];
    const years = [Number(earliest.slice(0, 4)), Number(latest.slice(0, 4))];
    const holiday = [...new Set(years)]
      .flatMap((y) => holidaysOf(y))
      .find((h) => h.official && h.dateKey >= earliest && h.dateKey <= latest && weekdayOf(h.dateKey) <= 5)!;
    expect(holiday).toBeDefined();
    let pickup = plusDays(holiday.dateKey, -1);
    while (weekdayOf(pickup) !== 5) pickup = plusDays(pickup, -1);
    const returnSlot = await db.loanSlot.create({
      data: { kind: "RETURN", isoWeekday: weekdayOf(holiday.dateKey), startMinutes: 480, endMinutes: 690 },
    });
    await refused(
      { ...basket({ [chairs.id]: 5 }, pickup, holiday.dateKey), returnSlotId: returnSlot.id },
      user.id,
      "returnSlotId",
      /depot is gesloten .* \(feestdag\)/,
    );
  });
});

describe("cancelling", () => {
  it("gives the stock back when an unpaid loan is cancelled before the deadline", async () => {
    const chairs = await item("Stoel", 100, { RESIDENT: 50 });
    const user = await resident();
    const from = friday(5);
    const { loanId } = await requestLoan(basket({ [chairs.id]: 60 }, from, plusDays(from, 3)), {
      userId: user.id,
    });
    expect(await takenOn(chairs.id, from)).toBe(60);
    await cancelLoan(loanId, { userId: user.id });
    expect(await takenOn(chairs.id, from)).toBe(0);
    expect((await db.loan.findUniqueOrThrow({ where: { id: loanId } })).status).toBe("CANCELLED");
    const order = await db.order.findFirstOrThrow({ where: { lines: { some: { itemId: loanId } } } });
    expect(order.status).toBe("CANCELLED");
  });
});
