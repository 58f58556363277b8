// Hoarding tickets, tried the way a scalper would: more per order or per buyer than the
// performance allows (in sequence and racing), many holds from one address, free seats taken with
// addresses nobody reads, and holds kept alive by choosing a transfer for a free order.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ensurePool } from "@/lib/capacity";
import { db } from "@/lib/db";
import { confirmByMail } from "@/lib/payments/confirm-by-mail";
import { chooseTransfer } from "@/lib/payments/transfer";
import { HOLD_LIMITS } from "@/lib/tickets/buyer-limits";
import { reserveTickets } from "@/lib/tickets/commands";
import { completeFreeOrder } from "@/lib/tickets/free-orders";
import { ticketMessages } from "@/lib/tickets/messages";
import { reservationSchema } from "@/lib/tickets/schema";
import { seed } from "@/prisma/seed";
import { posted } from "../support/form-post";
import { onlineBuyer } from "../support/online-buyer";

beforeAll(async () => {
  await seed(db);
});

async function show(limits: { perOrder?: number; perBuyer?: number } = {}, priceCents = 1200, seats = 200) {
  const slug = `hamster-${randomUUID()}`;
  const startsAt = new Date(Date.now() + 20 * 86_400_000);
  return db.performance.create({
    data: {
      slug,
      title: "Gegeerde voorstelling",
      description: "Test",
      venueName: "Zaal",
      venueAddress: "Markt 1, 8750 Wingene",
      startsAt,
      salesStartAt: new Date(Date.now() - 86_400_000),
      salesEndAt: new Date(startsAt.getTime() - 3_600_000),
      published: true,
      maxTicketsPerOrder: limits.perOrder ?? 10,
      maxTicketsPerBuyer: limits.perBuyer ?? 10,
      poolId: await ensurePool(db, `performance:${slug}`, "Zaal", seats),
      ticketTypes: { create: [{ code: "VOLWASSENE", label: "Volwassene", priceCents }] },
    },
    include: { ticketTypes: true },
  });
}

type Show = Awaited<ReturnType<typeof show>>;
const form = (p: Show, count: number, buyerEmail = `koper-${randomUUID()}@example.be`) =>
  reservationSchema.parse(
    posted({
      performanceId: p.id,
      buyerName: "Hamster Koper",
      buyerEmail,
      [`quantities.${p.ticketTypes[0].id}`]: String(count),
    }),
  );
const ordersOf = (email: string) => db.order.count({ where: { buyerEmail: email } });

describe("limits per order and per buyer, from the performance", () => {
  it("refuses more per order than the performance allows, with its number, storing nothing", async () => {
    const p = await show({ perOrder: 4 });
    const email = `groot-${randomUUID()}@example.be`;
    await expect(reserveTickets(form(p, 5, email), onlineBuyer())).rejects.toMatchObject({
      field: "quantities",
      message: "Je kan per bestelling maximaal 4 tickets kopen.",
    });
    expect(await ordersOf(email)).toBe(0);
  });

  it("counts a buyer's open and paid orders together, and frees the room when one is cancelled", async () => {
    const p = await show({ perBuyer: 6 });
    const email = `veel-${randomUUID()}@example.be`;
    const first = await reserveTickets(form(p, 4, email), onlineBuyer());
    await expect(reserveTickets(form(p, 3, email.toUpperCase()), onlineBuyer())).rejects.toMatchObject({
      field: "quantities",
      message:
        "Voor deze voorstelling kan je in totaal maximaal 6 tickets bestellen; je hebt er al 4. Je kan er nog 2 bijnemen.",
    });
    expect(await ordersOf(email)).toBe(1);
    await db.order.update({ where: { id: first.id }, data: { status: "CANCELLED" } });
    await expect(reserveTickets(form(p, 6, email), onlineBuyer())).resolves.toMatchObject({
      status: "PENDING",
    });
  });

  it("lets exactly as many racing orders of one buyer through as the buyer limit allows", async () => {
    const p = await show({ perBuyer: 6 });
    const email = `race-${randomUUID()}@example.be`;
    const results = await Promise.allSettled(
      // Five: within the hold rate of one e-mail address, so only the buyer limit refuses.
      Array.from({ length: 5 }, () => reserveTickets(form(p, 2, email), onlineBuyer())),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ field: "quantities" });
    const held = await db.orderLine.aggregate({
      where: { order: { buyerEmail: email } },
      _sum: { quantity: true },
    });
    expect(held._sum.quantity).toBe(6);
  });

  it("does not bind staff selling at the desk by the buyer limit", async () => {
    const p = await show({ perBuyer: 2 });
    const staff = await db.user.findUniqueOrThrow({ where: { email: "vrijetijd@wingene.be" } });
    const email = `groep-${randomUUID()}@example.be`;
    await reserveTickets(form(p, 2, email), onlineBuyer());
    await expect(
      reserveTickets(form(p, 8, email), { userId: null, soldById: staff.id }),
    ).resolves.toMatchObject({ soldById: staff.id });
  });
});

describe("the hold rate per address", () => {
  it("lets exactly the limit of racing holds from one address through, each with another e-mail", async () => {
    const p = await show();
    const address = `hamster-${randomUUID()}`;
    const results = await Promise.allSettled(
      Array.from({ length: HOLD_LIMITS.perAddress.max + 6 }, () =>
        reserveTickets(form(p, 1), { userId: null, address }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(HOLD_LIMITS.perAddress.max);
    const refused = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    for (const r of refused) expect(r.reason).toMatchObject({ code: "RATE_LIMITED", message: /Wacht even/ });
  });

  it("does not count requests the performance refuses (too many, unknown tariff, not on sale)", async () => {
    const p = await show({ perOrder: 2 });
    const later = await show();
    await db.performance.update({
      where: { id: later.id },
      data: { salesStartAt: new Date(Date.now() + 86_400_000) },
    });
    const address = `weigering-${randomUUID()}`;
    const email = `weigering-${randomUUID()}@example.be`;
    const unknownType = reservationSchema.parse(
      posted({
        performanceId: p.id,
        buyerName: "Hamster Koper",
        buyerEmail: email,
        "quantities.bestaat-niet": "1",
      }),
    );
    for (let i = 0; i < HOLD_LIMITS.perEmail.max; i++) {
      await expect(reserveTickets(form(p, 3, email), { userId: null, address })).rejects.toMatchObject({
        field: "quantities",
      });
      await expect(reserveTickets(unknownType, { userId: null, address })).rejects.toMatchObject({
        code: "INVALID_INPUT",
      });
      await expect(reserveTickets(form(later, 1, email), { userId: null, address })).rejects.toMatchObject({
        code: "CONFLICT",
      });
    }
    // Three times the limit refused, none counted: the address and the e-mail may still hold.
    await expect(reserveTickets(form(p, 2, email), { userId: null, address })).resolves.toMatchObject({
      status: "PENDING",
    });
    const buckets = await db.rateLimitBucket.findMany({
      where: { key: { in: [`tickets:hold:ip:${address}`, `tickets:hold:email:${email}`] } },
    });
    expect(buckets.map((b) => b.count)).toEqual([1, 1]);
  });
});

describe("terms read earlier by the process (priced again when they changed)", () => {
  it("holds at the new price at once after a tariff changed, counting each hold once", async () => {
    const p = await show();
    const email = `prijs-${randomUUID()}@example.be`;
    const address = `prijs-${randomUUID()}`;
    const first = await reserveTickets(form(p, 1, email), { userId: null, address });
    expect(first.totalCents).toBe(1200);
    await db.ticketType.update({ where: { id: p.ticketTypes[0].id }, data: { priceCents: 1500 } });
    const second = await reserveTickets(form(p, 2, email), { userId: null, address });
    expect(second.totalCents).toBe(3000);
    expect(await db.orderLine.findFirstOrThrow({ where: { orderId: second.id } })).toMatchObject({
      unitCents: 1500,
    });
    const bucket = await db.rateLimitBucket.findUniqueOrThrow({
      where: { key: `tickets:hold:email:${email}` },
    });
    expect(bucket.count).toBe(2);
  });

  it("refuses at once, writing nothing, when the performance was cancelled after a hold", async () => {
    const p = await show();
    await reserveTickets(form(p, 1), onlineBuyer());
    await db.performance.update({ where: { id: p.id }, data: { cancelledAt: new Date() } });
    const email = `geannuleerd-${randomUUID()}@example.be`;
    await expect(reserveTickets(form(p, 1, email), onlineBuyer())).rejects.toMatchObject({
      code: "CONFLICT",
      message: ticketMessages.performanceCancelled,
    });
    expect(await ordersOf(email)).toBe(0);
    expect(await db.capacityPool.findUniqueOrThrow({ where: { id: p.poolId } })).toMatchObject({ taken: 1 });
  });
});

describe("free tickets", () => {
  const mailsTo = (to: string) => db.mailMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
  const codeIn = (text: string) => text.match(/\/bevestigen\?code=([A-Za-z0-9_-]{27})/)?.[1];

  it("stay unconfirmed until the link in the mail is used; a wrong code or a transfer changes nothing", async () => {
    const p = await show({}, 0);
    const email = `gratis-${randomUUID()}@example.be`;
    const order = await reserveTickets(form(p, 2, email), onlineBuyer());
    await completeFreeOrder(order, null);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      status: "PENDING",
    });
    expect(await db.ticket.count({ where: { orderId: order.id } })).toBe(0);
    await expect(chooseTransfer(order.id, new Date(Date.now() + 9 * 86_400_000))).rejects.toMatchObject({
      code: "CONFLICT",
    });

    const [mail] = await mailsTo(email);
    expect(mail.subject).toBe(`Bevestig je bestelling ${order.number}`);
    const code = codeIn(mail.text)!;
    expect(code).toBeDefined();
    await expect(confirmByMail(order.accessToken, "A".repeat(27))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await confirmByMail(order.accessToken, code);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PAID" });
    expect(await db.ticket.count({ where: { orderId: order.id, status: "VALID" } })).toBe(2);
  });

  it("cannot be confirmed after the hold lapsed", async () => {
    const p = await show({}, 0);
    const email = `traag-${randomUUID()}@example.be`;
    const order = await reserveTickets(form(p, 1, email), onlineBuyer());
    await completeFreeOrder(order, null);
    await db.order.update({ where: { id: order.id }, data: { status: "CANCELLED" } });
    const code = codeIn((await mailsTo(email))[0].text)!;
    await expect(confirmByMail(order.accessToken, code)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("are settled at once for someone signed in who orders for their own address", async () => {
    const p = await show({}, 0);
    const email = `ingelogd-${randomUUID()}@example.be`;
    const user = await db.user.create({ data: { name: "Ingelogd", email } });
    const order = await reserveTickets(form(p, 1, email), { userId: user.id, address: "test-ingelogd" });
    await completeFreeOrder(order, email);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PAID" });
  });
});
