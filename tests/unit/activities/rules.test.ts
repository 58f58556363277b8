// The pure rules of activities: age on the first day, school-year limits, the tariff basis, week
// price and sibling discount, admission in batches, and the child identity across accounts.
import { describe, expect, it } from "vitest";
import { childKey } from "@/lib/activities/child-key";
import {
  admissionAt,
  ageOn,
  cancelDeadline,
  fitsSession,
  isEarly,
  nextPollMs,
  priceLine,
  tariffFor,
} from "@/lib/activities/rules";

const limits = { minAge: 6, maxAge: 12, minSchoolYear: null, maxSchoolYear: null };
const tariffs = [
  { code: "RESIDENT", label: "Inwoner", dayCents: 1000, weekCents: 4000 },
  { code: "NON_RESIDENT", label: "Niet-inwoner", dayCents: 1500, weekCents: null },
];

describe("who fits a session", () => {
  it("counts whole years on the session's first day, the birthday itself included", () => {
    expect(ageOn("2020-07-05", "2026-07-04")).toBe(5);
    expect(ageOn("2020-07-05", "2026-07-05")).toBe(6);
    expect(ageOn("2016-02-29", "2027-02-28")).toBe(10);
  });

  it("refuses a child too young or too old and accepts the limits themselves", () => {
    expect(fitsSession({ birthDate: "2020-07-06", schoolYear: null }, "2026-07-05", limits)).toEqual({
      ok: false,
      reason: "too-young",
    });
    expect(fitsSession({ birthDate: "2020-07-05", schoolYear: null }, "2026-07-05", limits)).toEqual({
      ok: true,
    });
    expect(fitsSession({ birthDate: "2013-07-05", schoolYear: null }, "2026-07-05", limits)).toEqual({
      ok: false,
      reason: "too-old",
    });
  });

  it("asks for the school year when a session is limited by it", () => {
    const byYear = { minAge: null, maxAge: null, minSchoolYear: 4, maxSchoolYear: 6 };
    expect(fitsSession({ birthDate: "2019-01-01", schoolYear: null }, "2026-07-05", byYear)).toEqual({
      ok: false,
      reason: "no-school-year",
    });
    expect(fitsSession({ birthDate: "2019-01-01", schoolYear: 3 }, "2026-07-05", byYear)).toEqual({
      ok: false,
      reason: "school-year",
    });
    expect(fitsSession({ birthDate: "2019-01-01", schoolYear: 5 }, "2026-07-05", byYear)).toEqual({
      ok: true,
    });
  });
});

describe("prices", () => {
  it("gives the resident tariff only to a verified resident", () => {
    expect(tariffFor(tariffs, true)?.code).toBe("RESIDENT");
    expect(tariffFor(tariffs, false)?.code).toBe("NON_RESIDENT");
  });

  it("uses the week price from five days on, else the day price times the days", () => {
    expect(priceLine(tariffs[0]!, 5, 0, 0)).toEqual({ unitCents: 4000, basis: "week", discounted: false });
    expect(priceLine(tariffs[0]!, 4, 0, 0)).toEqual({ unitCents: 4000, basis: "day", discounted: false });
    expect(priceLine(tariffs[1]!, 5, 0, 0)).toEqual({ unitCents: 7500, basis: "day", discounted: false });
  });

  it("gives the sibling discount from the second child on, rounded down to whole cents", () => {
    expect(priceLine(tariffs[1]!, 1, 1, 33).unitCents).toBe(1005);
    expect(priceLine(tariffs[1]!, 1, 0, 33).discounted).toBe(false);
  });

  it("puts the cancel deadline the set number of days before the start", () => {
    expect(cancelDeadline("2027-07-05", 7)).toBe("2027-06-28");
  });
});

describe("the waiting room", () => {
  const opens = new Date("2027-03-06T08:00:00Z");
  it("admits in batches per second from the opening, never before joining", () => {
    expect(admissionAt(opens, 1, 50, new Date(opens.getTime() - 60_000))).toEqual(opens);
    expect(admissionAt(opens, 50, 50, opens).getTime()).toBe(opens.getTime());
    expect(admissionAt(opens, 51, 50, opens).getTime()).toBe(opens.getTime() + 1000);
    expect(admissionAt(opens, 1, 50, new Date(opens.getTime() + 5000)).getTime()).toBe(
      opens.getTime() + 5000,
    );
  });

  it("counts arrivals in the window before the opening as early", () => {
    expect(isEarly(new Date(opens.getTime() - 60_000), opens, 30)).toBe(true);
    expect(isEarly(opens, opens, 30)).toBe(false);
  });
});

describe("one child across accounts", () => {
  it("gives the same key whatever the accents, case, spaces or hyphens of the name", () => {
    expect(childKey("Zoë", "Van Damme", "2017-01-01")).toBe(childKey("zoe", "Vandamme", "2017-01-01"));
    expect(childKey("Anne-Sophie", "De Smet", "2017-01-01")).toBe(
      childKey("Annesophie", "DESMET", "2017-01-01"),
    );
  });

  it("tells children with another birth date or name apart", () => {
    expect(childKey("Zoë", "Van Damme", "2017-01-01")).not.toBe(childKey("Zoë", "Van Damme", "2017-01-02"));
    expect(childKey("Zoë", "Van Damme", "2017-01-01")).not.toBe(childKey("Zara", "Van Damme", "2017-01-01"));
  });
});

describe("polling the waiting room", () => {
  it("asks again after half the time still to wait, between 2 and 15 seconds", () => {
    expect(nextPollMs(120)).toBe(15_000);
    expect(nextPollMs(10)).toBe(5_000);
    expect(nextPollMs(1)).toBe(2_000);
    expect(nextPollMs(undefined)).toBe(2_000);
  });
});
