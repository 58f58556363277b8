// The demo's practice checkout inside the portal's own server: refused where it could mislead;
// otherwise it hands the payment code Stripe keys and an API base on loopback, its checkout page is
// served on the portal's own origin and marked as a demo, and a choice there sends a webhook the
// portal can verify with the secret it was given.
import http from "node:http";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTrustedProxies } from "@/server/client-address";
import { type SandboxPayPage, startPaymentSandbox } from "@/server/payment-sandbox";
import { createPortalServer } from "@/server/portal-server";
import { freePort } from "@/scripts/bench/free-port";

const STRIPE_VARS = ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE"] as const;
const saved = Object.fromEntries(STRIPE_VARS.map((name) => [name, process.env[name]]));
const webhooks: { signature: string; body: string }[] = [];
let server: http.Server;
let sandbox: SandboxPayPage | null;
let origin: string;

beforeAll(async () => {
  const port = await freePort();
  origin = `http://localhost:${port}`;
  sandbox = await startPaymentSandbox(
    {
      PAYMENT_SANDBOX: "1",
      PUBLIC_URL: origin,
      STRIPE_SECRET_KEY: undefined,
      STRIPE_WEBHOOK_SECRET: undefined,
    },
    port,
  );
  server = createPortalServer({
    trustedProxies: parseTrustedProxies(""),
    production: true,
    formActionOrigins: [],
    sandboxPayPage: sandbox,
    // Next's place: here it only records the webhooks the sandbox sends to the portal.
    async handle(req, res) {
      let body = "";
      for await (const chunk of req) body += chunk;
      if (req.url === "/api/stripe/webhook")
        webhooks.push({ signature: String(req.headers["stripe-signature"]), body });
      res.end("ok");
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
});

afterAll(async () => {
  await sandbox?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  for (const name of STRIPE_VARS) process.env[name] = saved[name];
});

describe("the payment sandbox in the portal's server", () => {
  it("refuses to start beside Stripe keys or on a public address, and sets nothing", async () => {
    const before = process.env.STRIPE_API_BASE;
    const refused = (e: Partial<Parameters<typeof startPaymentSandbox>[0]>) =>
      startPaymentSandbox(
        {
          PAYMENT_SANDBOX: "1",
          PUBLIC_URL: "http://localhost:3000",
          STRIPE_SECRET_KEY: undefined,
          STRIPE_WEBHOOK_SECRET: undefined,
          ...e,
        },
        3000,
      );
    await expect(refused({ STRIPE_SECRET_KEY: "sk_live_real" })).rejects.toThrow(/Stripe-sleutels/);
    await expect(refused({ PUBLIC_URL: "https://loket.wingene.be" })).rejects.toThrow(/lokaal adres/);
    expect(process.env.STRIPE_API_BASE).toBe(before);
  });

  it("serves its checkout on the portal's origin, marked as a demo, and a card payment sends a verifiable webhook", async () => {
    const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, {
      host: new URL(process.env.STRIPE_API_BASE!).hostname,
      port: Number(new URL(process.env.STRIPE_API_BASE!).port),
      protocol: "http",
      telemetry: false,
    });
    const session = await stripe.checkout.sessions.create({
      mode: "payment",
      allowed_payment_method_types: ["bancontact", "card"],
      line_items: [
        {
          quantity: 2,
          price_data: { currency: "eur", unit_amount: 1250, product_data: { name: "Volwassene" } },
        },
      ],
      success_url: `${origin}/bestelling/abc?betaald=1`,
      cancel_url: `${origin}/bestelling/abc`,
    });
    expect(session.url).toBe(`${origin}/demo-betaling/${session.id}`);

    const page = await fetch(session.url!);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("form-action 'self'");
    expect(html).toContain("Demo-betaling.");
    expect(html).toContain("er wordt geen echt geld betaald");
    expect(html).toContain(`action="/demo-betaling/${session.id}"`);

    const paid = await fetch(session.url!, {
      method: "POST",
      headers: { origin, "content-type": "application/x-www-form-urlencoded" },
      body: "action=card",
      redirect: "manual",
    });
    expect(paid.status).toBe(303);
    expect(paid.headers.get("location")).toBe(`${origin}/bestelling/abc?betaald=1`);
    const [delivered] = webhooks;
    const event = Stripe.webhooks.constructEvent(
      delivered!.body,
      delivered!.signature,
      process.env.STRIPE_WEBHOOK_SECRET!,
    );
    expect(event.type).toBe("checkout.session.completed");
    expect((event.data.object as { id: string }).id).toBe(session.id);
  });
});
