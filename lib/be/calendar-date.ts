// Calendar dates as "YYYY-MM-DD" keys (what <input type="date"> sends). Date.parse quietly rolls
// 30 February over into March, so a key is only valid when it survives a round trip.
import { z } from "zod";

export function isCalendarDate(key: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(key)) return false;
  const date = new Date(`${key}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === key;
}

/**
 * The years a form may name. Further out, arithmetic on the date leaves what JavaScript, the
 * time-zone library and the key format ("10000-01-01") handle, so year 9999 is refused here
 * instead of failing somewhere behind the form.
 */
export const CALENDAR_YEARS = { first: 1900, last: 2199 } as const;

export const calendarDateSchema = (emptyMessage = "Kies een datum.") =>
  z
    .string({ error: emptyMessage })
    .regex(/^\d{4}-\d{2}-\d{2}$/, emptyMessage)
    .refine(isCalendarDate, "Deze datum bestaat niet.")
    .refine(
      (key) =>
        Number(key.slice(0, 4)) >= CALENDAR_YEARS.first && Number(key.slice(0, 4)) <= CALENDAR_YEARS.last,
      `Kies een datum tussen ${CALENDAR_YEARS.first} en ${CALENDAR_YEARS.last}.`,
    );

/** "2026-05-12" as people read it: "12/05/2026". */
export function formatDateKey(key: string): string {
  return key.split("-").reverse().join("/");
}
