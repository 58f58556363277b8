// The pure rules of presence and the fiscal attest 281.86: which days a session has, which
// attended days count (the year, before the 14th birthday or the 21st with a severe disability)
// and the amounts, capped per day.
import { describe, expect, it } from "vitest";
import { attestPeriods, attestTotals, attestAgeLimit, sessionDays } from "@/lib/activities/attendance-rules";

const d = (key: string) => new Date(`${key}T00:00:00Z`);
const week = (attended: string[], priceCents = 6000) => ({
  title: "Speelpleinwerking",
  sessionDays: 5,
  priceCents,
  attended: attended.map(d),
});
const child = { birthDate: d("2019-03-10"), severeDisability: false };

describe("the days of a session", () => {
  it("lists every day of a week from Monday to Friday", () => {
    expect(sessionDays({ startDate: d("2027-07-05"), endDate: d("2027-07-09"), days: 5 })).toEqual([
      "2027-07-05",
      "2027-07-06",
      "2027-07-07",
      "2027-07-08",
      "2027-07-09",
    ]);
  });

  it("leaves the weekend out of a span longer than its days, but keeps a weekend session's own days", () => {
    const span = sessionDays({ startDate: d("2027-07-08"), endDate: d("2027-07-13"), days: 4 });
    expect(span).toEqual(["2027-07-08", "2027-07-09", "2027-07-12", "2027-07-13"]);
    expect(sessionDays({ startDate: d("2027-07-10"), endDate: d("2027-07-11"), days: 2 })).toEqual([
      "2027-07-10",
      "2027-07-11",
    ]);
  });
});

describe("the amounts of the attest", () => {
  it("counts the attended days at the day tariff paid when it stays under the fiscal maximum", () => {
    const [period] = attestPeriods([week(["2027-07-05", "2027-07-06", "2027-07-08"])], child, 2027, 1570);
    expect(period).toMatchObject({ days: 3, dayCents: 1200, amountCents: 3600, deductibleCents: 3600 });
    expect(period).toMatchObject({ from: "2027-07-05", to: "2027-07-08" });
  });

  it("caps the deductible amount at the fiscal maximum per day, and still states what was paid", () => {
    const [period] = attestPeriods([week(["2027-07-05", "2027-07-06"], 10_000)], child, 2027, 1570);
    expect(period).toMatchObject({ days: 2, dayCents: 2000, amountCents: 4000, deductibleCents: 3140 });
  });

  it("adds all five days of a week to exactly the price paid, however the division rounds", () => {
    const all = ["2027-07-05", "2027-07-06", "2027-07-07", "2027-07-08", "2027-07-09"];
    const [period] = attestPeriods([week(all, 4999)], child, 2027, 1570);
    expect(period!.amountCents).toBe(4999);
  });

  it("leaves out days of another year, days from the 14th birthday on, and periods without a day", () => {
    const teen = { birthDate: d("2013-07-07"), severeDisability: false };
    expect(attestAgeLimit(teen)).toBe("2027-07-07");
    const periods = attestPeriods(
      [week(["2026-12-31", "2027-07-05", "2027-07-06", "2027-07-07", "2027-07-08"]), week([])],
      teen,
      2027,
      1570,
    );
    expect(periods).toHaveLength(1);
    expect(periods[0]).toMatchObject({ days: 2, from: "2027-07-05", to: "2027-07-06" });
  });

  it("counts the days of a 15-year-old with a severe disability until the 21st birthday, and not without it", () => {
    const born = d("2012-07-07");
    const days = ["2027-07-05", "2027-07-06", "2027-07-07", "2027-07-08"];
    expect(attestAgeLimit({ birthDate: born, severeDisability: true })).toBe("2033-07-07");
    expect(attestPeriods([week(days)], { birthDate: born, severeDisability: false }, 2027, 1570)).toEqual([]);
    const [period] = attestPeriods([week(days)], { birthDate: born, severeDisability: true }, 2027, 1570);
    expect(period).toMatchObject({ days: 4, from: "2027-07-05", to: "2027-07-08" });
    const twenty = { birthDate: d("2006-07-07"), severeDisability: true };
    expect(attestPeriods([week(days)], twenty, 2027, 1570)[0]).toMatchObject({ days: 2, to: "2027-07-06" });
  });

  it("counts a day ticked twice once and sums the periods of the year", () => {
    const periods = attestPeriods(
      [week(["2027-08-02", "2027-08-02"]), week(["2027-07-05"], 10_000)],
      child,
      2027,
      1570,
    );
    expect(periods.map((p) => p.from)).toEqual(["2027-07-05", "2027-08-02"]);
    expect(attestTotals(periods)).toEqual({ totalDays: 2, totalCents: 3200, deductibleCents: 2770 });
  });
});
