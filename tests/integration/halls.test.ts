// Hall rental through the real commands on PostgreSQL: the exclusion constraint decides races,
// approval re-checks, series report their collisions, cancelling applies the hall's fee rule.
import { beforeAll, describe, expect, it } from "vitest";
import { addBrusselsDays, brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { lockRows } from "@/lib/db/tx";
import { cancelBooking } from "@/lib/halls/commands/cancel";
import { approveBooking, refuseBooking } from "@/lib/halls/commands/decisions";
import { settleDeposit } from "@/lib/halls/commands/deposit";
import { approveSeries } from "@/lib/halls/commands/series-decisions";
import { lapseUnpaidBookings } from "@/lib/halls/commands/lapse";
import { requestBooking } from "@/lib/halls/commands/request";
import { bookingParties } from "@/lib/halls/queries/catalogue";
import { bookingSchema } from "@/lib/halls/schema/booking";
import { updateHallSettings } from "@/lib/halls/commands/settings";
import { hallSettingsSchema } from "@/lib/halls/schema/settings";
import { cancelOrder, chooseTransfer, recordTransfer } from "@/lib/payments";
import { seed } from "@/prisma/seed";
import { association, hall, resident } from "./halls-fixtures";
import { hallMessages } from "@/lib/halls/messages";

beforeAll(async () => {
  await seed(db);
});

const today = () => brusselsParts(new Date()).dateKey;
const day = (n: number) => addBrusselsDays(today(), n);

const form = (fields: Record<string, string | string[]>) =>
  bookingSchema.parse({ unit: "DAY_PART", bookFor: "self", purpose: "Verjaardagsfeest", ...fields });

const active = (hallId: string) =>
  db.hallBooking.count({ where: { hallId, status: { in: ["REQUESTED", "APPROVED"] } } });

describe("never double-booked", () => {
  it("lets exactly one of ten racing overlapping requests win; every loser gets the hall's overlap message", async () => {
    const h = await hall({ requiresApproval: false });
    const users = await Promise.all(Array.from({ length: 10 }, () => resident()));
    const results = await Promise.allSettled(
      users.map((u, i) =>
        requestBooking(
          form({ hallId: h.id, date: day(30), dayParts: i % 2 ? ["NAMIDDAG", "AVOND"] : ["AVOND"] }),
          { userId: u.id },
        ),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused.map((r) => r.reason)).toEqual(
      Array.from({ length: 9 }, () =>
        expect.objectContaining({ code: "CONFLICT", field: "date", message: hallMessages.overlap }),
      ),
    );
    expect(await active(h.id)).toBe(1);
  });

  it("answers with the hall's busy message when the hall stays locked past the lock timeout", async () => {
    const h = await hall();
    const u = await resident();
    let locked!: () => void;
    let release!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    // Another writer of this hall's time line holds its row; without a lock timeout the request
    // below would wait for it, and this test would never end.
    const holder = db.$transaction(
      async (tx) => {
        await lockRows(tx, "Hall", [h.id]);
        locked();
        await released;
      },
      { timeout: 30_000 },
    );
    await isLocked;
    await expect(
      requestBooking(form({ hallId: h.id, date: day(33), dayParts: ["AVOND"] }), { userId: u.id }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: hallMessages.busy });
    release();
    await holder;
    expect(await active(h.id)).toBe(0);
  });

  it("allows adjacent day parts and a booking where a refused or cancelled one was", async () => {
    const h = await hall();
    const u = await resident();
    const afternoon = await requestBooking(form({ hallId: h.id, date: day(31), dayParts: ["NAMIDDAG"] }), {
      userId: u.id,
    });
    await requestBooking(form({ hallId: h.id, date: day(31), dayParts: ["AVOND"] }), { userId: u.id });
    await expect(
      requestBooking(form({ hallId: h.id, date: day(31), dayParts: ["NAMIDDAG", "AVOND"] }), {
        userId: u.id,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const staff = await resident();
    await refuseBooking(afternoon.bookingIds[0], "Zaal in onderhoud", staff.id);
    await requestBooking(form({ hallId: h.id, date: day(31), dayParts: ["NAMIDDAG"] }), { userId: u.id });
    expect(await active(h.id)).toBe(2);
  });
});

describe("approval", () => {
  it("approves once, prices rent and deposit on separate order lines, and mails a pay link", async () => {
    const h = await hall();
    const u = await resident();
    const a = await association(u.id, false);
    const { bookingIds, status } = await requestBooking(
      form({ hallId: h.id, date: day(40), dayParts: ["NAMIDDAG", "AVOND"], bookFor: a.id }),
      { userId: u.id },
    );
    expect(status).toBe("REQUESTED");
    const staff = await resident();
    const results = await Promise.allSettled([
      approveBooking(bookingIds[0], staff.id),
      approveBooking(bookingIds[0], staff.id),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const booking = await db.hallBooking.findUniqueOrThrow({ where: { id: bookingIds[0] } });
    expect(booking).toMatchObject({
      status: "APPROVED",
      category: "LOCAL_ASSOCIATION",
      units: 2,
      priceCents: 20000,
    });
    const order = await db.order.findUniqueOrThrow({
      where: { id: booking.orderId! },
      include: { lines: true },
    });
    expect(order.totalCents).toBe(20000 + 20000);
    expect(order.lines.map((l) => [l.itemType, l.quantity, l.unitCents]).sort()).toEqual([
      ["hall-booking", 2, 10000],
      ["hall-deposit", 1, 20000],
    ]);
    expect(await db.order.count({ where: { lines: { some: { itemId: booking.id } } } })).toBe(1);
    const mail = await db.mailMessage.findFirst({
      where: { to: u.email!, subject: { startsWith: "Aanvraag goedgekeurd" } },
    });
    expect(mail?.text).toContain(`/bestelling/${order.accessToken}`);

    // Paid by transfer: the payment core's fulfilment marks the booking paid.
    const ogm = await chooseTransfer(order.id, new Date(Date.now() + 5 * 86_400_000));
    expect((await recordTransfer(ogm, 40000, staff.id)).outcome).toBe("paid");
    expect((await db.hallBooking.findUniqueOrThrow({ where: { id: booking.id } })).paidAt).not.toBeNull();
  });

  it("re-checks on approval: a request whose time has passed or that was cancelled is not approved", async () => {
    const h = await hall();
    const u = await resident();
    const { bookingIds } = await requestBooking(form({ hallId: h.id, date: day(10), dayParts: ["AVOND"] }), {
      userId: u.id,
    });
    const staff = await resident();
    await expect(
      approveBooking(bookingIds[0], staff.id, new Date(Date.now() + 20 * 86_400_000)),
    ).rejects.toThrow(/verleden/);
    const other = await requestBooking(form({ hallId: h.id, date: day(11), dayParts: ["AVOND"] }), {
      userId: u.id,
    });
    const [approved, cancelled] = await Promise.allSettled([
      approveBooking(other.bookingIds[0], staff.id),
      cancelBooking(other.bookingIds[0], { userId: u.id }),
    ]);
    // Whichever came first wins; the booking never ends up both approved and cancelled.
    const final = await db.hallBooking.findUniqueOrThrow({ where: { id: other.bookingIds[0] } });
    if (approved.status === "fulfilled" && cancelled.status === "fulfilled") {
      expect(final.status).toBe("CANCELLED");
      expect(await db.order.findUniqueOrThrow({ where: { id: final.orderId! } })).toMatchObject({
        status: "CANCELLED",
      });
    } else {
      expect([approved.status, cancelled.status]).toContain("fulfilled");
      expect(final.status).toBe(approved.status === "fulfilled" ? "APPROVED" : "CANCELLED");
    }
  });

  it("books instant halls at once with an order; an unpaid, cancelled order frees the hall", async () => {
    const h = await hall({ requiresApproval: false, unit: "HOURLY" });
    const u = await resident();
    const outcome = await requestBooking(
      form({ hallId: h.id, unit: "HOURLY", date: day(20), from: "19:00", until: "21:00" }),
      { userId: u.id },
    );
    expect(outcome.status).toBe("APPROVED");
    expect(outcome.orderToken).toBeTruthy();
    const order = await db.order.findUniqueOrThrow({ where: { accessToken: outcome.orderToken! } });
    expect(order.totalCents).toBe(2 * 15000 + 20000);
    await db.$transaction((tx) => cancelOrder(tx, order.id, "test", u.id));
    expect(await lapseUnpaidBookings(db)).toBeGreaterThanOrEqual(1);
    expect(await active(h.id)).toBe(0);
  });
});

describe("recurring series", () => {
  it("creates the free weeks and reports the taken ones instead of dropping them silently", async () => {
    const h = await hall();
    const u = await resident();
    const a = await association(u.id);
    const other = await resident();
    await requestBooking(form({ hallId: h.id, date: day(35), dayParts: ["AVOND"] }), { userId: other.id });
    const outcome = await requestBooking(
      form({ hallId: h.id, date: day(21), dayParts: ["AVOND"], bookFor: a.id, weeks: "4" }),
      { userId: u.id },
    );
    expect(outcome.collisions).toEqual([day(35)]);
    expect(outcome.bookingIds).toHaveLength(3);
    const series = await db.hallBookingSeries.findUniqueOrThrow({
      where: { id: outcome.seriesId! },
      include: { bookings: true },
    });
    expect(
      series.bookings.every((b) => b.status === "REQUESTED" && b.category === "RECOGNISED_ASSOCIATION"),
    ).toBe(true);
    const mail = await db.mailMessage.findFirst({
      where: { to: u.email!, subject: { startsWith: "Aanvraag ontvangen" } },
    });
    expect(mail?.text).toContain(day(35).split("-").reverse().join("/"));
  });

  it("approves a whole series at once, each occurrence re-checked, and reports the ones that fail", async () => {
    const h = await hall();
    const u = await resident();
    const a = await association(u.id);
    const clerk = await resident();
    const { seriesId, bookingIds } = await requestBooking(
      form({ hallId: h.id, date: day(21), dayParts: ["AVOND"], bookFor: a.id, weeks: "3" }),
      { userId: u.id },
    );
    // The last week cannot be approved any more: it lies in the past.
    await db.hallBooking.update({
      where: { id: bookingIds[2] },
      data: { startsAt: new Date(Date.now() - 5 * 3_600_000), endsAt: new Date(Date.now() - 3_600_000) },
    });
    const result = await approveSeries(seriesId!, clerk.id);
    expect(result.approved).toBe(2);
    expect(result.failed).toEqual([
      { date: expect.any(String), message: "Deze aanvraag ligt in het verleden." },
    ]);
    const statuses = await db.hallBooking.findMany({
      where: { seriesId: seriesId! },
      orderBy: { startsAt: "asc" },
    });
    expect(statuses.map((b) => b.status).sort()).toEqual(["APPROVED", "APPROVED", "REQUESTED"]);
    expect(await db.order.count({ where: { lines: { some: { itemId: { in: bookingIds } } } } })).toBe(2);
    // Nothing left to approve but the one in the past: approving again approves nothing new.
    expect(await approveSeries(seriesId!, clerk.id)).toMatchObject({ approved: 0 });
  });

  it("refuses a series for a person without an association", async () => {
    const h = await hall();
    const u = await resident();
    await expect(
      requestBooking(form({ hallId: h.id, date: day(21), dayParts: ["AVOND"], weeks: "3" }), {
        userId: u.id,
      }),
    ).rejects.toMatchObject({ field: "weeks" });
  });
});

describe("cancelling", () => {
  async function approved(daysAhead: number) {
    const h = await hall();
    const u = await resident();
    const { bookingIds } = await requestBooking(
      form({ hallId: h.id, date: day(daysAhead), dayParts: ["AVOND"] }),
      {
        userId: u.id,
      },
    );
    await approveBooking(bookingIds[0], (await resident()).id);
    return { id: bookingIds[0], user: u, hallId: h.id };
  }

  it("charges 50 % at least 14 days ahead and 100 % closer by, and frees the hall", async () => {
    const far = await approved(30);
    expect(await cancelBooking(far.id, { userId: far.user.id })).toEqual({ feeCents: 7500, refund: "none" });
    expect(await active(far.hallId)).toBe(0);
    const near = await approved(5);
    expect(await cancelBooking(near.id, { userId: near.user.id })).toEqual({
      feeCents: 15000,
      refund: "none",
    });
    const row = await db.hallBooking.findUniqueOrThrow({ where: { id: near.id } });
    expect(row).toMatchObject({ status: "CANCELLED", cancellationFeeCents: 15000 });
    expect(await db.order.findUniqueOrThrow({ where: { id: row.orderId! } })).toMatchObject({
      status: "CANCELLED",
    });
  });

  it("gives a paid booking back all but the fee, once, through the payment core", async () => {
    const far = await approved(30);
    const { orderId } = await db.hallBooking.findUniqueOrThrow({ where: { id: far.id } });
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId! } });
    const ogm = await chooseTransfer(order.id, new Date(Date.now() + 5 * 86_400_000));
    expect((await recordTransfer(ogm, order.totalCents, far.user.id)).outcome).toBe("paid");

    expect(await cancelBooking(far.id, { userId: far.user.id })).toEqual({
      feeCents: 7500,
      refund: "manual",
    });
    const refunds = await db.refund.findMany({ where: { orderId: order.id } });
    expect(refunds).toMatchObject([
      { key: `hall-cancel:${far.id}`, amountCents: order.totalCents - 7500, manual: true },
    ]);
    // The order stays paid: the fee was earned.
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
  });

  it("costs nothing for a request not yet approved, and an outsider cannot cancel", async () => {
    const h = await hall();
    const u = await resident();
    const { bookingIds } = await requestBooking(form({ hallId: h.id, date: day(3), dayParts: ["AVOND"] }), {
      userId: u.id,
    });
    const outsider = await resident();
    await expect(cancelBooking(bookingIds[0], { userId: outsider.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await cancelBooking(bookingIds[0], { userId: u.id })).toEqual({ feeCents: 0, refund: "none" });
  });
});

describe("booking in an association's name", () => {
  it("is for its officers: a plain member gets neither its tariff nor an invoice afterwards", async () => {
    const h = await hall();
    const officer = await resident();
    const member = await resident();
    const a = await association(officer.id, true);
    await db.associationMember.create({ data: { associationId: a.id, userId: member.id, role: "MEMBER" } });
    const asAssociation = {
      hallId: h.id,
      date: day(30),
      dayParts: ["AVOND"],
      bookFor: a.id,
      invoiceLater: "on",
    };
    await expect(requestBooking(form(asAssociation), { userId: member.id })).rejects.toMatchObject({
      field: "bookFor",
      message: expect.stringMatching(/Alleen bestuursleden/),
    });
    expect(await db.hallBooking.count({ where: { userId: member.id } })).toBe(0);
    expect((await bookingParties(member.id)).map((p) => p.id)).not.toContain(a.id);
    expect((await bookingParties(officer.id)).map((p) => p.id)).toContain(a.id);
  });
});

describe("bad input stores nothing", () => {
  it("names the field for each mistake", async () => {
    const h = await hall();
    const u = await resident();
    const stranger = await resident();
    const a = await association(stranger.id);
    const cases: [Record<string, string | string[]>, string, RegExp][] = [
      [{ hallId: "bestaat-niet", date: day(5), dayParts: ["AVOND"] }, "hallId", /bestaat niet/],
      [{ hallId: h.id, date: day(-1), dayParts: ["AVOND"] }, "date", /verleden/],
      [{ hallId: h.id, date: day(250), dayParts: ["AVOND"] }, "date", /6 maanden/],
      [{ hallId: h.id, date: day(5), dayParts: ["AVOND"], bookFor: a.id }, "bookFor", /geen lid/],
      [{ hallId: h.id, date: day(5), dayParts: ["VOORMIDDAG", "AVOND"] }, "dayParts", /aansluiten/],
      [{ hallId: h.id, date: day(5), dayParts: ["AVOND"], invoiceLater: "on" }, "invoiceLater", /erkende/],
    ];
    for (const [fields, field, message] of cases)
      await expect(requestBooking(form(fields), { userId: u.id })).rejects.toMatchObject({
        field,
        message: expect.stringMatching(message),
      });
    const hourly = await hall({ unit: "HOURLY" });
    await expect(
      requestBooking(
        form({ hallId: hourly.id, unit: "HOURLY", date: day(5), from: "06:00", until: "08:00" }),
        {
          userId: u.id,
        },
      ),
    ).rejects.toMatchObject({ field: "from", message: expect.stringMatching(/open van 08:00 tot 23:00/) });
    const outsider = await resident("9000", false);
    await expect(
      requestBooking(form({ hallId: h.id, date: day(5), dayParts: ["AVOND"] }), { userId: outsider.id }),
    ).rejects.toMatchObject({ field: "bookFor", message: expect.stringMatching(/extern/) });
    expect(await db.hallBooking.count({ where: { hallId: { in: [h.id, hourly.id] } } })).toBe(0);
  });
});

describe("staff", () => {
  it("books at the desk for a resident with the same rules, recorded as staff acting for them", async () => {
    const h = await hall({ requiresApproval: false });
    const u = await resident();
    const clerk = await resident();
    const outcome = await requestBooking(form({ hallId: h.id, date: day(12), dayParts: ["VOORMIDDAG"] }), {
      userId: u.id,
      staffId: clerk.id,
    });
    const booking = await db.hallBooking.findUniqueOrThrow({ where: { id: outcome.bookingIds[0] } });
    expect(booking).toMatchObject({ userId: u.id, createdById: clerk.id, category: "RESIDENT" });
    expect(await db.auditLog.findFirst({ where: { subjectId: booking.id } })).toMatchObject({
      actorId: clerk.id,
      onBehalfOfId: u.id,
      action: "hall.booked",
    });
    expect(await db.order.findUniqueOrThrow({ where: { id: booking.orderId! } })).toMatchObject({
      soldById: clerk.id,
    });
  });

  it("settles a deposit once after the event, keeping part with a reason", async () => {
    const h = await hall();
    const u = await resident();
    const clerk = await resident();
    const booking = await db.hallBooking.create({
      data: {
        hallId: h.id,
        userId: u.id,
        category: "RESIDENT",
        startsAt: new Date(Date.now() - 5 * 3_600_000),
        endsAt: new Date(Date.now() - 3_600_000),
        status: "APPROVED",
        slotLabel: "Namiddag",
        units: 1,
        unitCents: 15000,
        priceCents: 15000,
        depositCents: 20000,
        tariffLabel: "Inwoner",
        purpose: "Feest",
      },
    });
    await expect(settleDeposit(booking.id, 25000, "Schade", clerk.id)).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(settleDeposit(booking.id, 5000, "", clerk.id)).rejects.toThrow(/reden/);
    const results = await Promise.allSettled([
      settleDeposit(booking.id, 5000, "Schoonmaak keuken", clerk.id),
      settleDeposit(booking.id, 0, "", clerk.id),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const settled = await db.hallBooking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(["PARTLY_KEPT", "RELEASED"]).toContain(settled.depositOutcome);
    const mail = await db.mailMessage.findFirst({
      where: { to: u.email!, subject: { startsWith: "Waarborg" } },
    });
    expect(mail?.text).toMatch(
      settled.depositOutcome === "RELEASED" ? /volledig terug/ : /Schoonmaak keuken/,
    );
  });

  it("pays a released deposit back through the payment core when the booking was paid", async () => {
    const h = await hall({ requiresApproval: false });
    const u = await resident();
    const clerk = await resident();
    const { bookingIds } = await requestBooking(form({ hallId: h.id, date: day(2), dayParts: ["AVOND"] }), {
      userId: u.id,
    });
    const booking = await db.hallBooking.findUniqueOrThrow({ where: { id: bookingIds[0] } });
    const order = await db.order.findUniqueOrThrow({ where: { id: booking.orderId! } });
    const ogm = await chooseTransfer(order.id, new Date(Date.now() + 86_400_000));
    expect((await recordTransfer(ogm, order.totalCents, clerk.id)).outcome).toBe("paid");
    // The evening is over: move the booking into the past to settle its deposit.
    await db.hallBooking.update({
      where: { id: booking.id },
      data: { startsAt: new Date(Date.now() - 5 * 3_600_000), endsAt: new Date(Date.now() - 3_600_000) },
    });
    expect(await settleDeposit(booking.id, 5000, "Schoonmaak zaal", clerk.id)).toBe("manual");
    expect(await db.refund.findMany({ where: { orderId: order.id } })).toMatchObject([
      { key: `hall-deposit:${booking.id}`, amountCents: booking.depositCents - 5000 },
    ]);
  });
});

describe("hall settings", () => {
  it("new requests use the new tariff; a category without a price can no longer book", async () => {
    const h = await hall();
    const u = await resident();
    const clerk = await resident();
    const before = await requestBooking(form({ hallId: h.id, date: day(50), dayParts: ["AVOND"] }), {
      userId: u.id,
    });
    await updateHallSettings(
      hallSettingsSchema.parse({
        hallId: h.id,
        deposit: "175",
        requiresApproval: "on",
        tariffs: {
          RESIDENT: { price: "99,50", months: "3" },
          RECOGNISED_ASSOCIATION: { price: "" },
          LOCAL_ASSOCIATION: { price: "10", months: "12" },
        },
      }),
      clerk.id,
    );
    const after = await requestBooking(form({ hallId: h.id, date: day(51), dayParts: ["AVOND"] }), {
      userId: u.id,
    });
    const [old, fresh] = await Promise.all(
      [before, after].map((o) => db.hallBooking.findUniqueOrThrow({ where: { id: o.bookingIds[0] } })),
    );
    expect([old.priceCents, old.depositCents]).toEqual([15000, 20000]);
    expect([fresh.priceCents, fresh.depositCents]).toEqual([9950, 17500]);
    await expect(
      requestBooking(form({ hallId: h.id, date: day(120), dayParts: ["AVOND"] }), { userId: u.id }),
    ).rejects.toMatchObject({ field: "date", message: expect.stringMatching(/3 maanden/) });
    const a = await association(u.id, true);
    await expect(
      requestBooking(form({ hallId: h.id, date: day(52), dayParts: ["AVOND"], bookFor: a.id }), {
        userId: u.id,
      }),
    ).rejects.toMatchObject({ field: "bookFor" });
  });

  it("refuses a settings form without any price or with a bad amount", () => {
    const empty = hallSettingsSchema.safeParse({ hallId: "h", deposit: "150" });
    expect(empty.success).toBe(false);
    const bad = hallSettingsSchema.safeParse({
      hallId: "h",
      deposit: "veel",
      tariffs: { RESIDENT: { price: "12" } },
    });
    expect(bad.error!.issues.map((i) => i.path.join("."))).toEqual(["deposit"]);
    const badPrice = hallSettingsSchema.safeParse({
      hallId: "h",
      tariffs: { RESIDENT: { price: "gratis?" } },
    });
    expect(badPrice.error!.issues.map((i) => i.path.join("."))).toEqual(["tariffs.RESIDENT.price"]);
  });
});
