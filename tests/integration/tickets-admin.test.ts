// Back-office use cases: creating a performance, selling at the desk, refunding, cancelling.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refundOrder } from "@/lib/payments/refund";
import { performanceSchema } from "@/lib/tickets/admin-schema";
import { cancelPerformance, createPerformance, sellAtDesk } from "@/lib/tickets/admin-commands";
import { reservationSchema } from "@/lib/tickets/schema";
import { seed } from "@/prisma/seed";
import { posted } from "../support/form-post";

let staffId: string;
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  await seed(db);
  staffId = (await db.user.findUniqueOrThrow({ where: { email: "vrijetijd@wingene.be" } })).id;
});

async function newPerformance(seats = 50) {
  const input = performanceSchema.parse(
    posted({
      title: "Kamerconcert",
      description: "Strijkkwartet in de kerk.",
      venueName: "Sint-Amanduskerk",
      venueAddress: "Markt 1, 8750 Wingene",
      date: inDays(40),
      time: "20:00",
      seats: String(seats),
      salesStartDate: inDays(-1),
      published: "on",
      "types.0.label": "Volwassene",
      "types.0.price": "15,00",
      "types.1.label": "Kansentarief",
      "types.1.price": "3",
      "types.1.quota": "5",
    }),
  );
  const id = await createPerformance(staffId, input);
  return db.performance.findUniqueOrThrow({
    where: { id },
    include: { ticketTypes: { orderBy: { sortOrder: "asc" } } },
  });
}

const reservation = (performanceId: string, typeId: string, quantity: number) =>
  reservationSchema.parse(
    posted({
      performanceId,
      buyerName: "Walter Walk-in",
      buyerEmail: `walk-in-${randomUUID()}@example.be`,
      [`quantities.${typeId}`]: String(quantity),
    }),
  );

describe("performances in the back office", () => {
  it("are created with their seats, tariffs and quotas as data", async () => {
    const p = await newPerformance(50);
    expect(p.ticketTypes.map((t) => [t.label, t.priceCents])).toEqual([
      ["Volwassene", 1500],
      ["Kansentarief", 300],
    ]);
    expect((await db.capacityPool.findUniqueOrThrow({ where: { id: p.poolId } })).capacity).toBe(50);
    expect(
      (await db.capacityPool.findUniqueOrThrow({ where: { id: p.ticketTypes[1].quotaPoolId! } })).capacity,
    ).toBe(5);
    expect(p.startsAt.toISOString()).toMatch(/T19:00:00.000Z$|T18:00:00.000Z$/); // 20:00 in Brussels, CET or CEST
  });

  it("explain bad input in Dutch", () => {
    const result = performanceSchema.safeParse(
      posted({
        title: "X",
        description: "kort",
        venueName: "",
        venueAddress: "",
        date: "2026-02-30",
        time: "25:00",
        seats: "0",
        salesStartDate: inDays(1),
      }),
    );
    const messages = result.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining([
        "Geef een titel.",
        "Deze datum bestaat niet.",
        "Vul een uur in zoals 20:00.",
        "Geef het aantal plaatsen (1 tot 20.000).",
      ]),
    );
  });
});

describe("selling at the desk", () => {
  it("records a cash sale by the staff member, for a resident, with tickets at once", async () => {
    const p = await newPerformance();
    const resident = await db.user.findUniqueOrThrow({ where: { email: "marie.claeys@example.be" } });
    const order = await sellAtDesk(staffId, reservation(p.id, p.ticketTypes[0].id, 2), {
      method: "DESK_CASH",
      residentId: resident.id,
    });
    const stored = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { payments: true } });
    expect(stored).toMatchObject({ status: "PAID", soldById: staffId, buyerUserId: resident.id });
    expect(stored.payments).toMatchObject([
      { method: "DESK_CASH", status: "SUCCEEDED", recordedById: staffId },
    ]);
    expect(await db.ticket.count({ where: { orderId: order.id } })).toBe(2);
    expect(
      await db.auditLog.count({
        where: { actorId: staffId, onBehalfOfId: resident.id, action: "tickets.sold-at-desk" },
      }),
    ).toBe(1);
  });

  it("gives a desk sale by transfer a structured communication and no tickets yet", async () => {
    const p = await newPerformance();
    const order = await sellAtDesk(staffId, reservation(p.id, p.ticketTypes[0].id, 1), {
      method: "TRANSFER",
      residentId: null,
    });
    const stored = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(stored.status).toBe("PENDING");
    expect(stored.ogm).toMatch(/^\d{12}$/);
    expect(await db.ticket.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("follows the same capacity rules as online", async () => {
    const p = await newPerformance(3);
    await expect(
      sellAtDesk(staffId, reservation(p.id, p.ticketTypes[0].id, 4), {
        method: "DESK_CARD",
        residentId: null,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      sellAtDesk(staffId, reservation(p.id, p.ticketTypes[1].id, 6), {
        method: "DESK_CARD",
        residentId: null,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("refunds and cancellations", () => {
  it("refund a desk sale: tickets cancelled, seats back, buyer mailed", async () => {
    const p = await newPerformance(10);
    const order = await sellAtDesk(staffId, reservation(p.id, p.ticketTypes[0].id, 3), {
      method: "DESK_CARD",
      residentId: null,
    });
    expect(await refundOrder(order.id, staffId, "Klant kan niet komen")).toEqual({
      refunded: true,
      manual: true,
    });
    expect(await db.ticket.count({ where: { orderId: order.id, status: "CANCELLED" } })).toBe(3);
    expect((await db.capacityPool.findUniqueOrThrow({ where: { id: p.poolId } })).taken).toBe(0);
    const mail = await db.mailMessage.findFirstOrThrow({
      where: { to: order.buyerEmail!, subject: `Terugbetaling - bestelling ${order.number}` },
    });
    expect(mail.text).toContain("Klant kan niet komen");
    await expect(refundOrder(order.id, staffId, "nog eens")).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("cancel a performance: paid orders refunded, unpaid ones cancelled, everyone told", async () => {
    const p = await newPerformance(20);
    const paid = await sellAtDesk(staffId, reservation(p.id, p.ticketTypes[0].id, 2), {
      method: "DESK_CASH",
      residentId: null,
    });
    const pending = await sellAtDesk(staffId, reservation(p.id, p.ticketTypes[0].id, 1), {
      method: "TRANSFER",
      residentId: null,
    });
    expect(await cancelPerformance(staffId, p.id, "De zanger is ziek")).toEqual({
      refunded: 0,
      manual: 1,
      cancelled: 1,
    });
    expect((await db.order.findUniqueOrThrow({ where: { id: paid.id } })).status).toBe("REFUNDED");
    expect((await db.order.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("CANCELLED");
    expect(await db.performance.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      published: false,
      cancelReason: "De zanger is ziek",
    });
    const mail = await db.mailMessage.findFirstOrThrow({
      where: { to: paid.buyerEmail ?? undefined, subject: { startsWith: "Terugbetaling" } },
    });
    expect(mail.text).toContain("De zanger is ziek");
  });
});
