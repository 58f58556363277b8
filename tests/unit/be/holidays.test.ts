// The one holiday calendar: Belgian public holidays and the Flemish days off in any year, the
// municipality's closing days from its chosen rules, and what they do to opening hours and slots
// on the DST weekends (Easter Monday 2027 falls the day after clocks go forward; the slots of
// that week are in tests/unit/appointments/slots.test.ts).
import { describe, expect, it } from "vitest";
import { closingHolidays, holidaysOf, isHolidayRule } from "@/lib/be/holidays";
import { brusselsInstant } from "@/lib/be/time";
import { holidayClosures } from "@/lib/sites/holiday-closures";
import { openingStatus } from "@/lib/sites/opening-status";
import { sites } from "@/prisma/seed/data";

const dateOf = (year: number, rule: string) => holidaysOf(year).find((h) => h.rule === rule)?.dateKey;
// What the seed's town halls close on (the migration's default rules).
const RULES = ["01-01", "easter 1", "05-01", "easter 39", "easter 40", "easter 50", "07-11"];
const CLOSING = [...RULES, "07-21", "08-15", "11-01", "11-02", "11-11", "12-25", "12-26"];
const wingene = sites.find((s) => s.slug === "gemeentehuis-wingene")!.hours;

describe("Belgian holidays", () => {
  it("computes the movable feasts from Easter in any year", () => {
    // Easter Sunday: 28 March 2027, 13 April 2031, 25 April 2038 (the latest it can be).
    expect(dateOf(2027, "easter 1")).toBe("2027-03-29");
    expect(dateOf(2031, "easter 1")).toBe("2031-04-14");
    expect(dateOf(2038, "easter 1")).toBe("2038-04-26");
    expect(dateOf(2027, "easter 39")).toBe("2027-05-06");
    expect(dateOf(2031, "easter 50")).toBe("2031-06-02");
  });

  it("puts Christmas on 25 December every year, named in Dutch", () => {
    for (let year = 2026; year <= 2060; year++)
      expect(holidaysOf(year).find((h) => h.dateKey === `${year}-12-25`)).toMatchObject({
        name: "Kerstmis",
        official: true,
      });
  });

  it("knows the Flemish days off and the bridge day after Ascension, not as legal holidays", () => {
    expect(holidaysOf(2027).find((h) => h.rule === "07-11")).toMatchObject({
      dateKey: "2027-07-11",
      official: false,
    });
    // The Friday after Ascension Thursday.
    expect(dateOf(2031, "easter 40")).toBe("2031-05-23");
    expect(new Date(`${dateOf(2031, "easter 40")}T12:00:00Z`).getUTCDay()).toBe(5);
    expect(holidaysOf(2027).map((h) => h.name)).not.toContain("Valentijnsdag");
    expect(isHolidayRule("easter 40")).toBe(true);
    expect(isHolidayRule("02-14")).toBe(false);
  });

  it("lists only the chosen closing days, across the turn of the year", () => {
    const days = closingHolidays("2026-12-20", "2027-01-05", ["12-25", "01-01"]);
    expect(days.map((d) => d.dateKey)).toEqual(["2026-12-25", "2027-01-01"]);
  });
});

describe("closing holidays in the opening hours", () => {
  const closures = holidayClosures("2027-03-01", "2027-12-31", CLOSING);

  it("skips Easter Monday right after the spring DST change and opens on Tuesday at 08:30", () => {
    // Sunday 28 March 2027, 10:00 in Brussels: clocks went forward that night.
    const status = openingStatus(brusselsInstant("2027-03-28", 600), wingene, closures);
    expect(status).toEqual({
      open: false,
      closedToday: null,
      next: { dateKey: "2027-03-30", opensAt: 8 * 60 + 30 },
    });
  });

  it("closes All Saints' and All Souls' after the autumn DST change and opens on Wednesday at 08:30 CET", () => {
    // Sunday 31 October 2027: clocks went back that night; 1 and 2 November are closing days.
    const status = openingStatus(brusselsInstant("2027-10-31", 600), wingene, closures);
    expect(status).toMatchObject({ open: false, next: { dateKey: "2027-11-03", opensAt: 8 * 60 + 30 } });
    const tuesday = openingStatus(brusselsInstant("2027-11-02", 600), wingene, closures);
    expect(tuesday).toMatchObject({ open: false, closedToday: { reason: "Allerzielen" } });
    expect(brusselsInstant("2027-11-03", 8 * 60 + 30).toISOString()).toBe("2027-11-03T07:30:00.000Z");
  });

  it("opens on a holiday the municipality does not close on", () => {
    // 15 November (King's Feast) is a day off for the Flemish government only; not chosen here.
    const monday = openingStatus(brusselsInstant("2027-11-15", 600), wingene, closures);
    expect(monday.open).toBe(true);
  });
});
