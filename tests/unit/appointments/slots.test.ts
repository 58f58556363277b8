// Slot generation on the real seeded opening hours of Gemeentehuis Wingene (Tuesday evening
// opening), with holidays, closures, staff availability, blocks, bookings and both DST nights.
import { describe, expect, it } from "vitest";
import { brusselsInstant } from "@/lib/be/time";
import {
  type Busy,
  generateSlots,
  groupSlotKey,
  type SlotInput,
  type SlotService,
} from "@/lib/appointments/slots";
import { holidayClosures } from "@/lib/sites/holiday-closures";
import { sites } from "@/prisma/seed/data";

const wingene = sites.find((s) => s.slug === "gemeentehuis-wingene")!.hours;
const service = (overrides: Partial<SlotService> = {}): SlotService => ({
  id: "svc",
  durationMinutes: 15,
  bufferMinutes: 0,
  leadTimeMinutes: 0,
  sameDayAllowed: true,
  horizonDays: 28,
  capacityPerSlot: 1,
  ...overrides,
});
// Monday 23 November 2026, 10:00 in Brussels.
const monday = brusselsInstant("2026-11-23", 600);
const tuesday = "2026-11-24";

function slots(overrides: Partial<SlotInput> = {}) {
  return generateSlots({
    service: service(),
    siteWindows: wingene,
    closures: [],
    desks: [{ id: "A", availability: [] }],
    busy: [],
    now: monday,
    from: tuesday,
    to: tuesday,
    ...overrides,
  });
}
const times = (list: ReturnType<typeof slots>) =>
  list.map(
    (s) =>
      `${String(Math.floor(s.minutes / 60)).padStart(2, "0")}:${String(s.minutes % 60).padStart(2, "0")}`,
  );

describe("slot generation", () => {
  it("offers the Tuesday evening opening, also across the 16:00 seam between two windows", () => {
    const list = slots({ service: service({ durationMinutes: 30 }) });
    expect(times(list)).toContain("15:30");
    expect(times(list).at(-1)).toBe("18:30");
    expect(list.at(-1)!.startsAt.toISOString()).toBe("2026-11-24T17:30:00.000Z");
    expect(times(list)).not.toContain("12:00");
    expect(list).toHaveLength(7 + 11);
  });

  it("offers nothing on a public holiday or an exceptional closure", () => {
    const christmas = slots({
      from: "2026-12-25",
      to: "2026-12-25",
      closures: [{ startsOn: "2026-12-25", endsOn: "2026-12-25", reason: "Kerstmis" }],
    });
    expect(christmas).toEqual([]);
    const training = slots({
      closures: [{ startsOn: "2026-11-23", endsOn: "2026-11-24", reason: "Opleiding" }],
    });
    expect(training).toEqual([]);
    expect(slots({ from: "2026-11-26", to: "2026-11-26" }).length).toBeGreaterThan(0);
  });

  it("keeps to the desk's staff availability inside the opening hours", () => {
    const list = slots({
      desks: [{ id: "A", availability: [{ weekday: 2, startsAt: 15 * 60, endsAt: 20 * 60 }] }],
    });
    expect(times(list)[0]).toBe("15:00");
    expect(times(list).at(-1)).toBe("18:45");
    expect(
      slots({ desks: [{ id: "A", availability: [{ weekday: 3, startsAt: 0, endsAt: 1440 }] }] }),
    ).toEqual([]);
  });

  it("leaves out what is booked or blocked, desk by desk, and keeps the buffer free", () => {
    const at = (m: number) => brusselsInstant(tuesday, m);
    const busy: Busy[] = [
      { deskId: "A", startsAt: at(540), until: at(555), slotKey: "x" },
      { deskId: "B", startsAt: at(600), until: at(660) },
    ];
    const list = slots({
      desks: [
        { id: "A", availability: [] },
        { id: "B", availability: [] },
      ],
      busy,
    });
    const nine = list.find((s) => s.minutes === 540)!;
    expect(nine.desks.map((c) => c.deskId)).toEqual(["B"]);
    expect(list.find((s) => s.minutes === 615)!.desks.map((c) => c.deskId)).toEqual(["A"]);

    // 20 minutes plus 10 minutes buffer: a booking at 09:10 on the only desk takes 09:00 and 09:30.
    const buffered = slots({
      service: service({ durationMinutes: 20, bufferMinutes: 10 }),
      busy: [{ deskId: "A", startsAt: at(550), until: at(580), slotKey: "y" }],
    });
    expect(times(buffered).slice(0, 3)).toEqual(["08:30", "10:00", "10:30"]);
    expect(buffered[0].blockedUntil.getTime() - buffered[0].endsAt.getTime()).toBe(10 * 60_000);
  });

  it("applies the lead time and the same-day rule", () => {
    const now = brusselsInstant(tuesday, 600);
    expect(times(slots({ now, service: service({ leadTimeMinutes: 60 }) }))[0]).toBe("11:00");
    expect(slots({ now, service: service({ sameDayAllowed: false }) })).toEqual([]);
    expect(slots({ now: brusselsInstant(tuesday, 19 * 60) })).toEqual([]);
    const horizon = slots({ from: undefined, to: undefined, service: service({ horizonDays: 1 }) });
    expect(new Set(horizon.map((s) => s.dateKey))).toEqual(new Set(["2026-11-23", tuesday]));
  });

  it("fills a group session up to its capacity", () => {
    const group = service({ durationMinutes: 60, capacityPerSlot: 3 });
    const startsAt = brusselsInstant(tuesday, 510);
    const seat: Busy = {
      deskId: "A",
      startsAt,
      until: brusselsInstant(tuesday, 570),
      slotKey: groupSlotKey("svc", "A", startsAt),
    };
    expect(slots({ service: group, busy: [seat, seat] })[0].desks).toEqual([{ deskId: "A", left: 1 }]);
    expect(slots({ service: group, busy: [seat, seat, seat] })[0].minutes).not.toBe(510);
  });

  it("keeps printed times and real durations on the spring-forward night", () => {
    const sunday = [{ weekday: 7, opensAt: 60, closesAt: 240 }];
    const list = slots({
      siteWindows: sunday,
      service: service({ durationMinutes: 30 }),
      now: new Date("2026-03-01T00:00:00Z"),
      from: "2026-03-29",
      to: "2026-03-29",
    });
    expect(times(list)).toEqual(["01:00", "01:30", "03:00", "03:30"]);
    expect(list.map((s) => s.startsAt.toISOString())).toEqual([
      "2026-03-29T00:00:00.000Z",
      "2026-03-29T00:30:00.000Z",
      "2026-03-29T01:00:00.000Z",
      "2026-03-29T01:30:00.000Z",
    ]);
    for (const s of list) expect(s.endsAt.getTime() - s.startsAt.getTime()).toBe(30 * 60_000);
    // The Monday after: 08:30 is now 06:30 UTC (summer time), the Friday before 07:30 UTC.
    const around = slots({ now: new Date("2026-03-01T00:00:00Z"), from: "2026-03-27", to: "2026-03-30" });
    expect(around.find((s) => s.dateKey === "2026-03-27")!.startsAt.toISOString()).toBe(
      "2026-03-27T07:30:00.000Z",
    );
    expect(around.find((s) => s.dateKey === "2026-03-30")!.startsAt.toISOString()).toBe(
      "2026-03-30T06:30:00.000Z",
    );
  });

  it("offers nothing on Easter Monday 2027, the day after clocks go forward, and Tuesday from 08:30 CEST", () => {
    const closures = holidayClosures("2027-03-01", "2027-04-30", ["easter 1"]);
    const list = slots({
      closures,
      now: brusselsInstant("2027-03-28", 600),
      from: "2027-03-29",
      to: "2027-03-30",
    });
    expect(list.some((s) => s.dateKey === "2027-03-29")).toBe(false);
    expect(list[0].startsAt.toISOString()).toBe("2027-03-30T06:30:00.000Z");
  });

  it("never offers a slot twice or one that lasts too long on the fall-back night", () => {
    const sunday = [{ weekday: 7, opensAt: 60, closesAt: 240 }];
    const list = slots({
      siteWindows: sunday,
      service: service({ durationMinutes: 30 }),
      now: new Date("2026-10-01T00:00:00Z"),
      from: "2026-10-25",
      to: "2026-10-25",
    });
    expect(times(list)).toEqual(["01:00", "01:30", "02:00", "03:00", "03:30"]);
    expect(new Set(list.map((s) => s.startsAt.getTime())).size).toBe(list.length);
    for (const s of list) expect(s.endsAt.getTime() - s.startsAt.getTime()).toBe(30 * 60_000);
    const after = slots({ now: new Date("2026-10-01T00:00:00Z"), from: "2026-10-26", to: "2026-10-26" });
    expect(after[0].startsAt.toISOString()).toBe("2026-10-26T07:30:00.000Z");
  });
});
