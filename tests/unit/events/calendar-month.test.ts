import { describe, expect, it } from "vitest";
import { calendarMonth } from "@/lib/events/calendar-month";

describe("calendarMonth", () => {
  it("gives the asked month's first and last day, leap February included", () => {
    expect(calendarMonth("2028-02", "2026-12-01")).toMatchObject({
      month: "2028-02",
      from: "2028-02-01",
      to: "2028-02-29",
      label: "februari 2028",
    });
  });

  it("crosses the year for the neighbours of January and December", () => {
    expect(calendarMonth("2027-01", "2026-12-01")).toMatchObject({ previous: "2026-12", next: "2027-02" });
    expect(calendarMonth("2027-12", "2026-12-01")).toMatchObject({ previous: "2027-11", next: "2028-01" });
  });

  it("falls back to today's month for a missing, malformed or far-off month", () => {
    for (const raw of [undefined, "", "2027-13", "27-05", "9999-01", "2027-05-01"])
      expect(calendarMonth(raw, "2026-12-01").month).toBe("2026-12");
  });
});
