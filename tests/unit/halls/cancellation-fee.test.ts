import { describe, expect, it } from "vitest";
import { cancellationFee, daysBefore } from "@/lib/halls/cancellation-fee";

const rules = [
  { minDaysBefore: 0, feePercent: 100, minimumCents: 2500 },
  { minDaysBefore: 14, feePercent: 50, minimumCents: 2500 },
];
const now = new Date("2026-11-25T10:00:00Z");

describe("cancellationFee", () => {
  it("charges 50 % from 14 days ahead and 100 % under 14 days", () => {
    expect(cancellationFee(rules, 30000, new Date("2026-12-09T17:00:00Z"), now)).toMatchObject({
      feeCents: 15000,
      feePercent: 50,
      daysBefore: 14,
    });
    expect(cancellationFee(rules, 30000, new Date("2026-12-08T17:00:00Z"), now)).toMatchObject({
      feeCents: 30000,
      feePercent: 100,
      daysBefore: 13,
    });
  });

  it("applies the minimum amount but never more than the rent", () => {
    expect(cancellationFee(rules, 4000, new Date("2027-03-01T09:00:00Z"), now).feeCents).toBe(2500);
    expect(cancellationFee(rules, 1000, new Date("2027-03-01T09:00:00Z"), now).feeCents).toBe(1000);
    expect(cancellationFee(rules, 0, new Date("2026-11-26T09:00:00Z"), now).feeCents).toBe(0);
  });

  it("costs nothing when no step applies", () => {
    expect(
      cancellationFee(
        [{ minDaysBefore: 30, feePercent: 0, minimumCents: 0 }],
        9000,
        new Date("2027-03-01T09:00:00Z"),
        now,
      ).feeCents,
    ).toBe(0);
    expect(
      cancellationFee(
        [{ minDaysBefore: 60, feePercent: 80, minimumCents: 0 }],
        9000,
        new Date("2026-12-01T09:00:00Z"),
        now,
      ).feeCents,
    ).toBe(0);
  });

  it("counts Brussels calendar days, not 24-hour blocks", () => {
    // 23:30 UTC on 25/11 is already 00:30 on 26/11 in Brussels.
    expect(daysBefore(new Date("2026-11-26T07:00:00Z"), new Date("2026-11-25T23:30:00Z"))).toBe(0);
    expect(daysBefore(new Date("2026-11-26T07:00:00Z"), new Date("2026-11-25T22:30:00Z"))).toBe(1);
  });
});
