// Sign-in links are limited per e-mail address and per client address (defaults: 5 and 30 per 15 min).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authMessages } from "@/lib/auth/messages";
import { checkSignInRate } from "@/lib/auth/sign-in-rate";

const outcome = (promise: Promise<void>) =>
  promise.then(
    () => "ok",
    (error: Error) => error.message,
  );

describe("sign-in rate limit", () => {
  it("allows five links per address in a window, refuses the sixth in Dutch, and counts separately per address", async () => {
    const email = `flood-${randomUUID()}@example.be`;
    const ip = `test-ip-${randomUUID()}`;
    const now = new Date();
    for (let i = 0; i < 5; i++) await checkSignInRate(email, ip, now);
    await expect(checkSignInRate(email, ip, now)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: authMessages.tooManyLinks,
    });
    // Upper case is the same address; another address is not affected.
    await expect(checkSignInRate(email.toUpperCase(), ip, now)).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(checkSignInRate(`ander-${randomUUID()}@example.be`, ip, now)).resolves.toBeUndefined();
    // A quarter of an hour later a new window starts.
    await expect(
      checkSignInRate(email, ip, new Date(now.getTime() + 15 * 60_000 + 1000)),
    ).resolves.toBeUndefined();
  });

  it("lets exactly five of twelve simultaneous requests for one address through", async () => {
    const email = `race-${randomUUID()}@example.be`;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => outcome(checkSignInRate(email, `race-ip-${randomUUID()}-${i}`))),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(5);
    expect(results.filter((r) => r === authMessages.tooManyLinks)).toHaveLength(7);
  });

  it("limits one client address asking links for many different e-mail addresses", async () => {
    const ip = `scanner-${randomUUID()}`;
    const results: string[] = [];
    for (let i = 0; i < 31; i++)
      results.push(await outcome(checkSignInRate(`x${i}-${randomUUID()}@example.be`, ip)));
    expect(results.slice(0, 30).every((r) => r === "ok")).toBe(true);
    expect(results[30]).toBe(authMessages.tooManyLinks);
  });
});
