import { describe, expect, it } from "vitest";
import { weeklyHoursSchema } from "@/lib/sites/hours-schema";

describe("the weekly opening hours form", () => {
  it("reads windows per weekday in minutes, sorted, with the evening opening flagged", () => {
    const parsed = weeklyHoursSchema.parse({
      siteId: "site-1",
      d2_0_open: "16:00",
      d2_0_close: "19:00",
      d2_0_label: "avondopening",
      d2_0_appt: "on",
      d2_1_open: "09:00",
      d2_1_close: "12:00",
      d6_0_open: "",
      d6_0_close: "",
    });
    expect(parsed).toEqual({
      siteId: "site-1",
      windows: [
        { weekday: 2, opensAt: 540, closesAt: 720, label: null, byAppointmentOnly: false },
        { weekday: 2, opensAt: 960, closesAt: 1140, label: "avondopening", byAppointmentOnly: true },
      ],
    });
  });

  it("explains an end before the start, a half-filled row and overlapping windows in Dutch", () => {
    const result = weeklyHoursSchema.safeParse({
      siteId: "site-1",
      d1_0_open: "12:00",
      d1_0_close: "09:00",
      d3_0_open: "09:00",
      d3_0_close: "",
      d4_0_open: "09:00",
      d4_0_close: "12:00",
      d4_1_open: "11:00",
      d4_1_close: "13:00",
    });
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["d1_0_close", "Het einduur ligt voor het beginuur (maandag)."],
      ["d3_0_close", "Vul een einduur in zoals 12:00 (woensdag)."],
      ["d4_0_open", "Op donderdag overlappen twee openingen."],
    ]);
  });

  it("allows a window up to midnight and refuses impossible times", () => {
    expect(
      weeklyHoursSchema.parse({ siteId: "s", d5_0_open: "18:00", d5_0_close: "24:00" }).windows[0].closesAt,
    ).toBe(1440);
    expect(
      weeklyHoursSchema.safeParse({ siteId: "s", d5_0_open: "25:00", d5_0_close: "26:00" }).success,
    ).toBe(false);
    expect(
      weeklyHoursSchema.safeParse({ d1_0_open: "09:00", d1_0_close: "12:00" }).error?.issues[0].path,
    ).toEqual(["siteId"]);
  });
});
