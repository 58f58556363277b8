// The unit tier claims to run under several machine time zones (tests/support/unit-time-zones.ts).
// This proves the zone of each run really took effect: a run that silently stayed in the host's zone fails.
import { describe, expect, it } from "vitest";

describe("the machine time zone of this run", () => {
  it("is the one its Vitest project set", () => {
    expect(process.env.TZ, "run the unit tier through its projects (npm test -- unit)").toMatch(
      /^[A-Z]\w+\/\w+/,
    );
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
    // Date's local getters follow the same zone: noon UTC on 1 July is 14:00 in Brussels, 05:00 in Los Angeles.
    const localHour = new Date("2026-07-01T12:00:00Z").getHours();
    const zoneHour = Number(
      new Intl.DateTimeFormat("en-GB", {
        hour: "2-digit",
        hourCycle: "h23",
        timeZone: process.env.TZ,
      }).format(new Date("2026-07-01T12:00:00Z")),
    );
    expect(localHour).toBe(zoneHour);
  });
});
