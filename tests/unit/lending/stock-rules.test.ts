// The stock on a day (owned minus units out of service covering it) and started days late.
import { describe, expect, it } from "vitest";
import { startedDaysLate, stockOnDay } from "@/lib/lending/stock-rules";

describe("stockOnDay", () => {
  const changes = [
    { quantity: 3, fromDate: "2027-03-10", untilDate: "2027-03-12" },
    { quantity: 2, fromDate: "2027-03-12", untilDate: null },
  ];
  it("subtracts the changes covering the day, both ends included, open-ended for good", () => {
    expect(stockOnDay(10, changes, "2027-03-09")).toBe(10);
    expect(stockOnDay(10, changes, "2027-03-10")).toBe(7);
    expect(stockOnDay(10, changes, "2027-03-12")).toBe(5);
    expect(stockOnDay(10, changes, "2028-01-01")).toBe(8);
  });
  it("never goes below zero", () => {
    expect(stockOnDay(4, changes, "2027-03-12")).toBe(0);
  });
});

describe("startedDaysLate", () => {
  const due = new Date("2027-03-15T19:00:00Z");
  it("is 0 on time, 1 for a minute late, 2 just past a day", () => {
    expect(startedDaysLate(due, due)).toBe(0);
    expect(startedDaysLate(due, new Date("2027-03-15T19:01:00Z"))).toBe(1);
    expect(startedDaysLate(due, new Date("2027-03-16T19:00:01Z"))).toBe(2);
  });
});
