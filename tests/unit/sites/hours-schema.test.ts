// The weekly hours form posts nested names (`days.tuesday.windows.0.opensAt`); the schema turns them
// into windows in minutes and puts each Dutch message on the field it is about.
import { describe, expect, it } from "vitest";
import { formDataToObject } from "@/lib/forms/form-data";
import { weeklyHoursSchema } from "@/lib/sites/schema";

const posted = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return formDataToObject(data);
};

describe("the weekly opening hours form", () => {
  it("reads windows per weekday in minutes, sorted, with the evening opening flagged", () => {
    const parsed = weeklyHoursSchema.parse(
      posted({
        siteId: "site-1",
        "days.monday.windows.0.opensAt": "",
        "days.monday.windows.0.closesAt": "",
        "days.tuesday.windows.0.opensAt": "16:00",
        "days.tuesday.windows.0.closesAt": "19:00",
        "days.tuesday.windows.0.label": "avondopening",
        "days.tuesday.windows.0.byAppointmentOnly": "on",
        "days.tuesday.windows.1.opensAt": "09:00",
        "days.tuesday.windows.1.closesAt": "12:00",
        "days.saturday.windows.0.opensAt": "",
        "days.saturday.windows.0.closesAt": "",
      }),
    );
    expect(parsed).toEqual({
      siteId: "site-1",
      windows: [
        { weekday: 2, opensAt: 540, closesAt: 720, label: null, byAppointmentOnly: false },
        { weekday: 2, opensAt: 960, closesAt: 1140, label: "avondopening", byAppointmentOnly: true },
      ],
    });
  });

  it("explains an end before the start, a half-filled row and overlapping windows on their fields", () => {
    const result = weeklyHoursSchema.safeParse(
      posted({
        siteId: "site-1",
        "days.monday.windows.0.opensAt": "12:00",
        "days.monday.windows.0.closesAt": "09:00",
        "days.wednesday.windows.0.opensAt": "09:00",
        "days.wednesday.windows.0.closesAt": "",
        "days.thursday.windows.0.opensAt": "09:00",
        "days.thursday.windows.0.closesAt": "12:00",
        "days.thursday.windows.1.opensAt": "11:00",
        "days.thursday.windows.1.closesAt": "13:00",
      }),
    );
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["days.monday.windows.0.closesAt", "Het einduur ligt voor het beginuur (maandag)."],
      ["days.wednesday.windows.0.closesAt", "Vul een einduur in zoals 12:00 (woensdag)."],
      ["days.thursday.windows.0.opensAt", "Op donderdag overlappen twee openingen."],
    ]);
  });

  it("allows a window up to midnight and refuses impossible times", () => {
    const day = (opensAt: string, closesAt: string) => ({
      siteId: "s",
      days: { friday: { windows: [{ opensAt, closesAt }] } },
    });
    expect(weeklyHoursSchema.parse(day("18:00", "24:00")).windows[0]).toMatchObject({
      weekday: 5,
      closesAt: 1440,
    });
    expect(weeklyHoursSchema.safeParse(day("25:00", "26:00")).success).toBe(false);
    expect(weeklyHoursSchema.safeParse(day("24:00", "24:00")).success).toBe(false);
    expect(
      weeklyHoursSchema.safeParse({
        days: { monday: { windows: [{ opensAt: "09:00", closesAt: "12:00" }] } },
      }).error?.issues[0].path,
    ).toEqual(["siteId"]);
  });
});
