// Proves the Stripe sandbox against the real Stripe SDK, so tests of the portal's payments can
// trust it: response shapes, errors, idempotency, the hosted page, and signed webhooks.
import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StripeSandbox, sandboxClient, startStripeSandbox } from "@/lib/payments/sandbox/server";

const SECRET = "whsec_fake_stripe_test";

/** A stand-in for the portal's webhook route: keeps raw bodies and signatures; `/fail` answers 500. */
async function startReceiver() {
  const received: { body: string; signature: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      received.push({ body, signature: String(req.headers["stripe-signature"]) });
      res.writeHead(req.url === "/fail" ? 500 : 200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ received: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let fake: StripeSandbox;
let stripe: Stripe;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  receiver = await startReceiver();
  fake = await startStripeSandbox({
    webhookUrl: `${receiver.url}/webhook`,
    webhookSecret: SECRET,
    asyncDelayMs: 50,
  });
  stripe = sandboxClient(fake);
});

afterAll(async () => {
  await fake.close();
  await receiver.close();
});

// One deadline for the whole file: two requests under one idempotency key must be byte-identical,
// also when they straddle a second.
const EXPIRES_AT = Math.floor(Date.now() / 1000) + 31 * 60;

const params = (orderId = "order-1"): Stripe.Checkout.SessionCreateParams => ({
  mode: "payment",
  allowed_payment_method_types: ["bancontact", "card"],
  line_items: [
    {
      quantity: 2,
      price_data: { currency: "eur", unit_amount: 1250, product_data: { name: "Zwembad (volwassene)" } },
    },
    {
      quantity: 1,
      price_data: { currency: "eur", unit_amount: 300, product_data: { name: "Huur handdoek" } },
    },
  ],
  customer_email: "eva.goossens@example.be",
  client_reference_id: orderId,
  metadata: { orderId },
  success_url: "https://portal.example/betaald?sessie={CHECKOUT_SESSION_ID}",
  cancel_url: "https://portal.example/geannuleerd",
  expires_at: EXPIRES_AT,
  locale: "nl",
});

const newSession = (orderId?: string) => stripe.checkout.sessions.create(params(orderId));

/** Webhook events received for one session, in arrival order, checked against their signature. */
const eventsFor = (sessionId: string) =>
  receiver.received
    .map(({ body, signature }) => stripe.webhooks.constructEvent(body, signature, SECRET))
    .filter((event) => (event.data.object as { id: string }).id === sessionId);

const sessionOf = (event: Stripe.Event) => event.data.object as Stripe.Checkout.Session;

describe("Stripe sandbox: Checkout Sessions through the real SDK", () => {
  it("creates an open session with Stripe's fields", async () => {
    const request = params();
    const session = await stripe.checkout.sessions.create(request);
    expect(session.id).toMatch(/^cs_test_/);
    expect(session).toMatchObject({
      object: "checkout.session",
      status: "open",
      payment_status: "unpaid",
      amount_total: 2800,
      currency: "eur",
      client_reference_id: "order-1",
      metadata: { orderId: "order-1" },
      customer_email: "eva.goossens@example.be",
      payment_intent: null,
      livemode: false,
      url: `${fake.baseUrl}/pay/${session.id}`,
      payment_method_types: ["bancontact", "card"],
    });
    expect(session.expires_at).toBe(request.expires_at);
    expect(fake.sessions().map((s) => s.id)).toContain(session.id);
  });

  it("returns the same session for a repeated idempotency key and refuses other parameters under it", async () => {
    const key = `checkout:${crypto.randomUUID()}`;
    const first = await stripe.checkout.sessions.create(params("order-2"), { idempotencyKey: key });
    const again = await stripe.checkout.sessions.create(params("order-2"), { idempotencyKey: key });
    expect(again.id).toBe(first.id);
    expect(fake.sessions().filter((s) => s.client_reference_id === "order-2")).toHaveLength(1);
    const conflict = stripe.checkout.sessions.create(params("order-3"), { idempotencyKey: key });
    await expect(conflict).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    await expect(conflict).rejects.toMatchObject({ statusCode: 400, type: "StripeIdempotencyError" });
  });

  it("rejects parameters the real API rejects", async () => {
    // `payment_method_types` no longer exists in API version 2026-10-28.endive.
    const removed = { ...params(), payment_method_types: ["card"] } as Stripe.Checkout.SessionCreateParams;
    await expect(stripe.checkout.sessions.create(removed)).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
      code: "parameter_unknown",
      param: "payment_method_types",
    });
    const tooSoon = { ...params(), expires_at: Math.floor(Date.now() / 1000) + 5 * 60 };
    await expect(stripe.checkout.sessions.create(tooSoon)).rejects.toMatchObject({ param: "expires_at" });
  });

  it("answers 404 resource_missing for an unknown session, as a StripeInvalidRequestError", async () => {
    const missing = stripe.checkout.sessions.retrieve("cs_test_does_not_exist");
    await expect(missing).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    await expect(missing).rejects.toMatchObject({ statusCode: 404, code: "resource_missing" });
  });

  it("refuses a key that is not a secret key", async () => {
    const wrongKey = new Stripe("pk_test_fake", { ...fake.sdkOptions, maxNetworkRetries: 0 });
    await expect(wrongKey.checkout.sessions.create(params())).rejects.toBeInstanceOf(
      Stripe.errors.StripeAuthenticationError,
    );
  });
});

describe("Stripe sandbox: paying and webhooks", () => {
  it("delivers a signed checkout.session.completed for a card payment", async () => {
    const session = await newSession();
    await fake.pay(session.id, "card");

    const events = eventsFor(session.id);
    expect(events.map((e) => e.type)).toEqual(["checkout.session.completed"]);
    expect(sessionOf(events[0])).toMatchObject({ status: "complete", payment_status: "paid" });
    expect(events[0]).toMatchObject({ object: "event", api_version: Stripe.API_VERSION, livemode: false });
    const raw = receiver.received.find((r) => r.body.includes(events[0].id))!;
    expect(() => stripe.webhooks.constructEvent(raw.body, raw.signature, "whsec_wrong")).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );

    const paid = await stripe.checkout.sessions.retrieve(session.id);
    expect(paid).toMatchObject({ status: "complete", payment_status: "paid", url: null });
    expect(paid.payment_intent).toMatch(/^pi_/);
    const expanded = await stripe.checkout.sessions.retrieve(session.id, { expand: ["payment_intent"] });
    expect(expanded.payment_intent).toMatchObject({
      id: paid.payment_intent,
      object: "payment_intent",
      status: "succeeded",
      amount: 2800,
      currency: "eur",
    });
  });

  it("completes Bancontact unpaid first, then sends async_payment_succeeded", async () => {
    const session = await newSession();
    await fake.pay(session.id, "bancontact");

    const events = eventsFor(session.id);
    expect(events.map((e) => e.type)).toEqual([
      "checkout.session.completed",
      "checkout.session.async_payment_succeeded",
    ]);
    expect(sessionOf(events[0]).payment_status).toBe("unpaid");
    expect(sessionOf(events[1]).payment_status).toBe("paid");
    const expanded = await stripe.checkout.sessions.retrieve(session.id, { expand: ["payment_intent"] });
    expect(expanded.payment_status).toBe("paid");
    expect((expanded.payment_intent as Stripe.PaymentIntent).status).toBe("succeeded");
    expect(
      fake
        .deliveries()
        .filter((d) => d.event.data.object.id === session.id)
        .map((d) => d.status),
    ).toEqual([200, 200]);
  });

  it("sends async_payment_failed when Bancontact fails, and the session stays unpaid", async () => {
    const session = await newSession();
    await fake.pay(session.id, "bancontact_fails");

    expect(eventsFor(session.id).map((e) => e.type)).toEqual([
      "checkout.session.completed",
      "checkout.session.async_payment_failed",
    ]);
    const expanded = await stripe.checkout.sessions.retrieve(session.id, { expand: ["payment_intent"] });
    expect(expanded).toMatchObject({ status: "complete", payment_status: "unpaid" });
    expect((expanded.payment_intent as Stripe.PaymentIntent).status).toBe("requires_payment_method");
  });

  it("re-delivers an event with the same id, sends events out of order, and records failed deliveries", async () => {
    const session = await newSession();
    await fake.pay(session.id, "card");
    const [completed] = eventsFor(session.id);
    expect(await fake.resend(completed.id)).toBe(200);
    expect(await fake.sendEvent("checkout.session.async_payment_succeeded", session.id)).toBe(200);
    const events = eventsFor(session.id);
    expect(events.map((e) => e.id).slice(0, 2)).toEqual([completed.id, completed.id]);
    expect(events[2].type).toBe("checkout.session.async_payment_succeeded");

    fake.setWebhookUrl(`${receiver.url}/fail`);
    try {
      expect(await fake.sendEvent("checkout.session.completed", session.id)).toBe(500);
    } finally {
      fake.setWebhookUrl(`${receiver.url}/webhook`);
    }
    expect(fake.deliveries().at(-1)).toMatchObject({ status: 500, body: '{"received":true}' });
  });
});

describe("Stripe sandbox: refunds and expiry", () => {
  it("refunds a paid payment once per idempotency key", async () => {
    const session = await newSession();
    await fake.pay(session.id, "card");
    const intent = (await stripe.checkout.sessions.retrieve(session.id)).payment_intent as string;

    const key = `refund:${intent}:cancelled`;
    const refund = await stripe.refunds.create({ payment_intent: intent }, { idempotencyKey: key });
    expect(refund).toMatchObject({ object: "refund", status: "succeeded", amount: 2800, currency: "eur" });
    expect(refund.payment_intent).toBe(intent);
    const again = await stripe.refunds.create({ payment_intent: intent }, { idempotencyKey: key });
    expect(again.id).toBe(refund.id);
    expect(fake.refunds().filter((r) => r.payment_intent === intent)).toHaveLength(1);

    const second = stripe.refunds.create({ payment_intent: intent }, { idempotencyKey: `${key}-2` });
    await expect(second).rejects.toMatchObject({ statusCode: 400, code: "charge_already_refunded" });
  });

  it("refuses refunds for unpaid and unknown payments", async () => {
    const session = await newSession();
    await fake.pay(session.id, "bancontact_fails");
    const intent = (await stripe.checkout.sessions.retrieve(session.id)).payment_intent as string;
    await expect(stripe.refunds.create({ payment_intent: intent })).rejects.toBeInstanceOf(
      Stripe.errors.StripeInvalidRequestError,
    );
    await expect(stripe.refunds.create({ payment_intent: "pi_unknown" })).rejects.toMatchObject({
      statusCode: 400,
      code: "resource_missing",
    });
    expect(fake.refunds().filter((r) => r.payment_intent === intent)).toEqual([]);
  });

  it("expires an open session with checkout.session.expired, and refuses a completed one", async () => {
    const session = await newSession();
    const expired = await stripe.checkout.sessions.expire(session.id);
    expect(expired).toMatchObject({ status: "expired", url: null });
    await fake.settled();
    expect(eventsFor(session.id).map((e) => e.type)).toEqual(["checkout.session.expired"]);

    const paid = await newSession();
    await fake.pay(paid.id, "card");
    await expect(stripe.checkout.sessions.expire(paid.id)).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
      statusCode: 400,
    });
    await expect(fake.expireSession(paid.id)).rejects.toThrow(/status of `complete`/);
  });
});

describe("Stripe sandbox: the hosted checkout page", () => {
  it("shows the amount and four buttons in Dutch", async () => {
    const session = await newSession();
    const res = await fetch(session.url!);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain("<h1>Testbetaling</h1>");
    expect(html).toContain("28,00");
    for (const label of [
      "Betalen met Bancontact",
      "Betalen met kaart",
      "Bancontact: betaling mislukt",
      "Annuleren",
    ])
      expect(html).toMatch(new RegExp(`<button type="submit"[^>]*>${label}</button>`));
  });

  it("pays by card from the page and redirects 303 to the success URL", async () => {
    const session = await newSession();
    const res = await fetch(session.url!, {
      method: "POST",
      body: new URLSearchParams({ action: "card" }),
      redirect: "manual",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`https://portal.example/betaald?sessie=${session.id}`);
    expect(eventsFor(session.id).map((e) => e.type)).toEqual(["checkout.session.completed"]);
    expect((await fetch(session.url!)).status).toBe(409);
  });

  it("cancels from the page: back to the cancel URL, session still open, no event", async () => {
    const session = await newSession();
    const res = await fetch(session.url!, {
      method: "POST",
      body: new URLSearchParams({ action: "cancel" }),
      redirect: "manual",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("https://portal.example/geannuleerd");
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");
    expect(eventsFor(session.id)).toEqual([]);
  });
});
