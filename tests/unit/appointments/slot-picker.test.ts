// The slot picker a phone shows: the first free moments on top, one week of days with their free
// moments, and the chosen day's times; what was asked for but is gone is said, not ignored.
import { describe, expect, it } from "vitest";
import { slotPicker } from "@/lib/appointments/slot-picker";
import type { Slot } from "@/lib/appointments/slots";
import { brusselsInstant } from "@/lib/be/time";

const slot = (dateKey: string, hhmm: string): Slot => {
  const minutes = Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
  const startsAt = brusselsInstant(dateKey, minutes);
  const endsAt = new Date(startsAt.getTime() + 15 * 60_000);
  return { dateKey, minutes, startsAt, endsAt, blockedUntil: endsAt, desks: [{ deskId: "A", left: 1 }] };
};

// Thursday 26 and Friday 27 March 2026, then Monday 30 March and Tuesday 7 April (after the DST switch).
const slots = [
  slot("2026-03-26", "09:00"),
  slot("2026-03-26", "09:15"),
  slot("2026-03-27", "08:30"),
  slot("2026-03-30", "10:00"),
  slot("2026-03-30", "10:15"),
  slot("2026-04-07", "16:00"),
];

describe("the slot picker", () => {
  it("offers the four first free moments and the week of the first free day, that day's times listed", () => {
    const picker = slotPicker(slots, {});
    expect(picker.first.map((s) => `${s.dateKey} ${s.minutes}`)).toEqual([
      "2026-03-26 540",
      "2026-03-26 555",
      "2026-03-27 510",
      "2026-03-30 600",
    ]);
    expect(picker.week.map((d) => [d.dateKey, d.free])).toEqual([
      ["2026-03-23", 0],
      ["2026-03-24", 0],
      ["2026-03-25", 0],
      ["2026-03-26", 2],
      ["2026-03-27", 1],
      ["2026-03-28", 0],
      ["2026-03-29", 0],
    ]);
    expect(picker.day).toBe("2026-03-26");
    expect(picker.times).toHaveLength(2);
    expect([picker.previousWeek, picker.nextWeek]).toEqual([null, "2026-03-30"]);
    expect(picker.unavailable).toBeNull();
  });

  it("shows the week of a chosen day, and a chosen week from its first free day", () => {
    expect(slotPicker(slots, { dag: "2026-03-31" })).toMatchObject({
      day: "2026-03-30",
      unavailable: "day",
      previousWeek: "2026-03-23",
      nextWeek: "2026-04-06",
    });
    expect(slotPicker(slots, { week: "2026-04-08" })).toMatchObject({ day: "2026-04-07", nextWeek: null });
    expect(slotPicker(slots, { dag: "2026-03-30" }).times.map((s) => s.minutes)).toEqual([600, 615]);
  });

  it("finds the chosen moment among the free ones, and says so when it is gone", () => {
    const chosen = slots[3].startsAt.toISOString();
    expect(slotPicker(slots, { tijd: chosen }).chosen).toBe(slots[3]);
    const gone = slotPicker(slots, { tijd: "2026-03-30T08:30:00.000Z" });
    expect(gone).toMatchObject({ chosen: null, unavailable: "moment" });
  });

  it("ignores a malformed day in the address and shows the first free day", () => {
    expect(slotPicker(slots, { dag: "<script>" })).toMatchObject({ day: "2026-03-26", unavailable: null });
    expect(slotPicker([], { dag: "2026-03-26" })).toMatchObject({ day: null, first: [], week: [] });
  });
});
