import { describe, expect, it } from "vitest";
import { monthsBefore } from "@/lib/reports/retention";

describe("retention cut-off", () => {
  it("goes back whole calendar months, across a year", () => {
    expect(monthsBefore(new Date("2026-11-25T04:27:00Z"), 12).toISOString()).toBe("2025-11-25T04:27:00.000Z");
    expect(monthsBefore(new Date("2026-02-10T04:27:00Z"), 3).toISOString()).toBe("2025-11-10T04:27:00.000Z");
  });

  it("falls back to the last day of a shorter month", () => {
    expect(monthsBefore(new Date("2026-03-31T04:27:00Z"), 1).toISOString()).toBe("2026-02-28T04:27:00.000Z");
    expect(monthsBefore(new Date("2025-05-31T04:27:00Z"), 15).toISOString()).toBe("2024-02-29T04:27:00.000Z");
  });
});
