import { describe, expect, it } from "vitest";
import { brusselsInstant } from "@/lib/be/time";
import { type OpeningWindow, openingStatus } from "@/lib/sites/opening-status";

const m = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const w = (weekday: number, from: string, to: string, extra: Partial<OpeningWindow> = {}): OpeningWindow => ({
  weekday,
  opensAt: m(from),
  closesAt: m(to),
  ...extra,
});

// Like Gemeentehuis Wingene: mornings on weekdays, Tuesday afternoon running into the evening opening.
const wingene = [
  ...[1, 2, 3, 4, 5].map((d) => w(d, "08:30", "12:00")),
  w(2, "13:30", "16:00"),
  w(2, "16:00", "19:00", { label: "Avondopening" }),
  w(6, "09:00", "11:30", { byAppointmentOnly: true }),
];

const at = (dateKey: string, hhmm: string) => brusselsInstant(dateKey, m(hhmm));

describe("openingStatus", () => {
  it("is open until the end of back-to-back windows on the evening opening", () => {
    // Tuesday 1 December 2026, 14:00 in Brussels
    expect(openingStatus(at("2026-12-01", "14:00"), wingene, [])).toEqual({
      open: true,
      until: m("19:00"),
      byAppointmentOnly: false,
    });
  });

  it("closes at noon on a day without afternoon hours and names the next opening", () => {
    // Thursday 3 December 2026, 12:30 → Friday 08:30
    expect(openingStatus(at("2026-12-03", "12:30"), wingene, [])).toEqual({
      open: false,
      closedToday: null,
      next: { dateKey: "2026-12-04", opensAt: m("08:30") },
    });
  });

  it("reports an opening later the same day", () => {
    expect(openingStatus(at("2026-12-01", "07:45"), wingene, [])).toMatchObject({
      open: false,
      next: { dateKey: "2026-12-01", opensAt: m("08:30") },
    });
  });

  it("marks appointment-only windows", () => {
    expect(openingStatus(at("2026-12-05", "10:00"), wingene, [])).toEqual({
      open: true,
      until: m("11:30"),
      byAppointmentOnly: true,
    });
  });

  it("skips closures and names the reason on the closed day", () => {
    const closures = [{ startsOn: "2026-12-25", endsOn: "2026-12-26", reason: "Kerstmis" }];
    const status = openingStatus(at("2026-12-25", "10:00"), wingene, closures);
    expect(status).toEqual({
      open: false,
      closedToday: closures[0],
      next: { dateKey: "2026-12-28", opensAt: m("08:30") },
    });
  });

  it("uses Brussels wall-clock time on the spring DST day, not UTC", () => {
    // Monday 30 March 2026 08:45 CEST is 06:45Z: open. At 06:45 Brussels time (04:45Z) it is still closed.
    expect(openingStatus(new Date("2026-03-30T06:45:00Z"), wingene, []).open).toBe(true);
    expect(openingStatus(new Date("2026-03-30T04:45:00Z"), wingene, []).open).toBe(false);
  });

  it("uses Brussels wall-clock time after the autumn DST change", () => {
    // Monday 26 October 2026 08:45 CET is 07:45Z.
    expect(openingStatus(new Date("2026-10-26T07:45:00Z"), wingene, []).open).toBe(true);
    expect(openingStatus(new Date("2026-10-26T07:15:00Z"), wingene, []).open).toBe(false);
  });

  it("says nothing about a next opening when none falls within two weeks", () => {
    const closures = [{ startsOn: "2026-07-01", endsOn: "2026-08-31", reason: "Verbouwing" }];
    expect(openingStatus(at("2026-07-10", "10:00"), wingene, closures)).toEqual({
      open: false,
      closedToday: closures[0],
      next: null,
    });
  });
});
