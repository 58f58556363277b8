// The demo's practice checkout may never stand in for a real payment provider: it is refused beside
// Stripe keys and on any address residents could reach, and allowed only on this machine's own.
import { describe, expect, it } from "vitest";
import { sandboxRefusal } from "@/lib/payments/sandbox/guard";

const demo = {
  PAYMENT_SANDBOX: "1" as const,
  STRIPE_SECRET_KEY: undefined,
  STRIPE_WEBHOOK_SECRET: undefined,
  PUBLIC_URL: "http://localhost:3000",
};

describe("when the payment sandbox may run", () => {
  it("runs on localhost, 127.x, ::1 and *.localhost without Stripe keys", () => {
    for (const url of [
      "http://localhost:3000",
      "http://127.0.0.2:8080",
      "http://[::1]:3000",
      "http://loket.localhost",
    ])
      expect(sandboxRefusal({ ...demo, PUBLIC_URL: url }), url).toBeNull();
  });

  it("is refused beside a Stripe secret key or a webhook secret", () => {
    expect(sandboxRefusal({ ...demo, STRIPE_SECRET_KEY: "sk_live_x" })).toMatch(/Stripe-sleutels/);
    expect(sandboxRefusal({ ...demo, STRIPE_WEBHOOK_SECRET: "whsec_x" })).toMatch(/Stripe-sleutels/);
  });

  it("is refused on a public address, also one that merely starts like a local one", () => {
    for (const url of [
      "https://loket.wingene.be",
      "http://10.0.0.5:3000",
      "http://localhost.wingene.be",
      "http://127.0.0.1.nip.io",
    ])
      expect(sandboxRefusal({ ...demo, PUBLIC_URL: url }), url).toMatch(/alleen op een lokaal adres/);
  });

  it("says nothing when the sandbox is off, keys or not", () => {
    expect(
      sandboxRefusal({ ...demo, PAYMENT_SANDBOX: undefined, PUBLIC_URL: "https://loket.wingene.be" }),
    ).toBeNull();
    expect(sandboxRefusal({ ...demo, PAYMENT_SANDBOX: "0", STRIPE_SECRET_KEY: "sk_live_x" })).toBeNull();
  });
});
