// The payment core against PostgreSQL: orders hold capacity, payments converge once, transfers
// are matched by their structured communication, unpaid orders lapse.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidOgm } from "@/lib/be/ogm";
import { formatLongDate } from "@/lib/be/time";
import { capacityMessages, ensurePool } from "@/lib/capacity";
import { createPrismaClient } from "@/lib/db/client";
import {
  cancelOrder,
  chooseTransfer,
  createOrder,
  expireOrders,
  markPaid,
  markRefunded,
  recordTransfer,
} from "@/lib/payments";
import { seed } from "@/prisma/seed";

const db = createPrismaClient(process.env.DATABASE_URL!, 30);
// Order mails need the municipality's identity and bank account.
beforeAll(() => seed(db));
afterAll(() => db.$disconnect());

const minutes = (n: number) => new Date(Date.now() + n * 60_000);
const buyer = { userId: null, name: "Bea Koper", email: "bea@example.be" };
const line = (quantity: number, unitCents = 1250) => ({
  itemType: "test",
  itemId: "voorstelling-1",
  description: "Voorstelling",
  quantity,
  unitCents,
  tariffCode: "VOLWASSENE",
  tariffLabel: "Volwassene",
});

async function orderFor(capacity: number, quantity: number, expiresAt = minutes(10)) {
  const poolId = await ensurePool(db, `test:${randomUUID()}`, "Zaal", capacity);
  const order = await db.$transaction((tx) =>
    createOrder(tx, { buyer, lines: [line(quantity)], holds: [{ poolId, quantity }], expiresAt }),
  );
  return { poolId, order };
}

const taken = async (poolId: string) =>
  (await db.capacityPool.findUniqueOrThrow({ where: { id: poolId } })).taken;

describe("orders", () => {
  it("hold their capacity and keep the tariff and totals on each line", async () => {
    const { poolId, order } = await orderFor(10, 3);
    expect(order.number).toMatch(/^W\d{2}-\d{6}$/);
    expect(order.totalCents).toBe(3750);
    expect(order.lines[0]).toMatchObject({
      quantity: 3,
      unitCents: 1250,
      totalCents: 3750,
      tariffCode: "VOLWASSENE",
    });
    expect(order.accessToken.length).toBeGreaterThanOrEqual(32);
    expect(await taken(poolId)).toBe(3);
    expect(await db.orderStatusChange.findMany({ where: { orderId: order.id } })).toMatchObject([
      { from: null, to: "PENDING" },
    ]);
  });

  it("are not written at all when the capacity is not there", async () => {
    const poolId = await ensurePool(db, `test:${randomUUID()}`, "Zaal", 2);
    const before = await db.order.count();
    await expect(
      createOrder(db, {
        buyer,
        lines: [line(3)],
        holds: [{ poolId, quantity: 3 }],
        expiresAt: minutes(10),
      }),
    ).rejects.toThrow(capacityMessages.notEnough);
    expect(await db.order.count()).toBe(before);
  });

  it("never oversell when 20 buyers race for 5 seats, and every loser hears why", async () => {
    const poolId = await ensurePool(db, `test:${randomUUID()}`, "Zaal", 5);
    // One statement per buyer, as the ticket shop creates orders: no interactive transaction.
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        createOrder(db, {
          buyer,
          lines: [line(1)],
          holds: [{ poolId, quantity: 1 }],
          expiresAt: minutes(10),
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    const losers = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(losers.map((r) => r.reason.message)).toEqual(Array(15).fill(capacityMessages.notEnough));
    expect(await taken(poolId)).toBe(5);
    expect(await db.capacityHold.count({ where: { poolId } })).toBe(5);
  });

  it("all get their seats when buyers take the same two pools named in opposite order", async () => {
    const hall = await ensurePool(db, `test:${randomUUID()}`, "Zaal", 100);
    const quota = await ensurePool(db, `test:${randomUUID()}`, "Kansentarief", 100);
    const orders = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        createOrder(db, {
          buyer,
          lines: [line(1)],
          holds:
            i % 2
              ? [
                  { poolId: hall, quantity: 1 },
                  { poolId: quota, quantity: 1 },
                ]
              : [
                  { poolId: quota, quantity: 1 },
                  { poolId: hall, quantity: 1 },
                ],
          expiresAt: minutes(10),
        }),
      ),
    );
    expect(orders).toHaveLength(16);
    expect([await taken(hall), await taken(quota)]).toEqual([16, 16]);
  });
});

describe("payments converge", () => {
  it("records a desk payment once and confirms the seats", async () => {
    const { order } = await orderFor(10, 2);
    const pay = () =>
      db.$transaction((tx) =>
        markPaid(
          tx,
          order.id,
          { method: "DESK_CASH", amountCents: 2500, recordedById: null },
          "Betaald aan de balie",
        ),
      );
    expect(await pay()).toBe("paid");
    expect(await pay()).toBe("already-paid");
    expect(await db.payment.count({ where: { orderId: order.id } })).toBe(1);
    expect(
      await db.capacityHold.findFirstOrThrow({ where: { reference: order.holdReference } }),
    ).toMatchObject({ status: "CONFIRMED" });
  });

  it("process a duplicated provider event once, even in parallel", async () => {
    const { order } = await orderFor(10, 1);
    const ref = `cs_test_${randomUUID()}`;
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () =>
        db.$transaction(
          (tx) => markPaid(tx, order.id, { method: "STRIPE", amountCents: 1250, providerRef: ref }, "Stripe"),
          { maxWait: 30_000, timeout: 30_000 },
        ),
      ),
    );
    expect(outcomes.filter((o) => o === "paid")).toHaveLength(1);
    expect(await db.payment.count({ where: { orderId: order.id } })).toBe(1);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
  });

  it("refuse a tampered amount and change nothing", async () => {
    const { order } = await orderFor(10, 2);
    expect(
      await db.$transaction((tx) =>
        markPaid(
          tx,
          order.id,
          { method: "STRIPE", amountCents: 100, providerRef: `cs_${randomUUID()}` },
          "Stripe",
        ),
      ),
    ).toBe("amount-mismatch");
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PENDING");
    expect(await db.payment.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("re-take capacity for a payment that arrives after the order lapsed", async () => {
    const { poolId, order } = await orderFor(5, 2, minutes(-1));
    expect(await expireOrders(db)).toBeGreaterThanOrEqual(1);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("EXPIRED");
    expect(await taken(poolId)).toBe(0);
    expect(
      await db.$transaction((tx) =>
        markPaid(
          tx,
          order.id,
          { method: "STRIPE", amountCents: 2500, providerRef: `cs_${randomUUID()}` },
          "Laattijdige betaling",
        ),
      ),
    ).toBe("paid");
    expect(await taken(poolId)).toBe(2);
  });

  it("report a late payment whose seats are gone, so it can be refunded", async () => {
    const { poolId, order } = await orderFor(2, 2, minutes(-1));
    await expireOrders(db);
    await db.$transaction((tx) =>
      createOrder(tx, { buyer, lines: [line(2)], holds: [{ poolId, quantity: 2 }], expiresAt: minutes(10) }),
    );
    expect(
      await db.$transaction((tx) =>
        markPaid(
          tx,
          order.id,
          { method: "STRIPE", amountCents: 2500, providerRef: `cs_${randomUUID()}` },
          "Laattijdige betaling",
        ),
      ),
    ).toBe("capacity-gone");
    expect(
      await db.$transaction((tx) =>
        markRefunded(tx, order.id, "Automatisch terugbetaald: uitverkocht", null, "re_1"),
      ),
    ).toBe(true);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("REFUNDED");
    expect(await db.payment.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({
      status: "REFUNDED",
      refundRef: "re_1",
    });
    expect(await taken(poolId)).toBe(2);
  });

  it("cancel an unpaid order once and give its seats back", async () => {
    const { poolId, order } = await orderFor(5, 4);
    expect(await db.$transaction((tx) => cancelOrder(tx, order.id, "Klant annuleerde", null))).toBe(true);
    expect(await db.$transaction((tx) => cancelOrder(tx, order.id, "Klant annuleerde", null))).toBe(false);
    expect(await taken(poolId)).toBe(0);
    expect(
      await db.$transaction((tx) => markPaid(tx, order.id, { method: "DESK_CARD", amountCents: 5000 }, "x")),
    ).toBe("not-payable");
  });
});

describe("bank transfer with a structured communication", () => {
  it("keeps the order until the deadline and matches the transfer by its OGM", async () => {
    const { order } = await orderFor(10, 2);
    const deadline = minutes(60 * 24 * 5);
    const ogm = await chooseTransfer(order.id, deadline);
    expect(isValidOgm(ogm)).toBe(true);
    expect(
      (
        await db.capacityHold.findFirstOrThrow({ where: { reference: order.holdReference } })
      ).expiresAt?.getTime(),
    ).toBe(deadline.getTime());
    const formatted = `+++${ogm.slice(0, 3)}/${ogm.slice(3, 7)}/${ogm.slice(7)}+++`;
    // The buyer is mailed everything needed to pay, with a link back to the order.
    const mail = await db.mailMessage.findFirstOrThrow({
      where: { to: buyer.email, subject: `Betalen met overschrijving - bestelling ${order.number}` },
    });
    const municipality = await db.municipality.findUniqueOrThrow({ where: { id: 1 } });
    expect(mail.text).toContain(municipality.iban!);
    expect(mail.text).toContain("€\u00a025,00");
    expect(mail.text).toContain(formatted);
    expect(mail.text).toContain(`Uiterlijk: ${formatLongDate(deadline)}`);
    expect(mail.text).toContain(`/bestelling/${order.accessToken}`);
    expect(mail.text).toContain("Beste Bea Koper,");
    // Choosing the transfer again keeps the communication and mails nothing new.
    expect(await chooseTransfer(order.id, deadline)).toBe(ogm);
    expect(await db.mailMessage.count({ where: { to: buyer.email, subject: mail.subject } })).toBe(1);
    const staff = await db.user.create({ data: { email: `boekhouding-${randomUUID()}@wingene.be` } });
    expect(await recordTransfer(formatted, 2500, staff.id)).toEqual({
      orderId: order.id,
      outcome: "paid",
    });
    expect(await db.payment.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({
      method: "TRANSFER",
      recordedById: staff.id,
    });
  });

  it("refuses a mistyped or unknown structured communication", async () => {
    await expect(recordTransfer("+++000/0000/00000+++", 100, "x")).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(recordTransfer("+++999/9999/99948+++", 100, "x")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses a transfer with the wrong amount", async () => {
    const { order } = await orderFor(10, 1);
    const ogm = await chooseTransfer(order.id, minutes(60));
    await expect(recordTransfer(ogm, 999, "x")).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PENDING");
  });
});
