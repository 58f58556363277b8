// Deliveries of the uitleendienst against PostgreSQL: a delivered loan stores its address, windows
// and a transport line with the right order total; bad input (outside the area, nothing
// deliverable, a window on another weekday) is refused on its field with nothing stored; staff's
// route order is saved, audited and read back in that order; retention and erasure clear the address.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/tx";
import { saveRouteOrder } from "@/lib/lending/commands/route";
import { requestLoan } from "@/lib/lending/commands/request";
import { LOAN_TRANSPORT_ITEM } from "@/lib/lending/fulfil";
import { lendingMessages } from "@/lib/lending/messages";
import { dayRoute } from "@/lib/lending/queries/route";
import { removeExpiredLoanData } from "@/lib/lending/retention";
import type { BasketInput } from "@/lib/lending/schema";
import { BOOKING_STEPS } from "@/lib/privacy/erase-steps/bookings";
import { categories, friday, item, plusDays, refusal, resident } from "./lending-fixtures";

let windows: { delivery: string; collection: string };
let podium: { id: string };
let signs: { id: string };
let deliveryCents: number;

beforeAll(async () => {
  await categories();
  const tag = randomUUID().slice(0, 8);
  const window = (kind: "DELIVERY" | "COLLECTION", isoWeekday: number) =>
    db.loanSlot.create({
      data: { id: `t-${tag}-${kind}`, kind, isoWeekday, startMinutes: 8 * 60, endMinutes: 12 * 60 },
    });
  windows = { delivery: (await window("DELIVERY", 5)).id, collection: (await window("COLLECTION", 1)).id };
  podium = await item("Podium", 500, { RESIDENT: 1000 }, { depositCents: 2500 });
  await db.loanItem.update({ where: { id: podium.id }, data: { deliverable: true } });
  signs = await item("Bord", 50, { RESIDENT: 200 });
  deliveryCents = (await db.loanSettings.findUniqueOrThrow({ where: { id: 1 } })).deliveryCents;
});

const address = (postcode = "8750", street = "Kerkstraat", houseNumber = "3") => ({
  street,
  houseNumber,
  postcode,
  city: postcode === "8755" ? "Ruiselede" : "Wingene",
});

const delivered = (
  quantities: Record<string, number>,
  from: string,
  extra: Partial<BasketInput> = {},
): BasketInput => ({
  quantities,
  handover: "DELIVERY",
  pickupDate: from,
  pickupSlotId: "",
  returnDate: plusDays(from, 3),
  returnSlotId: "",
  delivery: address(),
  deliverySlotId: windows.delivery,
  collectionSlotId: windows.collection,
  borrowFor: "self",
  ...extra,
});

describe("a delivered loan", () => {
  it("stores the address, the delivery and collection windows and one transport line; the total adds it", async () => {
    const user = await resident();
    const from = friday();
    const { loanId, order } = await requestLoan(delivered({ [podium.id]: 4 }, from), { userId: user.id });
    const loan = await db.loan.findUniqueOrThrow({ where: { id: loanId } });
    expect(loan).toMatchObject({
      delivery: true,
      deliveryStreet: "Kerkstraat",
      deliveryHouseNumber: "3",
      deliveryPostcode: "8750",
      deliveryCity: "Wingene",
      pickupSlotId: windows.delivery,
      returnSlotId: windows.collection,
      transportCents: deliveryCents,
    });
    const lines = await db.orderLine.findMany({ where: { orderId: order.id } });
    const transport = lines.filter((l) => l.itemType === LOAN_TRANSPORT_ITEM);
    expect(transport).toHaveLength(1);
    expect(transport[0]!.unitCents).toBe(deliveryCents);
    // 4 podium elements at € 10 rent and € 25 deposit, plus the transport.
    expect(order.totalCents).toBe(4 * 1000 + 4 * 2500 + deliveryCents);
  });

  it("refuses an address outside the municipality on the postcode field and stores nothing", async () => {
    const user = await resident();
    const outside = delivered({ [podium.id]: 2 }, friday(), { delivery: address("8000") });
    const error = await refusal(requestLoan(outside, { userId: user.id }));
    expect(error.field).toBe("delivery.postcode");
    expect(error.message).toMatch(/levert alleen in de gemeente/);
    expect(await db.loan.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.order.count({ where: { buyerUserId: user.id } })).toBe(0);
  });

  it("refuses delivery of items none of which the technical service delivers", async () => {
    const user = await resident();
    const error = await refusal(requestLoan(delivered({ [signs.id]: 2 }, friday()), { userId: user.id }));
    expect(error).toEqual({ field: "handover", message: lendingMessages.notDeliverable });
    expect(await db.loan.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a collection window that is not on the collection day's weekday", async () => {
    const user = await resident();
    const from = friday();
    const tuesday = delivered({ [podium.id]: 2 }, from, { returnDate: plusDays(from, 4) });
    const error = await refusal(requestLoan(tuesday, { userId: user.id }));
    expect(error).toEqual({
      field: "collectionSlotId",
      message: lendingMessages.windowNotThatDay("ophaling"),
    });
    expect(await db.loan.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("the route of a day", () => {
  it("lists a day's deliveries by postcode and street, then in the order staff saved, audited", async () => {
    const from = friday(3);
    const stops = [
      address("8755", "Bruggestraat", "2"),
      address("8750", "Zandstraat", "9"),
      address("8750", "Kerkstraat", "1"),
    ];
    const ids: string[] = [];
    for (const stop of stops) {
      const user = await resident();
      ids.push(
        (await requestLoan(delivered({ [podium.id]: 1 }, from, { delivery: stop }), { userId: user.id }))
          .loanId,
      );
    }
    const mine = async () =>
      (await dayRoute(from, "DELIVERY")).filter((s) => ids.includes(s.id)).map((s) => s.id);
    expect(await mine()).toEqual([ids[2], ids[1], ids[0]]);

    const staff = await resident();
    await saveRouteOrder(
      { day: from, route: "DELIVERY", positions: { [ids[0]!]: 1, [ids[1]!]: 2, [ids[2]!]: 3 } },
      staff.id,
    );
    expect(await mine()).toEqual(ids);
    expect(await db.auditLog.count({ where: { action: "loan.route-ordered", actorId: staff.id } })).toBe(1);
  });

  it("refuses a loan that is not on that day's route and changes nothing", async () => {
    const from = friday(4);
    const user = await resident();
    const { loanId } = await requestLoan(delivered({ [podium.id]: 1 }, from), { userId: user.id });
    const staff = await resident();
    const error = await refusal(
      saveRouteOrder({ day: plusDays(from, 1), route: "DELIVERY", positions: { [loanId]: 1 } }, staff.id),
    );
    expect(error.field).toBe(`positions.${loanId}`);
    expect((await db.loan.findUniqueOrThrow({ where: { id: loanId } })).deliveryRoutePosition).toBeNull();
    expect(await db.auditLog.count({ where: { action: "loan.route-ordered", actorId: staff.id } })).toBe(0);
  });
});

describe("the delivery address as personal data", () => {
  const cleared = {
    deliveryStreet: null,
    deliveryHouseNumber: null,
    deliveryBox: null,
    deliveryPostcode: null,
    deliveryCity: null,
  };

  it("is removed with the name by the retention job, the delivery and transport facts kept", async () => {
    const user = await resident();
    const { loanId } = await requestLoan(delivered({ [podium.id]: 1 }, friday(1)), { userId: user.id });
    const longAgo = new Date(Date.now() - 5 * 365 * 86_400_000);
    await db.loan.update({ where: { id: loanId }, data: { status: "SETTLED", settledAt: longAgo } });
    await removeExpiredLoanData(db);
    const loan = await db.loan.findUniqueOrThrow({ where: { id: loanId } });
    expect(loan).toMatchObject({ ...cleared, delivery: true, transportCents: deliveryCents, userId: null });
  });

  it("is removed by the resident erasure's loan step", async () => {
    const user = await resident();
    const { loanId } = await requestLoan(delivered({ [podium.id]: 1 }, friday(2)), { userId: user.id });
    await transaction(db, (tx) =>
      BOOKING_STEPS.loans(tx, {
        userId: user.id,
        email: user.email,
        now: new Date(),
        reportIds: [],
        caseIds: [],
      }),
    );
    expect(await db.loan.findUniqueOrThrow({ where: { id: loanId } })).toMatchObject(cleared);
  });
});
