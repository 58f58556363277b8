// The week calendar's days: Monday to Sunday as calendar days, also across the DST switch, and
// items grouped by the Brussels day they start on (not the UTC day).
import { describe, expect, it } from "vitest";
import { byDay, weekDays, weekStart } from "@/lib/appointments/week";
import { brusselsInstant } from "@/lib/be/time";

describe("week calendar days", () => {
  it("starts on Monday from any day of the week, Sunday included", () => {
    expect(weekStart("2026-03-25")).toBe("2026-03-23");
    expect(weekStart("2026-03-23")).toBe("2026-03-23");
    expect(weekStart("2026-03-29")).toBe("2026-03-23");
    expect(weekStart("2026-01-01")).toBe("2025-12-29");
  });

  it("has seven calendar days in the week of the spring and autumn switch", () => {
    expect(weekDays("2026-03-23")).toEqual([
      "2026-03-23",
      "2026-03-24",
      "2026-03-25",
      "2026-03-26",
      "2026-03-27",
      "2026-03-28",
      "2026-03-29",
    ]);
    expect(weekDays("2026-10-19").at(-1)).toBe("2026-10-25");
  });

  it("groups an appointment at 00:30 Brussels time under its own day, not the UTC day before", () => {
    const early = { id: "a", startsAt: brusselsInstant("2026-03-24", 30) };
    const evening = { id: "b", startsAt: brusselsInstant("2026-03-24", 18 * 60) };
    const outside = { id: "c", startsAt: brusselsInstant("2026-03-30", 600) };
    const groups = byDay([early, evening, outside], weekDays("2026-03-23"));
    expect(groups.get("2026-03-24")?.map((i) => i.id)).toEqual(["a", "b"]);
    expect(groups.get("2026-03-23")).toEqual([]);
    expect([...groups.values()].flat()).toHaveLength(2);
  });
});
