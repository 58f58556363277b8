// The payment core's retention: an order keeps its buyer for PaymentSettings.orderRetentionYears
// full calendar years after the year it was placed; then the order-retention job removes the
// buyer's name, address, account link and the lines' descriptions, and keeps number and amounts.
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { removeExpiredOrderData } from "@/lib/payments/retention";

const NOW = new Date("2026-12-01T10:00:00Z");

async function orderPlaced(at: string) {
  const tag = randomBytes(8).toString("hex");
  const buyer = await db.user.create({ data: { email: `koper-${tag}@example.be`, name: "Koper" } });
  return db.order.create({
    data: {
      number: `T-${tag}`,
      holdReference: `order:${tag}`,
      accessToken: tag,
      buyerUserId: buyer.id,
      buyerName: "Emma Peeters",
      buyerEmail: buyer.email,
      status: "PAID",
      totalCents: 1500,
      createdAt: new Date(at),
      lines: {
        create: {
          itemType: "activity",
          itemId: tag,
          description: "Emma: Speelpleinwerking",
          quantity: 1,
          unitCents: 1500,
          tariffCode: "STANDARD",
          tariffLabel: "Standaard",
          totalCents: 1500,
        },
      },
    },
  });
}

const read = (id: string) => db.order.findUniqueOrThrow({ where: { id }, include: { lines: true } });

afterEach(async () => {
  await db.paymentSettings.update({ where: { id: 1 }, data: { orderRetentionYears: 7 } });
});

describe("order retention", () => {
  it("removes the buyer of an order from before the seven full years, keeping number and amounts", async () => {
    const old = await orderPlaced("2018-12-31T12:00:00Z");
    expect(await removeExpiredOrderData(db, NOW)).toBeGreaterThanOrEqual(1);
    const after = await read(old.id);
    expect(after).toMatchObject({
      buyerName: "Gewist",
      buyerEmail: null,
      buyerUserId: null,
      number: old.number,
      totalCents: 1500,
      status: "PAID",
    });
    expect(after.lines[0]).toMatchObject({ description: "Gewist", totalCents: 1500 });
    expect(await db.auditLog.count({ where: { action: "order.personal-data-removed" } })).toBeGreaterThan(0);
  });

  it("keeps the buyer of an order placed in the first year still within the period", async () => {
    const kept = await orderPlaced("2019-01-01T08:00:00Z");
    await removeExpiredOrderData(db, NOW);
    expect(await read(kept.id)).toMatchObject({ buyerName: "Emma Peeters", buyerEmail: expect.any(String) });
  });

  it("follows the period in PaymentSettings", async () => {
    const order = await orderPlaced("2022-06-01T08:00:00Z");
    await db.paymentSettings.update({ where: { id: 1 }, data: { orderRetentionYears: 3 } });
    await removeExpiredOrderData(db, NOW);
    expect((await read(order.id)).buyerName).toBe("Gewist");
  });

  it("claims an emptied order once, also when two runs race", async () => {
    await orderPlaced("2010-03-01T08:00:00Z");
    const [a, b] = await Promise.all([removeExpiredOrderData(db, NOW), removeExpiredOrderData(db, NOW)]);
    expect(await removeExpiredOrderData(db, NOW)).toBe(0);
    expect(a + b).toBeGreaterThanOrEqual(1);
  });
});
