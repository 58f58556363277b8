// Stripe Checkout end to end below the browser: the portal's real Stripe SDK against the fake
// Stripe on loopback, whose signed webhooks reach the portal's real route handler.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StripeSandbox, startStripeSandbox } from "@/lib/payments/sandbox/server";
import { posted } from "../support/form-post";
import { onlineBuyer } from "../support/online-buyer";

const WEBHOOK_SECRET = "whsec_integration_test";
let fake: StripeSandbox;
let receiver: http.Server;
let receiverUrl = "";

// Loaded after the environment points at the fake (lib/env reads it once per module graph).
let app: {
  db: typeof import("@/lib/db").db;
  reserveTickets: typeof import("@/lib/tickets/commands").reserveTickets;
  reservationSchema: typeof import("@/lib/tickets/schema").reservationSchema;
  startStripeCheckout: typeof import("@/lib/payments/stripe/checkout").startStripeCheckout;
  expireOrders: typeof import("@/lib/payments/expiry").expireOrders;
  ensurePool: typeof import("@/lib/capacity").ensurePool;
  POST: typeof import("@/app/api/stripe/webhook/route").POST;
  refundPart: typeof import("@/lib/payments/part-refund").refundPart;
  settle: typeof import("@/lib/payments/settle").settle;
};

beforeAll(async () => {
  fake = await startStripeSandbox({ webhookSecret: WEBHOOK_SECRET, asyncDelayMs: 50 });
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: "sk_test_portal",
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_BASE: fake.baseUrl,
  });
  app = {
    db: (await import("@/lib/db")).db,
    reserveTickets: (await import("@/lib/tickets/commands")).reserveTickets,
    reservationSchema: (await import("@/lib/tickets/schema")).reservationSchema,
    startStripeCheckout: (await import("@/lib/payments/stripe/checkout")).startStripeCheckout,
    expireOrders: (await import("@/lib/payments/expiry")).expireOrders,
    ensurePool: (await import("@/lib/capacity")).ensurePool,
    POST: (await import("@/app/api/stripe/webhook/route")).POST,
    refundPart: (await import("@/lib/payments/part-refund")).refundPart,
    settle: (await import("@/lib/payments/settle")).settle,
  };
  await (await import("@/prisma/seed")).seed(app.db);
  // The portal's webhook route handler behind a plain HTTP server, as Next.js would serve it.
  receiver = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const response = await app.POST(
      new Request(`http://localhost${req.url}`, {
        method: "POST",
        headers: req.headers as Record<string, string>,
        body: Buffer.concat(chunks),
      }),
    );
    res.writeHead(response.status, { "Content-Type": response.headers.get("content-type") ?? "text/plain" });
    res.end(await response.text());
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/stripe/webhook`;
  fake.setWebhookUrl(receiverUrl);
});

afterAll(async () => {
  await fake?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

async function orderFor(seats: number, quantity: number) {
  const slug = `stripe-${randomUUID()}`;
  const startsAt = new Date(Date.now() + 30 * 86_400_000);
  const performance = await app.db.performance.create({
    data: {
      slug,
      title: "Stripe-test",
      description: "x",
      venueName: "Zaal",
      venueAddress: "Markt 1, 8750 Wingene",
      startsAt,
      salesStartAt: new Date(Date.now() - 86_400_000),
      salesEndAt: startsAt,
      published: true,
      poolId: await app.ensurePool(app.db, `performance:${slug}`, "Zaal", seats),
      ticketTypes: { create: [{ code: "VOLWASSENE", label: "Volwassene", priceCents: 1500 }] },
    },
    include: { ticketTypes: true },
  });
  const input = app.reservationSchema.parse(
    posted({
      performanceId: performance.id,
      buyerName: "Stef Stripe",
      buyerEmail: `stef-${randomUUID()}@example.be`,
      [`quantities.${performance.ticketTypes[0].id}`]: String(quantity),
    }),
  );
  const order = await app.reserveTickets(input, onlineBuyer());
  return { performance, order };
}

async function checkout(orderId: string) {
  const url = await app.startStripeCheckout(orderId, {
    success: "http://localhost/ok?s={CHECKOUT_SESSION_ID}",
    cancel: "http://localhost/terug",
  });
  const session = fake.sessions().find((s) => s.url === url)!;
  return session.id;
}

const orderStatus = async (id: string) => (await app.db.order.findUniqueOrThrow({ where: { id } })).status;

describe("Stripe Checkout", () => {
  it("pays by card: one payment, tickets issued, order paid", async () => {
    const { order } = await orderFor(10, 2);
    const sessionId = await checkout(order.id);
    expect(fake.sessions().find((s) => s.id === sessionId)?.amount_total).toBe(3000);
    await fake.pay(sessionId, "card");
    await fake.settled();
    expect(await orderStatus(order.id)).toBe("PAID");
    expect(await app.db.ticket.count({ where: { orderId: order.id } })).toBe(2);
    expect(await app.db.payment.findMany({ where: { orderId: order.id } })).toMatchObject([
      { method: "STRIPE", status: "SUCCEEDED", providerRef: sessionId },
    ]);
  });

  it("waits for an asynchronous Bancontact payment before issuing tickets", async () => {
    const { order } = await orderFor(10, 1);
    const sessionId = await checkout(order.id);
    await fake.pay(sessionId, "bancontact");
    await fake.settled();
    const types = fake
      .deliveries()
      .filter((d) => d.event.data.object.id === sessionId)
      .map((d) => [d.event.type, d.status]);
    expect(types).toEqual([
      ["checkout.session.completed", 200],
      ["checkout.session.async_payment_succeeded", 200],
    ]);
    expect(await orderStatus(order.id)).toBe("PAID");
    expect(await app.db.ticket.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("keeps the order open when Bancontact fails, so the buyer can try again", async () => {
    const { order } = await orderFor(10, 1);
    const sessionId = await checkout(order.id);
    await fake.pay(sessionId, "bancontact_fails");
    await fake.settled();
    expect(await orderStatus(order.id)).toBe("PENDING");
    expect(await app.db.payment.findFirstOrThrow({ where: { providerRef: sessionId } })).toMatchObject({
      status: "FAILED",
    });
    expect(await app.db.ticket.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("keeps the seats while paying at most three checkouts long, and never shortens a longer term", async () => {
    const { order } = await orderFor(10, 1);
    const expiry = async () =>
      (await app.db.order.findUniqueOrThrow({ where: { id: order.id } })).expiresAt!.getTime();
    const holdExpiry = async () =>
      (
        await app.db.capacityHold.findFirstOrThrow({ where: { reference: order.holdReference } })
      ).expiresAt?.getTime();
    for (let i = 0; i < 3; i++) await checkout(order.id);
    const afterThird = await expiry();
    expect(afterThird).toBeGreaterThan(Date.now() + 30 * 60_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await checkout(order.id);
    expect(await expiry()).toBe(afterThird);
    expect(await holdExpiry()).toBe(afterThird);

    const { order: long } = await orderFor(10, 1);
    const inFiveDays = new Date(Date.now() + 5 * 86_400_000);
    await app.db.order.update({ where: { id: long.id }, data: { expiresAt: inFiveDays } });
    await checkout(long.id);
    expect((await app.db.order.findUniqueOrThrow({ where: { id: long.id } })).expiresAt).toEqual(inFiveDays);
  });

  it("processes a duplicated event once and an out-of-order event as a no-op", async () => {
    const { order } = await orderFor(10, 1);
    const sessionId = await checkout(order.id);
    await fake.pay(sessionId, "card");
    await fake.settled();
    const first = fake.deliveries().find((d) => d.event.data.object.id === sessionId)!;
    expect(await fake.resend(first.event.id)).toBe(200);
    expect(fake.deliveries().at(-1)?.body).toContain('"duplicate"');
    expect(await fake.sendEvent("checkout.session.expired", sessionId)).toBe(200);
    expect(await orderStatus(order.id)).toBe("PAID");
    expect(await app.db.payment.count({ where: { orderId: order.id } })).toBe(1);
    expect(await app.db.ticket.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("answers 400 to a bad signature and records nothing", async () => {
    const before = await app.db.stripeEvent.count();
    const response = await fetch(receiverUrl, {
      method: "POST",
      body: JSON.stringify({ id: "evt_forged", type: "checkout.session.completed" }),
      headers: { "Stripe-Signature": "t=1,v1=deadbeef" },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain("evt_forged");
    expect(await app.db.stripeEvent.count()).toBe(before);
  });

  it("refunds automatically when a payment arrives after the hold lapsed and the seats were sold", async () => {
    const { performance, order } = await orderFor(2, 2);
    const sessionId = await checkout(order.id);
    await app.db.order.update({ where: { id: order.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await app.expireOrders(app.db);
    const input = app.reservationSchema.parse(
      posted({
        performanceId: performance.id,
        buyerName: "Snelle Koper",
        buyerEmail: "snel@example.be",
        [`quantities.${performance.ticketTypes[0].id}`]: "2",
      }),
    );
    await app.reserveTickets(input, onlineBuyer());
    await fake.pay(sessionId, "card");
    await fake.settled();
    expect(await orderStatus(order.id)).toBe("REFUNDED");
    expect(fake.refunds().filter((r) => r.amount === 3000)).toHaveLength(1);
    expect(await app.db.ticket.count({ where: { orderId: order.id } })).toBe(0);
    expect(
      await app.db.mailMessage.findFirst({
        where: { to: order.buyerEmail ?? undefined, subject: { startsWith: "Terugbetaling" } },
      }),
    ).not.toBeNull();
  });
});

describe("part refunds (a fee kept, a deposit released)", () => {
  async function paidByStripe() {
    const { order } = await orderFor(10, 2); // 2 × € 15,00
    const sessionId = await checkout(order.id);
    await fake.pay(sessionId, "card");
    await fake.settled();
    expect(await orderStatus(order.id)).toBe("PAID");
    return order;
  }
  const refundsOf = (orderId: string) => app.db.refund.findMany({ where: { orderId } });

  it("give back part of a Stripe payment once per key, and never more than was paid", async () => {
    const order = await paidByStripe();
    const request = { orderId: order.id, amountCents: 1000, reason: "Annulering", actorId: null };
    const first = await app.refundPart({ ...request, key: `fee:${order.id}` });
    expect(first).toMatchObject({
      amountCents: 1000,
      manual: false,
      providerRef: expect.stringMatching(/^re_/),
    });
    const again = await app.refundPart({ ...request, key: `fee:${order.id}` });
    expect(again.providerRef).toBe(first.providerRef);
    expect(fake.refunds().filter((r) => r.id === first.providerRef)).toHaveLength(1);
    expect(fake.refunds().find((r) => r.id === first.providerRef)?.amount).toBe(1000);

    await expect(
      app.refundPart({ ...request, key: `too-much:${order.id}`, amountCents: 2001 }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Er kan niet meer terugbetaald worden dan er betaald is.",
    });
    await app.refundPart({ ...request, key: `rest:${order.id}`, amountCents: 2000 });
    expect((await refundsOf(order.id)).reduce((n, r) => n + r.amountCents, 0)).toBe(3000);
    expect(await orderStatus(order.id)).toBe("PAID"); // a part refund leaves the order paid
  });

  it("let exactly as many racing refunds through as the payment covers", async () => {
    const order = await paidByStripe();
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) =>
        app.refundPart({
          orderId: order.id,
          key: `race:${order.id}:${i}`,
          amountCents: 1000,
          reason: "x",
          actorId: null,
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    expect(await refundsOf(order.id)).toHaveLength(3);
    const ours = new Set((await refundsOf(order.id)).map((r) => r.providerRef));
    const atStripe = fake.refunds().filter((r) => ours.has(r.id));
    expect(atStripe.reduce((n, r) => n + r.amount, 0)).toBe(3000);
  });

  it("record a refund of a desk payment for finance to pay back by hand", async () => {
    const { order } = await orderFor(10, 1);
    await app.settle(order.id, { method: "DESK_CASH", amountCents: 1500 }, "Cash");
    const refund = await app.refundPart({
      orderId: order.id,
      key: `deposit:${order.id}`,
      amountCents: 500,
      reason: "Waarborg",
      actorId: null,
    });
    expect(refund).toEqual({ amountCents: 500, manual: true, providerRef: null });
    await expect(
      app.refundPart({ orderId: order.id, key: "zero", amountCents: 0, reason: "x", actorId: null }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
