// The forms of opening hours and closures: a site's week, an exceptional closure, and the holidays
// on which the town halls close.
import { z } from "zod";
import { WEEKDAYS } from "./labels";
import { calendarDate, checkbox, choices, clockTime, optionalText, requiredText } from "@/lib/forms/fields";

export const WINDOWS_PER_DAY = 3;
/** Field names of the days (`days.monday.windows.0.opensAt`), Monday first like ISO weekdays. */
export const WEEKDAY_KEYS = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;

export type WeeklyWindow = {
  weekday: number;
  opensAt: number;
  closesAt: number;
  label: string | null;
  byAppointmentOnly: boolean;
};

// One row of the week form, `days.<weekday>.windows.<n>.…`; a row left empty is no opening.
const windowRow = z.object({
  opensAt: optionalText({ max: 5 }),
  closesAt: optionalText({ max: 5 }),
  label: optionalText({ max: 40 }),
  byAppointmentOnly: checkbox(),
});

const day = z.object({ windows: z.array(windowRow).max(WINDOWS_PER_DAY).prefault([]) }).prefault({});

/** A site's week: per ISO weekday up to WINDOWS_PER_DAY windows (morning, afternoon, evening). */
export const weeklyHoursSchema = z
  .object({
    siteId: requiredText("Kies een gemeentehuis.", { max: 40 }),
    days: z
      .object({
        monday: day,
        tuesday: day,
        wednesday: day,
        thursday: day,
        friday: day,
        saturday: day,
        sunday: day,
      })
      .prefault({}),
  })
  .transform(({ siteId, days }, ctx) => {
    const windows: WeeklyWindow[] = [];
    WEEKDAY_KEYS.forEach((key, index) => {
      const day = days[key];
      const weekday = index + 1;
      const name = WEEKDAYS[index];
      const path = (n: number, field: string) => ["days", key, "windows", n, field];
      const open: WeeklyWindow[] = [];
      day.windows.forEach((row, n) => {
        if (!row.opensAt && !row.closesAt) return;
        const from = clockTime("").safeParse(row.opensAt ?? "");
        if (!from.success)
          return ctx.addIssue({
            code: "custom",
            path: path(n, "opensAt"),
            message: `Vul een beginuur in zoals 09:00 (${name}).`,
          });
        const to = clockTime("", { upToMidnight: true }).safeParse(row.closesAt ?? "");
        if (!to.success)
          return ctx.addIssue({
            code: "custom",
            path: path(n, "closesAt"),
            message: `Vul een einduur in zoals 12:00 (${name}).`,
          });
        if (to.data <= from.data)
          return ctx.addIssue({
            code: "custom",
            path: path(n, "closesAt"),
            message: `Het einduur ligt voor het beginuur (${name}).`,
          });
        open.push({
          weekday,
          opensAt: from.data,
          closesAt: to.data,
          label: row.label ?? null,
          byAppointmentOnly: row.byAppointmentOnly,
        });
      });
      open.sort((a, b) => a.opensAt - b.opensAt);
      if (open.some((w, i) => i > 0 && w.opensAt < open[i - 1].closesAt))
        ctx.addIssue({
          code: "custom",
          path: path(0, "opensAt"),
          message: `Op ${name} overlappen twee openingen.`,
        });
      windows.push(...open);
    });
    return { siteId, windows };
  });
export type WeeklyHoursInput = z.output<typeof weeklyHoursSchema>;

/** An exceptional closure of one site or, without a site, of all of them. */
export const closureSchema = z
  .object({
    siteId: optionalText({ max: 40 }).transform((v) => v ?? null),
    startsOn: calendarDate(),
    endsOn: calendarDate(),
    reason: requiredText("Geef een reden, bijvoorbeeld 'Opleiding personeel'.", {
      min: 3,
      max: 120,
      tooShort: "Geef een reden, bijvoorbeeld 'Opleiding personeel'.",
    }),
  })
  .refine((v) => v.startsOn <= v.endsOn, {
    path: ["endsOn"],
    message: "De einddatum ligt voor de begindatum.",
  });
export type ClosureInput = z.output<typeof closureSchema>;

/** The holidays on which every town hall closes (rules of lib/be/holidays.ts). */
export const closingHolidaysSchema = z.object({ rules: choices() });
export type ClosingHolidaysInput = z.output<typeof closingHolidaysSchema>;

export const closureIdSchema = z.object({
  id: requiredText("Deze sluiting bestaat niet (meer).", { max: 40 }),
});
