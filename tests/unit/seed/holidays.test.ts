import { describe, expect, it } from "vitest";
import { holidays } from "@/prisma/seed/holidays";

const dateOf = (year: number, name: string) => holidays(year).find((h) => h.name === name)?.date;

describe("Belgian holidays", () => {
  it("computes the movable feasts from Easter", () => {
    // Easter Sunday: 5 April 2026, 28 March 2027, 16 April 2028.
    expect(dateOf(2026, "Paasmaandag")).toBe("2026-04-06");
    expect(dateOf(2027, "Paasmaandag")).toBe("2027-03-29");
    expect(dateOf(2027, "O.L.H. Hemelvaart")).toBe("2027-05-06");
    expect(dateOf(2027, "Pinkstermaandag")).toBe("2027-05-17");
    expect(dateOf(2028, "Paasmaandag")).toBe("2028-04-17");
  });

  it("includes the fixed days and the Flemish holiday", () => {
    const dates = holidays(2027).map((h) => h.date);
    for (const d of [
      "2027-01-01",
      "2027-05-01",
      "2027-07-11",
      "2027-07-21",
      "2027-08-15",
      "2027-11-01",
      "2027-11-11",
      "2027-12-25",
    ]) {
      expect(dates).toContain(d);
    }
  });
});
