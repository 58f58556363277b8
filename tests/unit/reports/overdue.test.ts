import { describe, expect, it } from "vitest";
import { ageInDays, dueDateKey, isOverdue } from "@/lib/reports/overdue";

describe("target dates in Europe/Brussels calendar days", () => {
  it("counts from the Brussels day the report came in, not the UTC day", () => {
    // 23:30 UTC on 24 November is already 25 November in Brussels (UTC+1).
    expect(dueDateKey(new Date("2026-11-24T23:30:00Z"), 10)).toBe("2026-12-05");
    expect(dueDateKey(new Date("2026-11-24T22:30:00Z"), 10)).toBe("2026-12-04");
  });

  it("crosses the change to summer time without losing a day", () => {
    expect(dueDateKey(new Date("2026-03-28T12:00:00Z"), 2)).toBe("2026-03-30");
  });

  it("is overdue from the day after the due date, only while open", () => {
    const report = { createdAt: new Date("2026-11-01T09:00:00Z"), status: "IN_PROGRESS" as const };
    expect(isOverdue(report, 10, new Date("2026-11-11T22:59:00Z"))).toBe(false); // 11 Nov 23:59 Brussels
    expect(isOverdue(report, 10, new Date("2026-11-11T23:00:00Z"))).toBe(true); // 12 Nov 00:00 Brussels
    expect(isOverdue({ ...report, status: "RESOLVED" }, 10, new Date("2027-01-01T00:00:00Z"))).toBe(false);
  });

  it("gives the age in whole calendar days", () => {
    expect(ageInDays(new Date("2026-11-24T22:30:00Z"), new Date("2026-11-24T23:30:00Z"))).toBe(1);
    expect(ageInDays(new Date("2026-11-25T08:00:00Z"), new Date("2026-11-25T20:00:00Z"))).toBe(0);
  });
});
