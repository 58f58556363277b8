// How far ahead a category may book a hall: a number of calendar months from today (Brussels).
import { brusselsParts } from "@/lib/be/time";
import { hallMessages } from "./messages";

/** The last date key that may be booked: today plus `months`, clamped to the month's last day. */
export function lastBookableDate(months: number, now: Date): string {
  const { year, month, day } = brusselsParts(now);
  const targetMonth = month - 1 + months;
  const y = year + Math.floor(targetMonth / 12);
  const m = targetMonth % 12;
  const daysInMonth = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(day, daysInMonth))).toISOString().slice(0, 10);
}

export type WindowCheck = { ok: true } | { ok: false; message: string };

export function checkBookingWindow(date: string, startsAt: Date, months: number, now: Date): WindowCheck {
  if (startsAt.getTime() <= now.getTime()) return { ok: false, message: hallMessages.dateInPast };
  const last = lastBookableDate(months, now);
  if (date > last)
    return {
      ok: false,
      message: hallMessages.beyondBookingWindow(months, last),
    };
  return { ok: true };
}
