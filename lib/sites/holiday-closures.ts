// The holidays the town halls close on as closures, in the shape opening-status and the slots read.
import { closingHolidays } from "@/lib/be/holidays";
import type { Closure } from "./opening-status";

/** Closing holidays from `from` to `to` (date keys, inclusive) for the chosen rules. */
export function holidayClosures(from: string, to: string, rules: readonly string[]): Closure[] {
  return closingHolidays(from, to, rules).map((h) => ({
    startsOn: h.dateKey,
    endsOn: h.dateKey,
    reason: h.name,
  }));
}
