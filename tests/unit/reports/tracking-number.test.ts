import { describe, expect, it } from "vitest";
import { formatTrackingNumber, parseTrackingNumber } from "@/lib/reports/tracking-number";
import { hashStatusToken, looksLikeStatusToken, newStatusToken } from "@/lib/reports/token";

describe("tracking numbers", () => {
  it("pads the sequence and uses the Brussels year", () => {
    expect(formatTrackingNumber(123n, new Date("2026-06-01T10:00:00Z"))).toBe("MP-2026-000123");
    // New Year's Eve 23:30 UTC is already 1 January in Brussels.
    expect(formatTrackingNumber(7, new Date("2026-12-31T23:30:00Z"))).toBe("MP-2027-000007");
  });

  it("reads what people type back", () => {
    expect(parseTrackingNumber(" mp-2026-123 ")).toBe("MP-2026-000123");
    expect(parseTrackingNumber("MP 2026 000123")).toBe("MP-2026-000123");
    expect(parseTrackingNumber("2026-000123")).toBeNull();
    expect(parseTrackingNumber("MP-26-1")).toBeNull();
  });
});

describe("status tokens", () => {
  it("are random, shaped for the URL and stored only as a hash", () => {
    const a = newStatusToken();
    const b = newStatusToken();
    expect(a.token).not.toBe(b.token);
    expect(looksLikeStatusToken(a.token)).toBe(true);
    expect(a.hash).toBe(hashStatusToken(a.token));
    expect(a.hash).not.toContain(a.token);
    expect(looksLikeStatusToken("../../etc/passwd")).toBe(false);
  });
});
