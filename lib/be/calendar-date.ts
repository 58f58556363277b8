// Calendar dates as "YYYY-MM-DD" keys (what <input type="date"> sends). Date.parse quietly rolls
// 30 February over into March, so a key is only valid when it survives a round trip.
import { z } from "zod";

export function isCalendarDate(key: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(key)) return false;
  const date = new Date(`${key}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === key;
}

export const calendarDateSchema = (emptyMessage = "Kies een datum.") =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, emptyMessage)
    .refine(isCalendarDate, "Deze datum bestaat niet.");

/** "2026-05-12" as people read it: "12/05/2026". */
export function formatDateKey(key: string): string {
  return key.split("-").reverse().join("/");
}
