// The weekly opening hours form of one site: per ISO weekday up to WINDOWS_PER_DAY windows, each
// `d<weekday>_<n>_open`, `d<weekday>_<n>_close`, an optional label and an "by appointment only" box.
import { z } from "zod";

export const WINDOWS_PER_DAY = 3;
export const WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

export type WeeklyWindow = {
  weekday: number;
  opensAt: number;
  closesAt: number;
  label: string | null;
  byAppointmentOnly: boolean;
};

export const weeklyHoursSchema = z.record(z.string(), z.string()).transform((input, ctx) => {
  const siteId = (input.siteId ?? "").trim();
  if (!siteId || siteId.length > 40)
    ctx.addIssue({ code: "custom", path: ["siteId"], message: "Kies een gemeentehuis." });
  const windows: WeeklyWindow[] = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    const day: WeeklyWindow[] = [];
    for (let n = 0; n < WINDOWS_PER_DAY; n++) {
      const key = `d${weekday}_${n}`;
      const open = (input[`${key}_open`] ?? "").trim();
      const close = (input[`${key}_close`] ?? "").trim();
      if (!open && !close) continue;
      const name = WEEKDAYS[weekday - 1];
      if (!TIME.test(open)) {
        ctx.addIssue({
          code: "custom",
          path: [`${key}_open`],
          message: `Vul een beginuur in zoals 09:00 (${name}).`,
        });
        continue;
      }
      if (!TIME.test(close)) {
        ctx.addIssue({
          code: "custom",
          path: [`${key}_close`],
          message: `Vul een einduur in zoals 12:00 (${name}).`,
        });
        continue;
      }
      if (minutes(close) <= minutes(open)) {
        ctx.addIssue({
          code: "custom",
          path: [`${key}_close`],
          message: `Het einduur ligt voor het beginuur (${name}).`,
        });
        continue;
      }
      const label = (input[`${key}_label`] ?? "").trim().slice(0, 40) || null;
      day.push({
        weekday,
        opensAt: minutes(open),
        closesAt: minutes(close),
        label,
        byAppointmentOnly: input[`${key}_appt`] === "on",
      });
    }
    day.sort((a, b) => a.opensAt - b.opensAt);
    for (let i = 1; i < day.length; i++)
      if (day[i].opensAt < day[i - 1].closesAt)
        ctx.addIssue({
          code: "custom",
          path: [`d${weekday}_0_open`],
          message: `Op ${WEEKDAYS[weekday - 1]} overlappen twee openingen.`,
        });
    windows.push(...day);
  }
  return { siteId, windows };
});

export type WeeklyHoursInput = z.output<typeof weeklyHoursSchema>;
