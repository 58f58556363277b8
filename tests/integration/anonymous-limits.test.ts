// Forms anyone can send without an account, tried as a spammer would: the contact form and a
// guest's appointment booking each mail an address nobody proved, so each is limited per client
// address and per e-mail address in PostgreSQL. Racing requests on separate connections never get
// more through than the limit.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkGuestBookingRate, GUEST_BOOKING_LIMITS } from "@/lib/appointments/guest-limits";
import { CONTACT_LIMITS, checkContactRate } from "@/lib/contact/rate-limits";

const email = () => `doel-${randomUUID()}@example.be`;
const passed = (results: PromiseSettledResult<void>[]) =>
  results.filter((r) => r.status === "fulfilled").length;

describe.each([
  { form: "the contact form", check: checkContactRate, limits: CONTACT_LIMITS, words: /later opnieuw/ },
  {
    form: "a guest's booking",
    check: checkGuestBookingRate,
    limits: GUEST_BOOKING_LIMITS,
    words: /Meld je aan/,
  },
])("$form", ({ check, limits, words }) => {
  it("lets exactly the per-address limit of racing requests from one address through", async () => {
    const address = `aanvaller-${randomUUID()}`;
    const results = await Promise.allSettled(
      Array.from({ length: limits.perAddress.max + 5 }, () => check(address, email())),
    );
    expect(passed(results)).toBe(limits.perAddress.max);
    for (const r of results.filter((r) => r.status === "rejected") as PromiseRejectedResult[])
      expect(r.reason).toMatchObject({ code: "RATE_LIMITED", message: expect.stringMatching(words) });
  });

  it("limits one e-mail address whatever address the requests come from, in any letter case", async () => {
    const target = email();
    const results = await Promise.allSettled(
      Array.from({ length: limits.perEmail.max + 3 }, (_, i) =>
        check(`adres-${randomUUID()}`, i % 2 ? target.toUpperCase() : target),
      ),
    );
    expect(passed(results)).toBe(limits.perEmail.max);
  });
});
