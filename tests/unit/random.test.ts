import { describe, expect, it } from "vitest";
import { randomBase64url, randomHex } from "@/lib/random";

describe("random ids and tokens drawn from a pool", () => {
  it("gives hex and base64url of the asked size", () => {
    expect(randomHex(12)).toMatch(/^[0-9a-f]{24}$/);
    expect(randomBase64url(24)).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it("never hands out the same bytes twice, also across refills of the pool", () => {
    // 2,000 × 12 bytes: the 4 KiB pool is refilled about six times on the way.
    const seen = new Set(Array.from({ length: 2000 }, () => randomHex(12)));
    expect(seen.size).toBe(2000);
  });

  it("refuses more bytes than the pool holds instead of repeating them", () => {
    expect(() => randomHex(5000)).toThrow(RangeError);
  });
});
