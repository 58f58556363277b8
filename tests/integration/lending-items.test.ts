// Staff manage the uitleendienst's data: an item's stock, deposit, damage fee and prices per
// category (audited; an empty price takes the category's right away), a lower stock that clashes
// with a loan refused naming it or stored when confirmed, repairs and their end, and the depot's
// slot hours; bad input refused with a Dutch message on its field.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { saveItemSettings, saveSlot } from "@/lib/lending/commands/items";
import { requestLoan } from "@/lib/lending/commands/request";
import { StockConflictError, endRepair } from "@/lib/lending/commands/stock";
import { itemSettingsSchema, repairSchema, slotSchema } from "@/lib/lending/item-schema";
import { freePerDay } from "@/lib/lending/queries/availability";
import { categories, friday, item, plusDays, resident, slots } from "./lending-fixtures";

let slot: Awaited<ReturnType<typeof slots>>;
let staffId: string;
beforeAll(async () => {
  await categories();
  slot = await slots();
  staffId = (await resident()).id;
});

const fieldErrors = (
  schema: {
    safeParse: (v: unknown) => {
      success: boolean;
      error?: { issues: { path: PropertyKey[]; message: string }[] };
    };
  },
  input: unknown,
) =>
  Object.fromEntries((schema.safeParse(input).error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

const settings = (itemId: string, overrides: Record<string, unknown> = {}) =>
  itemSettingsSchema.parse({
    itemId,
    stock: "10",
    deposit: "5",
    damageFee: "25,50",
    prices: { RESIDENT: "12", RECOGNISED: "" },
    ...overrides,
  });

describe("an item's stock, deposit and prices", () => {
  it("stores them, drops the prices left empty, audits, and raises the free stock", async () => {
    const tents = await item("Tent", 4, { RESIDENT: 1000, RECOGNISED: 500 });
    const from = friday(4);
    await saveItemSettings(settings(tents.id), staffId);
    const saved = await db.loanItem.findUniqueOrThrow({ where: { id: tents.id }, include: { prices: true } });
    expect(saved).toMatchObject({ stock: 10, depositCents: 500, damageFeeCents: 2550 });
    expect(saved.prices.map((p) => [p.categoryCode, p.unitCents])).toEqual([["RESIDENT", 1200]]);
    expect((await freePerDay(db, [saved], from, from)).get(tents.id)![0]!.free).toBe(10);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { subjectId: tents.id, action: "loan-item.changed" },
    });
    expect(audit.actorId).toBe(staffId);
  });

  it("refuses bad input on its field: stock, amounts and prices", () => {
    expect(
      fieldErrors(itemSettingsSchema, {
        itemId: "x",
        stock: "-1",
        deposit: "abc",
        damageFee: "1",
        prices: { RESIDENT: "€ x" },
      }),
    ).toEqual({
      stock: expect.stringMatching(/geheel getal/),
      deposit: expect.stringMatching(/bedrag in euro/),
      "prices.RESIDENT": expect.stringMatching(/laat leeg/),
    });
  });

  it("refuses a lower stock that leaves a loan without units, naming it, and stores it when confirmed", async () => {
    const tents = await item("Tent", 10, { RESIDENT: 1000 });
    const from = friday(5);
    const { loanId } = await requestLoan(
      {
        quantities: { [tents.id]: 8 },
        pickupDate: from,
        pickupSlotId: slot.fridayEvening.id,
        returnDate: plusDays(from, 3),
        returnSlotId: slot.mondayEvening.id,
        borrowFor: "self",
      },
      { userId: (await resident()).id },
    );
    const refusal = await saveItemSettings(settings(tents.id, { stock: "6" }), staffId).catch(
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(StockConflictError);
    expect((refusal as StockConflictError).conflicts.map((c) => [c.loanId, c.quantity])).toEqual([
      [loanId, 8],
    ]);
    expect((await db.loanItem.findUniqueOrThrow({ where: { id: tents.id } })).stock).toBe(10);
    const { conflicts } = await saveItemSettings(
      settings(tents.id, { stock: "6", confirmed: "on" }),
      staffId,
    );
    expect(conflicts.map((c) => c.loanId)).toEqual([loanId]);
    expect((await db.loanItem.findUniqueOrThrow({ where: { id: tents.id } })).stock).toBe(6);
  });
});

describe("repairs and depot hours", () => {
  it("refuses a repair ending before it starts, and ending an unknown repair", async () => {
    expect(
      fieldErrors(repairSchema, {
        itemId: "x",
        quantity: "0",
        fromDate: "2027-03-10",
        untilDate: "",
      }),
    ).toEqual({
      quantity: expect.stringMatching(/minstens 1/),
    });
    expect(
      fieldErrors(repairSchema, {
        itemId: "x",
        quantity: "2",
        fromDate: "2027-03-10",
        untilDate: "2027-03-09",
      }),
    ).toEqual({
      untilDate: expect.stringMatching(/vóór de eerste dag/),
    });
    await expect(endRepair("geen-herstelling", "2027-03-10", staffId)).rejects.toBeInstanceOf(AppError);
  });

  it("changes a slot's hours and offer, audited, and refuses an end before the start", async () => {
    expect(fieldErrors(slotSchema, { slotId: slot.tuesdayReturn.id, start: "18:00", end: "17:00" })).toEqual({
      end: expect.stringMatching(/vóór het begin/),
    });
    await saveSlot(
      slotSchema.parse({ slotId: slot.tuesdayReturn.id, start: "07:30", end: "09:00" }),
      staffId,
    );
    expect(await db.loanSlot.findUniqueOrThrow({ where: { id: slot.tuesdayReturn.id } })).toMatchObject({
      startMinutes: 450,
      endMinutes: 540,
      active: false,
    });
    await expect(saveSlot({ slotId: "geen", start: 1, end: 2, active: true }, staffId)).rejects.toThrow(
      /bestaat niet/,
    );
    expect(
      await db.auditLog.count({ where: { subjectId: slot.tuesdayReturn.id, action: "loan-slots.changed" } }),
    ).toBe(1);
  });
});
