// Pure rules for the stock on a day and for late returns, unit-tested: the stock the depot can
// lend on a day is what it owns minus the units out of service that day (at repair, lost).
import { addBrusselsDays } from "@/lib/be/time";

export type OutOfService = { quantity: number; fromDate: string; untilDate: string | null };

/** The units that can be lent on `day`: never below zero, whatever staff entered. */
export function stockOnDay(stock: number, changes: readonly OutOfService[], day: string): number {
  const out = changes
    .filter((c) => c.fromDate <= day && (c.untilDate === null || c.untilDate >= day))
    .reduce((sum, c) => sum + c.quantity, 0);
  return Math.max(stock - out, 0);
}

/** The day a pool key is for (`loan:<itemId>:<YYYY-MM-DD>`). */
export const poolDay = (key: string) => key.slice(key.lastIndexOf(":") + 1);

/**
 * Started days late: a loan brought back after its return slot ended pays one fine per 24 hours
 * (or part of them) past that moment; on time or early pays nothing.
 */
export function startedDaysLate(dueAt: Date, returnedAt: Date): number {
  const late = returnedAt.getTime() - dueAt.getTime();
  return late <= 0 ? 0 : Math.ceil(late / 86_400_000);
}

/** The last day of a change that ends the day before `day` (a repair done on `day`). */
export const dayBefore = (day: string) => addBrusselsDays(day, -1);

/** A `@db.Date` column as its calendar day, and back. */
export { dateKeyOf } from "@/lib/be/date-key";
export const dateColumn = (key: string) => new Date(`${key}T00:00:00Z`);
