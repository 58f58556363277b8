// The pure rules of activities: age on the first day, school-year limits, the tariff basis, week
// price and sibling discount, admission in batches, and the child identity across accounts.
import { describe, expect, it } from "vitest";
import { childKey } from "@/lib/activities/child-key";
import {
  admissionEstimate,
  ADMISSION_STALL_SECONDS,
  ageOn,
  cancelDeadline,
  fitsSession,
  isEarly,
  nextAdmitted,
  nextPollMs,
  turnInWords,
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
    expect(priceLine(tariffs[0]!, 5, 0, 0)).toEqual({
      unitCents: 4000,
      basis: "week",
      discounted: false,
      social: false,
    });
    expect(priceLine(tariffs[0]!, 4, 0, 0)).toEqual({
      unitCents: 4000,
      basis: "day",
      discounted: false,
      social: false,
    });
    expect(priceLine(tariffs[1]!, 5, 0, 0)).toEqual({
      unitCents: 7500,
      basis: "day",
      discounted: false,
      social: false,
    });
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
  const at = (s: number) => new Date(opens.getTime() + s * 1000);
  const state = (admitted: number, served: number, admittedAt: Date | null = at(0)) => ({
    admitted,
    admittedAt,
    served,
    total: 1000,
    batch: 50,
  });

  it("admits nobody before the opening and the first batch at the opening", () => {
    expect(nextAdmitted(state(0, 0, null), opens, at(-1))).toBeNull();
    expect(nextAdmitted(state(0, 0, null), opens, at(0))).toBe(50);
  });

  it("lets the next ones in once half the busy batch was served, never more than a batch busy", () => {
    expect(nextAdmitted(state(50, 24), opens, at(2))).toBeNull();
    expect(nextAdmitted(state(50, 25), opens, at(2))).toBe(75);
    expect(nextAdmitted(state(75, 60), opens, at(3))).toBe(110);
    expect(nextAdmitted({ ...state(990, 980), total: 1000 }, opens, at(30))).toBe(1000);
    expect(nextAdmitted({ ...state(1000, 1000), total: 1000 }, opens, at(31))).toBeNull();
  });

  it("lets half a batch in when nobody was served for the stall time (closed tabs do not block)", () => {
    expect(nextAdmitted(state(50, 0), opens, at(ADMISSION_STALL_SECONDS - 1))).toBeNull();
    expect(nextAdmitted(state(50, 0), opens, at(ADMISSION_STALL_SECONDS))).toBe(75);
  });

  it("estimates the turn at the pace served since the opening, the first batch at the opening", () => {
    const base = { admitted: 0, served: 0, batch: 50, opensAt: opens };
    expect(admissionEstimate({ ...base, position: 50, now: at(-60) })).toEqual(opens);
    // Before anyone was served the assumed pace: 20 per second, so place 90 is 40 / 20 = 2 s in.
    expect(admissionEstimate({ ...base, position: 90, now: at(-60) })).toEqual(at(2));
    // 100 served in 10 s: 10 per second, so 50 places ahead take 5 s.
    expect(admissionEstimate({ ...base, admitted: 150, served: 100, position: 200, now: at(10) })).toEqual(
      at(15),
    );
    expect(admissionEstimate({ ...base, admitted: 150, served: 100, position: 150, now: at(10) })).toEqual(
      at(10),
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

  it("says the wait in seconds up to a minute and a half, then in whole minutes rounded up", () => {
    expect(turnInWords(45)).toBe("Je bent aan de beurt over ongeveer 45 seconden.");
    expect(turnInWords(89)).toBe("Je bent aan de beurt over ongeveer 89 seconden.");
    expect(turnInWords(90)).toBe("Je bent aan de beurt over ongeveer 2 minuten.");
    expect(turnInWords(601)).toBe("Je bent aan de beurt over ongeveer 11 minuten.");
    expect(turnInWords(0)).toBe("Je bent zo aan de beurt.");
    expect(turnInWords(undefined)).toBe("Je bent zo aan de beurt.");
  });
});
