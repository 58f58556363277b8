// Working days: Monday to Friday that are not a Belgian public holiday or Flemish day off, from
// the portal's one holiday source (holidays.ts). Lead times of the uitleendienst count these.
import { addBrusselsDays } from "./time";
import { holidaysOf } from "./holidays";

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date key, whatever the machine's zone. */
export function weekdayOf(dateKey: string): number {
  const day = new Date(`${dateKey}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function isWorkingDay(dateKey: string): boolean {
  if (weekdayOf(dateKey) > 5) return false;
  return !holidaysOf(Number(dateKey.slice(0, 4))).some((h) => h.dateKey === dateKey);
}

/** The date `n` working days after `dateKey` (not counting `dateKey` itself). */
export function addWorkingDays(dateKey: string, n: number): string {
  let key = dateKey;
  for (let left = n; left > 0;) {
    key = addBrusselsDays(key, 1);
    if (isWorkingDay(key)) left--;
  }
  return key;
}

/** Working days strictly after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let key = addBrusselsDays(from, 1); key <= to; key = addBrusselsDays(key, 1))
    if (isWorkingDay(key)) count++;
  return count;
}
