import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay, weekdayOf, workingDaysBetween } from "@/lib/be/working-days";

describe("working days (lead times of the uitleendienst)", () => {
  it("knows the weekday of a date key in any machine zone", () => {
    expect(weekdayOf("2027-03-29")).toBe(1);
    expect(weekdayOf("2027-03-28")).toBe(7);
  });

  it("skips Easter Monday 2027 (29 March) and the weekend before it", () => {
    expect(isWorkingDay("2027-03-29")).toBe(false);
    // Thursday 25/03 + 2 working days: Friday 26/03, then Tuesday 30/03.
    expect(addWorkingDays("2027-03-25", 2)).toBe("2027-03-30");
  });

  it("skips 11 July, the Flemish day off, when it falls on a weekday", () => {
    // 11/07/2028 is a Tuesday.
    expect(isWorkingDay("2028-07-11")).toBe(false);
    expect(addWorkingDays("2028-07-10", 1)).toBe("2028-07-12");
  });

  it("skips Christmas and 26 December", () => {
    // 24/12/2026 is a Thursday: the next working day is Monday 28/12.
    expect(addWorkingDays("2026-12-24", 1)).toBe("2026-12-28");
    expect(workingDaysBetween("2026-12-24", "2026-12-28")).toBe(1);
  });

  it("counts 10 working days over Christmas and New Year", () => {
    // From Monday 21/12/2026: 22, 23, 24, 28, 29, 30, 31/12, then 4, 5, 6/01 (1/1 is a holiday).
    expect(addWorkingDays("2026-12-21", 10)).toBe("2027-01-06");
    expect(workingDaysBetween("2026-12-21", "2027-01-06")).toBe(10);
  });

  it("counts nothing for a date that is not later", () => {
    expect(workingDaysBetween("2026-12-21", "2026-12-21")).toBe(0);
    expect(workingDaysBetween("2026-12-21", "2026-12-01")).toBe(0);
  });
});
