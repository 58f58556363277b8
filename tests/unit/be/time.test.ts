import { describe, it, expect } from "vitest";
import {
  BRUSSELS,
  addBrusselsDays,
  brusselsInstant,
  brusselsParts,
  formatDate,
  formatDateTime,
  formatLongDate,
  formatMinutes,
  formatTime,
  minutesInBrusselsDay,
  startOfBrusselsDay,
} from "@/lib/be/time";

// These tests must pass whatever the host TZ is: the unit tier runs them under
// Europe/Brussels and America/Los_Angeles (tests/support/unit-time-zones.ts).
const utc = (iso: string) => new Date(iso);
const MINUTE = 60_000;

describe("brusselsInstant", () => {
  it("maps 09:00 local to the right UTC hour on both sides of spring forward", () => {
    expect(brusselsInstant("2026-03-28", 9 * 60).toISOString()).toBe("2026-03-28T08:00:00.000Z");
    expect(brusselsInstant("2026-03-29", 9 * 60).toISOString()).toBe("2026-03-29T07:00:00.000Z");
  });

  it("moves times inside the spring-forward gap to 03:00 CEST", () => {
    expect(brusselsInstant("2026-03-29", 119).toISOString()).toBe("2026-03-29T00:59:00.000Z");
    expect(brusselsInstant("2026-03-29", 120).toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(brusselsInstant("2026-03-29", 150).toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(brusselsInstant("2026-03-29", 179).toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(brusselsInstant("2026-03-29", 180).toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(brusselsInstant("2026-03-29", 181).toISOString()).toBe("2026-03-29T01:01:00.000Z");
  });

  it("picks the first (CEST) occurrence in the fall-back hour", () => {
    expect(brusselsInstant("2026-10-25", 119).toISOString()).toBe("2026-10-24T23:59:00.000Z");
    expect(brusselsInstant("2026-10-25", 120).toISOString()).toBe("2026-10-25T00:00:00.000Z");
    expect(brusselsInstant("2026-10-25", 150).toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(brusselsInstant("2026-10-25", 180).toISOString()).toBe("2026-10-25T02:00:00.000Z");
    expect(brusselsInstant("2026-10-25", 9 * 60).toISOString()).toBe("2026-10-25T08:00:00.000Z");
    expect(brusselsInstant("2026-10-24", 9 * 60).toISOString()).toBe("2026-10-24T07:00:00.000Z");
  });

  it("treats 1440 as the end of the day", () => {
    expect(brusselsInstant("2026-11-25", 1440).toISOString()).toBe("2026-11-25T23:00:00.000Z");
    expect(brusselsInstant("2026-11-25", 1440)).toEqual(brusselsInstant("2026-11-26", 0));
  });

  it("rejects invalid input", () => {
    expect(() => brusselsInstant("2026-02-30", 0)).toThrow(RangeError);
    expect(() => brusselsInstant("2026-3-1", 0)).toThrow(RangeError);
    expect(() => brusselsInstant("", 0)).toThrow(RangeError);
    expect(() => brusselsInstant("2026-03-01", -1)).toThrow(RangeError);
    expect(() => brusselsInstant("2026-03-01", 1441)).toThrow(RangeError);
    expect(() => brusselsInstant("2026-03-01", 1.5)).toThrow(RangeError);
  });
});

describe("brusselsParts", () => {
  it("reports both 02:30 occurrences on 25/10/2026 as wall-clock 150", () => {
    const first = brusselsParts(utc("2026-10-25T00:30:00Z"));
    const second = brusselsParts(utc("2026-10-25T01:30:00Z"));
    const expected = { year: 2026, month: 10, day: 25, weekday: 7, minutes: 150, dateKey: "2026-10-25" };
    expect(first).toEqual(expected);
    expect(second).toEqual(expected);
  });

  it("jumps from 01:59 to 03:00 on 29/03/2026", () => {
    expect(brusselsParts(utc("2026-03-29T00:59:00Z")).minutes).toBe(119);
    expect(brusselsParts(utc("2026-03-29T01:00:00Z")).minutes).toBe(180);
  });

  it("uses the Brussels date, not the UTC date, around midnight", () => {
    expect(brusselsParts(utc("2026-11-24T23:30:00Z"))).toEqual({
      year: 2026,
      month: 11,
      day: 25,
      weekday: 3,
      minutes: 30,
      dateKey: "2026-11-25",
    });
    expect(brusselsParts(utc("2026-07-01T22:30:00Z")).dateKey).toBe("2026-07-02");
    expect(brusselsParts(utc("2026-12-31T23:00:00Z")).dateKey).toBe("2027-01-01");
  });

  it("agrees with Intl for every 7 hours of 2026", () => {
    const intl = new Intl.DateTimeFormat("en-GB", {
      timeZone: BRUSSELS,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * 60 * MINUTE + 13 * MINUTE) {
      const p = brusselsParts(new Date(t));
      const hhmm = `${String(Math.floor(p.minutes / 60)).padStart(2, "0")}:${String(p.minutes % 60).padStart(2, "0")}`;
      const [d, m, y] = p.dateKey.split("-").reverse();
      expect(`${d}/${m}/${y}, ${hhmm}`).toBe(intl.format(new Date(t)));
    }
  });

  it("round-trips with brusselsInstant minute by minute across both DST weekends", () => {
    for (const start of [Date.UTC(2026, 2, 28, 12), Date.UTC(2026, 9, 24, 12)]) {
      for (let t = start; t < start + 36 * 60 * MINUTE; t += MINUTE) {
        const p = brusselsParts(new Date(t));
        const back = brusselsInstant(p.dateKey, p.minutes).getTime();
        // The second 02:xx on fall-back day resolves to the first one, an hour earlier.
        expect(back === t || back === t - 60 * MINUTE).toBe(true);
      }
    }
  });

  it("rejects an invalid Date", () => {
    expect(() => brusselsParts(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("day helpers", () => {
  it("knows the length of DST days", () => {
    expect(minutesInBrusselsDay("2026-03-28")).toBe(1440);
    expect(minutesInBrusselsDay("2026-03-29")).toBe(1380);
    expect(minutesInBrusselsDay("2026-03-30")).toBe(1440);
    expect(minutesInBrusselsDay("2026-10-25")).toBe(1500);
    expect(minutesInBrusselsDay("2026-10-26")).toBe(1440);
    expect(minutesInBrusselsDay("2026-11-01")).toBe(1440); // US DST change, irrelevant here
  });

  it("finds local midnight", () => {
    expect(startOfBrusselsDay(utc("2026-03-29T12:00:00Z")).toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfBrusselsDay(utc("2026-03-30T12:00:00Z")).toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(startOfBrusselsDay(utc("2026-10-25T12:00:00Z")).toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(startOfBrusselsDay(utc("2026-10-25T23:30:00Z")).toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });

  it("adds calendar days to date keys", () => {
    expect(addBrusselsDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addBrusselsDays("2026-03-29", 1)).toBe("2026-03-30");
    expect(addBrusselsDays("2026-10-25", -1)).toBe("2026-10-24");
    expect(addBrusselsDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addBrusselsDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addBrusselsDays("2026-11-25", 0)).toBe("2026-11-25");
    expect(addBrusselsDays("2026-01-31", 365)).toBe("2027-01-31");
    expect(() => addBrusselsDays("2026-11-25", 0.5)).toThrow(RangeError);
    expect(() => addBrusselsDays("25/11/2026", 1)).toThrow(RangeError);
  });
});

describe("nl-BE formatting in Brussels time", () => {
  it("formats date, time and both together", () => {
    const instant = utc("2026-11-25T13:05:00Z");
    expect(formatDate(instant)).toBe("25/11/2026");
    expect(formatTime(instant)).toBe("14:05");
    expect(formatDateTime(instant)).toBe("25/11/2026 14:05");
  });

  it("writes long dates with Dutch day and month names", () => {
    expect(formatLongDate(utc("2026-11-25T13:05:00Z"))).toBe("woensdag 25 november 2026");
    expect(formatLongDate(utc("2026-03-28T23:30:00Z"))).toBe("zondag 29 maart 2026");
    expect(formatLongDate(utc("2026-05-31T22:30:00Z"))).toBe("maandag 1 juni 2026");
  });

  it("uses the Brussels day near midnight", () => {
    expect(formatDateTime(utc("2026-11-24T23:30:00Z"))).toBe("25/11/2026 00:30");
    expect(formatDateTime(utc("2026-07-01T22:30:00Z"))).toBe("02/07/2026 00:30");
  });

  it("follows both DST switches of 2026", () => {
    expect(formatDateTime(utc("2026-03-28T08:00:00Z"))).toBe("28/03/2026 09:00");
    expect(formatDateTime(utc("2026-03-29T07:00:00Z"))).toBe("29/03/2026 09:00");
    expect(formatTime(utc("2026-03-29T00:59:00Z"))).toBe("01:59");
    expect(formatTime(utc("2026-03-29T01:00:00Z"))).toBe("03:00");
    expect(formatTime(utc("2026-10-25T00:30:00Z"))).toBe("02:30");
    expect(formatTime(utc("2026-10-25T01:30:00Z"))).toBe("02:30");
    expect(formatTime(utc("2026-10-25T02:00:00Z"))).toBe("03:00");
  });

  it("is not affected by American DST switches", () => {
    expect(formatDateTime(utc("2026-03-08T07:30:00Z"))).toBe("08/03/2026 08:30");
    expect(formatDateTime(utc("2026-11-01T05:30:00Z"))).toBe("01/11/2026 06:30");
    expect(formatDateTime(utc("2026-11-01T06:30:00Z"))).toBe("01/11/2026 07:30");
  });

  it("formats wall-clock minutes", () => {
    expect(formatMinutes(1140)).toBe("19:00");
    expect(formatMinutes(0)).toBe("00:00");
    expect(formatMinutes(545)).toBe("09:05");
    expect(formatMinutes(1440)).toBe("24:00");
    expect(() => formatMinutes(-1)).toThrow(RangeError);
    expect(() => formatMinutes(1441)).toThrow(RangeError);
    expect(() => formatMinutes(90.5)).toThrow(RangeError);
  });

  it("rejects an invalid Date", () => {
    expect(() => formatDate(new Date("nope"))).toThrow(RangeError);
  });
});
