import { describe, expect, it } from "vitest";
import { checkBookingWindow, lastBookableDate } from "@/lib/halls/booking-window";
import { dayPartSlot, hourlySlot, parseClock } from "@/lib/halls/slots";

const parts = [
  { code: "AVOND", label: "Avond", startMinutes: 1080, endMinutes: 1380 },
  { code: "VOORMIDDAG", label: "Voormiddag", startMinutes: 480, endMinutes: 780 },
  { code: "NAMIDDAG", label: "Namiddag", startMinutes: 780, endMinutes: 1080 },
];

describe("day parts in Europe/Brussels", () => {
  it("maps the evening to 17:00-22:00 UTC in winter and 16:00-21:00 UTC in summer", () => {
    const winter = dayPartSlot("2026-12-05", ["AVOND"], parts);
    const summer = dayPartSlot("2026-07-04", ["AVOND"], parts);
    expect(winter.ok && [winter.slot.startsAt.toISOString(), winter.slot.endsAt.toISOString()]).toEqual([
      "2026-12-05T17:00:00.000Z",
      "2026-12-05T22:00:00.000Z",
    ]);
    expect(summer.ok && [summer.slot.startsAt.toISOString(), summer.slot.endsAt.toISOString()]).toEqual([
      "2026-07-04T16:00:00.000Z",
      "2026-07-04T21:00:00.000Z",
    ]);
  });

  it("keeps the wall clock on both DST weekends", () => {
    const spring = dayPartSlot("2026-03-29", ["VOORMIDDAG"], parts);
    expect(spring.ok && spring.slot.startsAt.toISOString()).toBe("2026-03-29T06:00:00.000Z");
    const autumn = dayPartSlot("2026-10-25", ["VOORMIDDAG", "NAMIDDAG", "AVOND"], parts);
    expect(
      autumn.ok && [autumn.slot.startsAt.toISOString(), autumn.slot.endsAt.toISOString(), autumn.slot.units],
    ).toEqual(["2026-10-25T07:00:00.000Z", "2026-10-25T22:00:00.000Z", 3]);
    const before = dayPartSlot("2026-10-24", ["AVOND"], parts);
    expect(before.ok && before.slot.startsAt.toISOString()).toBe("2026-10-24T16:00:00.000Z");
  });

  it("joins adjacent parts into one slot and refuses a gap or an unknown part", () => {
    const joined = dayPartSlot("2026-12-05", ["AVOND", "NAMIDDAG"], parts);
    expect(joined.ok && joined.slot.label).toBe("Namiddag + Avond (13:00–23:00)");
    expect(dayPartSlot("2026-12-05", ["VOORMIDDAG", "AVOND"], parts)).toMatchObject({
      ok: false,
      field: "dayParts",
    });
    expect(dayPartSlot("2026-12-05", ["NACHT"], parts)).toMatchObject({ ok: false, field: "dayParts" });
  });
});

describe("hourly slots", () => {
  const window = { opensAtMinutes: 480, closesAtMinutes: 1380 };
  it("counts wall-clock hours inside the opening window", () => {
    const slot = hourlySlot("2026-03-29", 600, 780, window);
    expect(slot.ok && [slot.slot.units, slot.slot.startsAt.toISOString()]).toEqual([
      3,
      "2026-03-29T08:00:00.000Z",
    ]);
  });

  it("refuses outside opening hours, end before start and half hours", () => {
    expect(hourlySlot("2026-12-05", 420, 540, window)).toMatchObject({ ok: false, field: "from" });
    expect(hourlySlot("2026-12-05", 1320, 1440, window)).toMatchObject({ ok: false, field: "until" });
    expect(hourlySlot("2026-12-05", 600, 600, window)).toMatchObject({ ok: false, field: "until" });
    expect(hourlySlot("2026-12-05", 630, 720, window)).toMatchObject({ ok: false, field: "from" });
  });

  it("parses HH:mm clocks", () => {
    expect(parseClock("09:00")).toBe(540);
    expect(parseClock("24:00")).toBe(1440);
    expect(parseClock("25:00")).toBeNull();
    expect(parseClock("9")).toBeNull();
  });
});

describe("booking window", () => {
  const now = new Date("2026-11-25T10:00:00Z");
  it("allows up to N calendar months ahead, clamped to the month's end", () => {
    expect(lastBookableDate(6, now)).toBe("2027-05-25");
    expect(lastBookableDate(12, now)).toBe("2027-11-25");
    expect(lastBookableDate(3, new Date("2026-11-30T10:00:00Z"))).toBe("2027-02-28");
  });

  it("refuses the past and dates beyond the window", () => {
    expect(checkBookingWindow("2026-11-25", new Date("2026-11-25T07:00:00Z"), 6, now)).toMatchObject({
      ok: false,
    });
    expect(checkBookingWindow("2027-05-26", new Date("2027-05-26T06:00:00Z"), 6, now)).toMatchObject({
      ok: false,
      message: expect.stringContaining("6 maanden"),
    });
    expect(checkBookingWindow("2027-05-25", new Date("2027-05-25T06:00:00Z"), 6, now)).toEqual({ ok: true });
  });
});
