// Staff set the uitleendienst's borrower categories, delivery terms and loan rules on
// /beheer/uitleendienst/instellingen: a saved lead time and horizon are what the next request is
// judged by, a saved delivery price and area are what the next delivered loan pays and may use, a
// saved cancel deadline and retention are what the cancel and retention code read;
// every save is audited and expires the public catalogue's cache tag; bad input comes back with a
// Dutch message on its field and nothing stored; a resident without loans:manage is refused (403).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { lendingMessages } from "@/lib/lending/messages";
import { categories, friday, item, plusDays, refusal, resident } from "./lending-fixtures";
import { actorWith, formData } from "../support/server-action-call";

process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
const current = vi.hoisted(() => ({ actor: null as Actor | null, expired: [] as string[] }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => current.actor }));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
  updateTag: (tag: string) => void current.expired.push(tag),
}));

const { categoryAction, deliverySettingsAction, loanRulesAction } =
  await import("@/lib/lending/item-actions");
const { loanCancelDeadline } = await import("@/lib/lending/commands/cancel");
const { loanRetentionMonths } = await import("@/lib/lending/retention");
const { cancelDeadline } = await import("@/lib/lending/rules");
const { requestLoan } = await import("@/lib/lending/commands/request");
const { staffItem } = await import("@/lib/lending/queries/items");

const actorFor = (userId: string, staff: boolean) => actorWith(userId, staff ? ["TECHNICAL_SERVICE"] : []);

const post = formData;

let staffId: string;
let seeded: {
  resident: Awaited<ReturnType<typeof db.loanCategory.findUniqueOrThrow>>;
  delivery: object;
  rules: object;
};

beforeAll(async () => {
  await categories();
  staffId = (await db.user.create({ data: { email: `depot-${randomUUID()}@wingene.be`, name: "Depot" } })).id;
  const settings = await db.loanSettings.findUniqueOrThrow({ where: { id: 1 } });
  seeded = {
    resident: await db.loanCategory.findUniqueOrThrow({ where: { code: "RESIDENT" } }),
    delivery: { deliveryCents: settings.deliveryCents, deliveryPostcodes: settings.deliveryPostcodes },
    rules: {
      cancelWorkingDays: settings.cancelWorkingDays,
      lateFeePerDayCents: settings.lateFeePerDayCents,
      retentionMonths: settings.retentionMonths,
    },
  };
});

// Other test files on this worker's database expect the seeded category and delivery terms.
afterAll(async () => {
  const { code, ...resident } = seeded.resident;
  await db.loanCategory.update({ where: { code }, data: resident });
  await db.loanSettings.update({ where: { id: 1 }, data: { ...seeded.delivery, ...seeded.rules } });
});

beforeEach(() => {
  current.actor = actorFor(staffId, true);
  current.expired = [];
});

const residentCategory = (overrides: Record<string, string> = {}) =>
  post({
    code: "RESIDENT",
    label: "Inwoner van Wingene",
    description: "Voor jezelf, als inwoner.",
    leadWorkingDays: "10",
    horizonMonths: "6",
    ...overrides,
  });

describe("a borrower category set by staff", () => {
  it("stores name, description, lead time, horizon and flags, audits before and after, and expires the catalogue", async () => {
    const result = await categoryAction(
      null,
      residentCategory({ leadWorkingDays: "15", horizonMonths: "9", staffOnly: "on" }),
    );
    expect(result).toMatchObject({ ok: true });
    expect(await db.loanCategory.findUniqueOrThrow({ where: { code: "RESIDENT" } })).toMatchObject({
      label: "Inwoner van Wingene",
      description: "Voor jezelf, als inwoner.",
      leadWorkingDays: 15,
      horizonMonths: 9,
      forAssociation: false,
      recognisedOnly: false,
      staffOnly: true,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { actorId: staffId, action: "loan-category.changed", subjectId: "RESIDENT" },
      orderBy: { at: "desc" },
    });
    expect(audit.details).toMatchObject({
      before: { leadWorkingDays: seeded.resident.leadWorkingDays },
      after: { leadWorkingDays: 15, horizonMonths: 9, staffOnly: true },
    });
    expect(current.expired).toContain("lending");
    await categoryAction(null, residentCategory());
  });

  it("makes the next request keep the saved lead time: a pick-up 12 working days out is refused at 40, taken again at 10", async () => {
    const chairs = await item("Stoel", 50, { RESIDENT: 100 });
    const slot = (kind: "PICKUP" | "RETURN", isoWeekday: number) =>
      db.loanSlot.create({
        data: { id: `t-${randomUUID().slice(0, 8)}`, kind, isoWeekday, startMinutes: 480, endMinutes: 600 },
      });
    const [pickup, back] = [await slot("PICKUP", 5), await slot("RETURN", 1)];
    const from = friday();
    const basket = {
      quantities: { [chairs.id]: 5 },
      pickupDate: from,
      pickupSlotId: pickup.id,
      returnDate: plusDays(from, 3),
      returnSlotId: back.id,
      borrowFor: "self",
    };
    expect(await categoryAction(null, residentCategory({ leadWorkingDays: "40" }))).toMatchObject({
      ok: true,
    });
    const user = await resident();
    const error = await refusal(requestLoan(basket, { userId: user.id }));
    expect(error.field).toBe("pickupDate");
    expect(error.message).toMatch(/40 werkdagen/);
    expect(await db.loan.count({ where: { userId: user.id } })).toBe(0);

    await categoryAction(null, residentCategory({ leadWorkingDays: "10" }));
    await expect(requestLoan(basket, { userId: user.id })).resolves.toMatchObject({
      loanId: expect.any(String),
    });
  });

  it("refuses an empty name and out-of-range lead time and horizon on their fields and stores nothing", async () => {
    const before = await db.loanCategory.findUniqueOrThrow({ where: { code: "RESIDENT" } });
    const audits = await db.auditLog.count({ where: { actorId: staffId, action: "loan-category.changed" } });
    const result = await categoryAction(
      null,
      residentCategory({ label: " ", leadWorkingDays: "61", horizonMonths: "0" }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        label: [lendingMessages.categoryLabel],
        leadWorkingDays: [lendingMessages.leadWorkingDays],
        horizonMonths: [lendingMessages.horizonMonths],
      },
    });
    expect(await db.loanCategory.findUniqueOrThrow({ where: { code: "RESIDENT" } })).toEqual(before);
    expect(await db.auditLog.count({ where: { actorId: staffId, action: "loan-category.changed" } })).toBe(
      audits,
    );
  });

  it("answers a category that does not exist with a Dutch message and creates none", async () => {
    const result = await categoryAction(null, residentCategory({ code: "GEEN-CATEGORIE" }));
    expect(result).toMatchObject({ ok: false, message: lendingMessages.categoryNotFound });
    expect(await db.loanCategory.count({ where: { code: "GEEN-CATEGORIE" } })).toBe(0);
  });

  it("is refused (403) for a resident without loans:manage, nothing changed", async () => {
    const user = await resident();
    current.actor = actorFor(user.id, false);
    await expect(categoryAction(null, residentCategory({ label: "Gekaapt" }))).rejects.toMatchObject({
      digest: expect.stringContaining("403"),
    });
    expect((await db.loanCategory.findUniqueOrThrow({ where: { code: "RESIDENT" } })).label).not.toBe(
      "Gekaapt",
    );
  });

  it("is listed on an item's page, where its price per item is set", async () => {
    const tent = await item("Tent", 2, { RESIDENT: 100 });
    const codes = (await staffItem(tent.id))!.categories.map((c) => c.code);
    expect(codes).toEqual(expect.arrayContaining(["RESIDENT", "RECOGNISED", "COMMERCIAL"]));
  });
});

describe("the delivery price and area set by staff", () => {
  it("stores 12,50 as 1250 cents and the postcodes without duplicates, audited; the next delivered loan pays it and may go to the added postcode", async () => {
    const result = await deliverySettingsAction(
      null,
      post({ deliveryPrice: "12,50", deliveryPostcodes: "8750, 8755 8750;8760" }),
    );
    expect(result).toMatchObject({ ok: true });
    expect(await db.loanSettings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      deliveryCents: 1250,
      deliveryPostcodes: ["8750", "8755", "8760"],
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { actorId: staffId, action: "loan-settings.delivery-changed" },
      orderBy: { at: "desc" },
    });
    expect(audit.details).toMatchObject({
      before: seeded.delivery,
      after: { deliveryCents: 1250, deliveryPostcodes: ["8750", "8755", "8760"] },
    });
    expect(current.expired).toContain("lending");

    const podium = await item("Podium", 20, { RESIDENT: 1000 }, { depositCents: 0 });
    await db.loanItem.update({ where: { id: podium.id }, data: { deliverable: true } });
    const window = (kind: "DELIVERY" | "COLLECTION", isoWeekday: number) =>
      db.loanSlot.create({
        data: { id: `t-${randomUUID().slice(0, 8)}`, kind, isoWeekday, startMinutes: 480, endMinutes: 720 },
      });
    const from = friday(1);
    const user = await resident();
    const { loanId, order } = await requestLoan(
      {
        quantities: { [podium.id]: 2 },
        handover: "DELIVERY",
        pickupDate: from,
        pickupSlotId: "",
        returnDate: plusDays(from, 3),
        returnSlotId: "",
        delivery: { street: "Dorpsstraat", houseNumber: "1", postcode: "8760", city: "Meulebeke" },
        deliverySlotId: (await window("DELIVERY", 5)).id,
        collectionSlotId: (await window("COLLECTION", 1)).id,
        borrowFor: "self",
      },
      { userId: user.id },
    );
    expect(await db.loan.findUniqueOrThrow({ where: { id: loanId } })).toMatchObject({
      deliveryPostcode: "8760",
      transportCents: 1250,
    });
    expect(order.totalCents).toBe(2 * 1000 + 1250);
  });

  it("refuses a wrong postcode and a price that is not an amount on their fields and stores nothing", async () => {
    await deliverySettingsAction(null, post({ deliveryPrice: "60", deliveryPostcodes: "8750 8755" }));
    const audits = await db.auditLog.count({ where: { action: "loan-settings.delivery-changed" } });
    const result = await deliverySettingsAction(
      null,
      post({ deliveryPrice: "zestig", deliveryPostcodes: "8750, 875" }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        deliveryPrice: [lendingMessages.deliveryPrice],
        deliveryPostcodes: [lendingMessages.notAPostcode("875")],
      },
      values: { deliveryPrice: "zestig", deliveryPostcodes: "8750, 875" },
    });
    expect(await db.loanSettings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      deliveryCents: 6000,
      deliveryPostcodes: ["8750", "8755"],
    });
    expect(await db.auditLog.count({ where: { action: "loan-settings.delivery-changed" } })).toBe(audits);
  });

  it("is refused (403) for a resident without loans:manage, nothing changed", async () => {
    const before = await db.loanSettings.findUniqueOrThrow({ where: { id: 1 } });
    current.actor = actorFor((await resident()).id, false);
    await expect(
      deliverySettingsAction(null, post({ deliveryPrice: "0", deliveryPostcodes: "1000" })),
    ).rejects.toMatchObject({ digest: expect.stringContaining("403") });
    expect(await db.loanSettings.findUniqueOrThrow({ where: { id: 1 } })).toEqual(before);
  });
});

describe("the rules of every loan set by staff", () => {
  it("stores 5 working days, 2,50 euro a day late and 36 months, audited; cancelling and retention read them", async () => {
    const result = await loanRulesAction(
      null,
      post({ cancelWorkingDays: "5", lateFeePerDay: "2,50", retentionMonths: "36" }),
    );
    expect(result).toMatchObject({ ok: true });
    expect(await db.loanSettings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      cancelWorkingDays: 5,
      lateFeePerDayCents: 250,
      retentionMonths: 36,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { actorId: staffId, action: "loan-settings.rules-changed" },
      orderBy: { at: "desc" },
    });
    expect(audit.details).toMatchObject({
      before: seeded.rules,
      after: { cancelWorkingDays: 5, lateFeePerDayCents: 250, retentionMonths: 36 },
    });
    expect(current.expired).toContain("lending");
    const pickup = friday(3);
    expect(await loanCancelDeadline(new Date(`${pickup}T00:00:00Z`))).toBe(cancelDeadline(pickup, 5));
    expect(cancelDeadline(pickup, 5)).not.toBe(cancelDeadline(pickup, 3));
    expect(await loanRetentionMonths(db)).toBe(36);
  });

  it("refuses 31 working days, a fee that is not an amount and 0 months on their fields and stores nothing", async () => {
    const before = await db.loanSettings.findUniqueOrThrow({ where: { id: 1 } });
    const result = await loanRulesAction(
      null,
      post({ cancelWorkingDays: "31", lateFeePerDay: "tien", retentionMonths: "0" }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        cancelWorkingDays: [lendingMessages.cancelWorkingDays],
        lateFeePerDay: [lendingMessages.lateFeePerDay],
        retentionMonths: [lendingMessages.retentionMonths],
      },
      values: { cancelWorkingDays: "31", lateFeePerDay: "tien", retentionMonths: "0" },
    });
    expect(await db.loanSettings.findUniqueOrThrow({ where: { id: 1 } })).toEqual(before);
  });

  it("is refused (403) for a resident without loans:manage, nothing changed", async () => {
    const before = await db.loanSettings.findUniqueOrThrow({ where: { id: 1 } });
    current.actor = actorFor((await resident()).id, false);
    await expect(
      loanRulesAction(null, post({ cancelWorkingDays: "0", lateFeePerDay: "0", retentionMonths: "1" })),
    ).rejects.toMatchObject({ digest: expect.stringContaining("403") });
    expect(await db.loanSettings.findUniqueOrThrow({ where: { id: 1 } })).toEqual(before);
  });
});
